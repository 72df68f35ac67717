import { describe, expect, it } from 'vitest';
import { createOutboundAllowlist } from '../../src/core/outbound.js';
import { DeliveryError } from '../../src/core/errors.js';
import { isAllowedSessionWebhook } from '../../adapters/dingtalk/session-webhook.js';
import { platformApiBases } from '../../src/adapters.js';
import { loadConfig } from '../../src/config.js';

describe('outbound allowlist', () => {
  const calls: string[] = [];
  const inner = (async (input: Parameters<typeof fetch>[0]) => {
    calls.push(String(input));
    return new Response('{}', { status: 200 });
  }) as typeof fetch;
  const list = createOutboundAllowlist(
    ['https://api.dingtalk.com', 'https://oapi.dingtalk.com/robot/', 'http://127.0.0.1:4000/wa/'],
    inner,
  );

  it('lets requests under a configured base through and refuses everything else without a request', async () => {
    await list.fetch('https://api.dingtalk.com/v1.0/robot/groupMessages/send', { method: 'POST' });
    await list.fetch('http://127.0.0.1:4000/wa/123/messages', { method: 'POST' });
    for (const url of [
      'http://127.0.0.1:4001/wa/x',
      'http://localhost/',
      'https://oapi.dingtalk.com.evil.example/robot/send',
      'https://oapi.dingtalk.com/other',
      'https://user:pw@api.dingtalk.com/',
      'http://api.dingtalk.com/v1.0',
      'file:///etc/passwd',
      'http://[::1]:4000/wa/',
      'not a url',
      'http://127.0.0.1:4000/wab',
    ]) {
      const err = await list.fetch(url).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err, url).toBeInstanceOf(DeliveryError);
      expect((err as DeliveryError).retryable).toBe(false);
    }
    expect(calls).toEqual([
      'https://api.dingtalk.com/v1.0/robot/groupMessages/send',
      'http://127.0.0.1:4000/wa/123/messages',
    ]);
  });

  it('is built from the configured platforms only', () => {
    const c = loadConfig({
      NODE_ENV: 'test',
      DINGTALK_APP_KEY: 'k',
      DINGTALK_APP_SECRET: 's',
      WHATSAPP_VERIFY_TOKEN: 'v',
      WHATSAPP_APP_SECRET: 'a',
    });
    expect(platformApiBases(c)).toEqual([
      'https://api.dingtalk.com',
      'https://oapi.dingtalk.com/robot/',
      'https://graph.facebook.com/v21.0',
    ]);
  });
});

describe('DingTalk sessionWebhook', () => {
  it('is usable only over https on a DingTalk host, or under the configured API base', () => {
    const base = 'https://api.dingtalk.com';
    expect(isAllowedSessionWebhook('https://oapi.dingtalk.com/robot/sendBySession?session=x', base)).toBe(true);
    for (const url of [
      'http://oapi.dingtalk.com/robot/sendBySession',
      'https://oapi.dingtalk.com.evil.example/x',
      'https://127.0.0.1/robot',
      'http://169.254.169.254/latest/meta-data',
      'https://oapi.dingtalk.com:8443/x',
      'https://a:b@oapi.dingtalk.com/x',
      'garbage',
    ]) {
      expect(isAllowedSessionWebhook(url, base), url).toBe(false);
    }
    expect(
      isAllowedSessionWebhook('http://127.0.0.1:5000/robot/sendBySession?session=s', 'http://127.0.0.1:5000'),
    ).toBe(true);
    expect(isAllowedSessionWebhook('http://127.0.0.1:5001/robot/sendBySession', 'http://127.0.0.1:5000')).toBe(false);
  });
});
