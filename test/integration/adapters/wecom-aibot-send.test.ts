import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWecomAibotAdapter } from '../../../adapters/wecom-aibot/index.js';
import { DeliveryError } from '../../../src/core/errors.js';
import type { ChatAdapter, OutboundMessage } from '../../../src/core/types.js';
import { startFakeWecom, type FakeWecom } from '../../fakes/fake-wecom-server.js';

let fake: FakeWecom;
let clock: number;
let adapter: ChatAdapter;

beforeEach(async () => {
  fake = await startFakeWecom({ corpId: 'ww1', secret: 's' });
  clock = 1_750_000_000_000;
  adapter = createWecomAibotAdapter(
    { token: 't', encodingAesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C' },
    { now: () => clock, timeoutMs: 10_000 },
  );
});
afterEach(async () => {
  await fake.close();
});

const reply = (replyHint: Record<string, unknown> | undefined): OutboundMessage => ({
  platform: 'wecom-aibot',
  chatExternalId: 'wrkGroup',
  chatType: 'group',
  text: '**ACME** 交期：6月1日',
  format: 'markdown',
  idempotencyKey: 'ob-1',
  replyHint,
});

async function deliveryError(p: Promise<unknown>): Promise<DeliveryError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DeliveryError);
  return err as DeliveryError;
}

describe('wecom-aibot send via response_url', () => {
  it('posts markdown to the response_url from the callback', async () => {
    const url = fake.responseUrl('RC-1');
    const { externalId } = await adapter.send(reply({ responseUrl: url, responseUrlExpiresAt: clock + 60_000 }));
    expect(externalId).toBe('aibot:ob-1');
    expect(fake.calls).toEqual([
      {
        endpoint: 'aibot/response',
        query: { response_code: 'RC-1' },
        body: { msgtype: 'markdown', markdown: { content: '**ACME** 交期：6月1日' } },
      },
    ]);
  });

  it('fails for good, without a request, when there is no response_url or it has expired', async () => {
    expect((await deliveryError(adapter.send(reply(undefined)))).retryable).toBe(false);
    expect((await deliveryError(adapter.send(reply({ aibotId: 'x' })))).retryable).toBe(false);
    expect(
      (await deliveryError(adapter.send(reply({ responseUrl: fake.responseUrl('RC'), responseUrlExpiresAt: clock }))))
        .retryable,
    ).toBe(false);
    expect(fake.calls).toHaveLength(0);
  });

  it('retries on 5xx and timeouts, not on a refusal', async () => {
    const hint = { responseUrl: fake.responseUrl('RC-2'), responseUrlExpiresAt: clock + 60_000 };
    fake.script('aibot/response', { status: 502 });
    expect((await deliveryError(adapter.send(reply(hint)))).retryable).toBe(true);
    // A short timeout only where the fake hangs: the first request of a busy test run can be slow.
    const quick = createWecomAibotAdapter(
      { token: 't', encodingAesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C' },
      { now: () => clock, timeoutMs: 300 },
    );
    fake.script('aibot/response', { hang: true });
    expect((await deliveryError(quick.send(reply(hint)))).retryable).toBe(true);
    fake.script('aibot/response', { errcode: 40008, errmsg: 'invalid message type' });
    expect((await deliveryError(adapter.send(reply(hint)))).retryable).toBe(false);
  });
});
