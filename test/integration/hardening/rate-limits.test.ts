// Per-client limits on the web, console and import routes; signed webhooks are never limited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleAuth, createTestApp, type TestApp } from '../../helpers/test-app.js';
import { signWhatsapp } from '../../fakes/whatsapp-sign.js';
import { createSession } from '../../../src/services/web-auth/tokens.js';

let t: TestApp;
const SECRET = 'wa-rate-limit-secret';

beforeAll(async () => {
  t = await createTestApp({
    env: {
      RATE_LIMIT_PER_MINUTE: '5',
      IMPORT_RATE_LIMIT_PER_MINUTE: '2',
      WHATSAPP_VERIFY_TOKEN: 'verify-me',
      WHATSAPP_APP_SECRET: SECRET,
    },
    workers: false,
  });
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const get = (url: string, ip: string, headers: Record<string, string> = {}) =>
  t.app.server.inject({ method: 'GET', url, remoteAddress: ip, headers });

describe('rate limits', () => {
  it('answers 429 with a reason once one client passes the limit, and keeps counting clients apart', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await get('/web/customers', '10.0.0.1')).statusCode);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const limited = await get('/api/console/team', '10.0.0.1', consoleAuth);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error).toMatch(/too many requests/);
    expect((await get('/api/console/team', '10.0.0.2', consoleAuth)).statusCode).toBe(200);
  });

  it('limits imports on their own, tighter budget', async () => {
    const sid = await createSession(t.app.deps.repos, 'lily', t.app.deps.clock.now());
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await t.app.server.inject({
        method: 'POST',
        url: '/web/import/preview?name=a.csv',
        remoteAddress: '10.0.0.3',
        payload: Buffer.from('name\nACME\n'),
        headers: { cookie: `baton_web=${sid}`, 'x-baton-web': '1', 'content-type': 'application/octet-stream' },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses[2]).toBe(429);
    expect(statuses.slice(0, 2).every((s) => s !== 429)).toBe(true);
  });

  it('never limits signed webhooks', async () => {
    const body = JSON.stringify({ object: 'whatsapp_business_account', entry: [] });
    for (let i = 0; i < 12; i++) {
      const res = await t.app.server.inject({
        method: 'POST',
        url: '/webhooks/whatsapp',
        remoteAddress: '10.0.0.4',
        payload: body,
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': signWhatsapp(SECRET, body) },
      });
      expect(res.statusCode).not.toBe(429);
    }
  });
});
