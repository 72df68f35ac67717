// WhatsApp Cloud API sending against a fake Graph API on 127.0.0.1 (test/fakes/fake-whatsapp-server.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWhatsappCloudAdapter } from '../../../adapters/whatsapp/index.js';
import { DeliveryError } from '../../../src/core/errors.js';
import type { ChatAdapter, OutboundMessage } from '../../../src/core/types.js';
import { graphError, startFakeWhatsapp, type FakeWhatsapp } from '../../fakes/fake-whatsapp-server.js';

const TOKEN = 'EAAG-test-token';
const PHONE_ID = '106540352242922';
let fake: FakeWhatsapp;
let adapter: ChatAdapter;

beforeEach(async () => {
  fake = await startFakeWhatsapp({ accessToken: TOKEN, phoneNumberId: PHONE_ID });
  adapter = createWhatsappCloudAdapter(
    { verifyToken: 'v', appSecret: 's', phoneNumberId: PHONE_ID, accessToken: TOKEN, apiBase: fake.apiBase },
    // Roomy: the first request of a busy test run can be slow. Only the timeout test uses a short one.
    { timeoutMs: 5_000 },
  );
});
afterEach(() => fake.close());

const outbound = (over: Partial<OutboundMessage> = {}): OutboundMessage => ({
  platform: 'whatsapp',
  chatExternalId: '16505551234',
  chatType: 'direct',
  text: 'Thanks, noted: delivery before 20 March.',
  format: 'text',
  idempotencyKey: 'outbox-9',
  ...over,
});

async function deliveryError(p: Promise<unknown>): Promise<DeliveryError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof DeliveryError)) throw new Error(`expected DeliveryError, got ${String(err)}`);
  return err;
}

describe('whatsapp send', () => {
  it('posts a text message with the bearer token and returns the wamid', async () => {
    const out = await adapter.send(outbound());
    expect(out.externalId).toMatch(/^wamid\./);
    expect(fake.sends).toHaveLength(1);
    expect(fake.sends[0]).toEqual({
      path: `/v21.0/${PHONE_ID}/messages`,
      authorization: `Bearer ${TOKEN}`,
      body: {
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: '16505551234',
        type: 'text',
        text: { body: 'Thanks, noted: delivery before 20 March.', preview_url: false },
      },
    });
  });

  it('converts markdown to WhatsApp formatting', async () => {
    await adapter.send(outbound({ format: 'markdown', text: '**Müller GmbH**: logo on carton' }));
    expect((fake.sends[0]!.body.text as { body: string }).body).toBe('*Müller GmbH*: logo on carton');
  });

  it('answers from the phone number that received the message', async () => {
    fake.queue({ status: 200, body: { messaging_product: 'whatsapp', messages: [{ id: 'wamid.OTHER' }] } });
    await adapter.send(outbound({ replyHint: { phoneNumberId: '999' } }));
    expect(fake.sends[0]!.path).toBe('/v21.0/999/messages');
  });

  it('splits a text longer than 4096 characters', async () => {
    const line = 'Palette 120×80 cm, max 1.60 m high, shrink-wrapped, corner boards.\n';
    const text = line.repeat(Math.ceil(9000 / line.length));
    await adapter.send(outbound({ text }));
    const bodies = fake.sends.map((s) => (s.body.text as { body: string }).body);
    expect(bodies).toHaveLength(3);
    for (const b of bodies) expect(b.length).toBeLessThanOrEqual(4096);
    expect(bodies.join('\n')).toBe(text.trimEnd());
  });

  it('maps 131047 (24-hour window closed) to not retryable, saying a template is needed', async () => {
    fake.queue({
      status: 400,
      body: graphError(
        131047,
        'Re-engagement message',
        'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
      ),
    });
    const err = await deliveryError(adapter.send(outbound()));
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(/24 hours/);
    expect(err.message).toMatch(/template/);
  });

  it('maps 130429 (throughput) to retryable', async () => {
    fake.queue({ status: 400, body: graphError(130429, 'Rate limit hit') });
    const err = await deliveryError(adapter.send(outbound()));
    expect(err).toMatchObject({ retryable: true, retryAfterMs: 1000 });
  });

  it('maps 131056 (pair rate) to retryable after about 6 s', async () => {
    fake.queue({ status: 400, body: graphError(131056, '(Business Account, Consumer Account) pair rate limit hit') });
    const err = await deliveryError(adapter.send(outbound()));
    expect(err).toMatchObject({ retryable: true, retryAfterMs: 6000 });
  });

  it('maps HTTP 429 with Retry-After to retryable', async () => {
    fake.queue({ status: 429, headers: { 'retry-after': '30' }, body: graphError(80007, 'Rate limit issues') });
    const err = await deliveryError(adapter.send(outbound()));
    expect(err).toMatchObject({ retryable: true, retryAfterMs: 30_000 });
  });

  it('maps 5xx to retryable', async () => {
    fake.queue({ status: 503, body: graphError(131016, 'Service unavailable') });
    expect((await deliveryError(adapter.send(outbound()))).retryable).toBe(true);
  });

  it('maps a timeout to retryable', async () => {
    const impatient = createWhatsappCloudAdapter(
      { verifyToken: 'v', appSecret: 's', phoneNumberId: PHONE_ID, accessToken: TOKEN, apiBase: fake.apiBase },
      { timeoutMs: 300 },
    );
    fake.queue({ status: 200, body: { messages: [{ id: 'wamid.LATE' }] }, delayMs: 2_000 });
    const err = await deliveryError(impatient.send(outbound()));
    expect(err.retryable).toBe(true);
    expect(err.message).toMatch(/no answer within 300 ms/);
  });

  it('maps an expired access token to not retryable with the setting to fix', async () => {
    const stale = createWhatsappCloudAdapter({
      verifyToken: 'v',
      appSecret: 's',
      phoneNumberId: PHONE_ID,
      accessToken: 'old',
      apiBase: fake.apiBase,
    });
    const err = await deliveryError(stale.send(outbound()));
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(/WHATSAPP_ACCESS_TOKEN/);
  });

  it('maps other 4xx to not retryable', async () => {
    fake.queue({ status: 400, body: graphError(131026, 'Message undeliverable') });
    expect((await deliveryError(adapter.send(outbound()))).retryable).toBe(false);
  });

  it('refuses to send without a phone number id or token', async () => {
    const unset = createWhatsappCloudAdapter({ verifyToken: 'v', appSecret: 's', apiBase: fake.apiBase });
    const err = await deliveryError(unset.send(outbound()));
    expect(err.retryable).toBe(false);
    expect(fake.sends).toHaveLength(0);
  });
});
