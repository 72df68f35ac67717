import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';

describe('loadConfig', () => {
  it('gives a working demo configuration from an empty environment', () => {
    const c = loadConfig({});
    expect(c.mode).toBe('demo');
    expect(c.consoleEnabled).toBe(true);
    expect(c.server).toEqual({ port: 3000, host: '127.0.0.1', publicUrl: undefined });
    expect(c.tz).toBe('Asia/Shanghai');
    expect(c.database.url).toBeUndefined();
    expect(c.wecom).toBeUndefined();
    expect(c.llm).toBeUndefined();
  });

  it('turns the console off in production unless enabled', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).consoleEnabled).toBe(false);
    expect(
      loadConfig({ NODE_ENV: 'production', CONSOLE_ENABLED: 'true', CONSOLE_TOKEN: 'x'.repeat(24) }).consoleEnabled,
    ).toBe(true);
    // Turned on in production, it always needs a token, even on loopback.
    expect(() => loadConfig({ NODE_ENV: 'production', CONSOLE_ENABLED: 'true' })).toThrow(/CONSOLE_TOKEN/);
  });

  it('names every bad variable, one per line', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'abc', BUSINESS_TZ: 'Mars/Olympus', LLM_BASE_URL: 'not a url', LOG_LEVEL: 'loud' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/BUSINESS_TZ: must be an IANA time zone/);
    expect(message).toMatch(/LLM_BASE_URL/);
    expect(message).toMatch(/LOG_LEVEL/);
    expect(message.split('\n').length).toBeGreaterThanOrEqual(5);
  });

  it('refuses a half-configured platform and says what is missing', () => {
    expect(() => loadConfig({ WECOM_CORP_ID: 'ww1', WECOM_TOKEN: 't' })).toThrow(
      /WeCom is half configured: set WECOM_ENCODING_AES_KEY/,
    );
    expect(() => loadConfig({ WECOM_CORP_ID: 'ww1', WECOM_TOKEN: 't', WECOM_ENCODING_AES_KEY: 'short' })).toThrow(
      /43-character/,
    );
  });

  it('turns a platform on when its required settings are set', () => {
    const c = loadConfig({ DINGTALK_APP_KEY: 'k', DINGTALK_APP_SECRET: 's', DINGTALK_STREAM: 'true' });
    expect(c.dingtalk).toMatchObject({
      appKey: 'k',
      appSecret: 's',
      stream: true,
      apiBase: 'https://api.dingtalk.com',
    });
  });

  it('requires a console token when listening beyond loopback', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/CONSOLE_TOKEN/);
    expect(loadConfig({ HOST: '0.0.0.0', CONSOLE_TOKEN: 'x'.repeat(24) }).server.host).toBe('0.0.0.0');
    expect(() => loadConfig({ HOST: '0.0.0.0', CONSOLE_TOKEN: 'a' })).toThrow(/at least 24 characters/);
  });

  it('reads the hardening settings: trustProxy, the DingTalk sign window, the outbox lease derived from the send timeout', () => {
    const c = loadConfig({ DINGTALK_APP_KEY: 'k', DINGTALK_APP_SECRET: 's' });
    expect(c.trustProxy).toBe(false);
    expect(c.dingtalk?.signWindowMs).toBe(300_000);
    expect(c.worker.outboxLeaseMs).toBe(3 * c.worker.sendTimeoutMs + 5_000);
    expect(loadConfig({ OUTBOX_SEND_TIMEOUT_MS: '2000' }).worker.outboxLeaseMs).toBe(11_000);
    expect(loadConfig({ OUTBOX_LEASE_SECONDS: '90' }).worker.outboxLeaseMs).toBe(90_000);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.0.0.0/8' }).trustProxy).toEqual(['10.0.0.1', '10.0.0.0/8']);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });
});
