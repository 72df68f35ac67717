// The console trusts less: without CONSOLE_TOKEN a caller acts only as the person its console
// page chose, "local" is never decided by the bind address alone, and a token is a real secret.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { loadConfig } from '../../../src/config.js';

let t: TestApp;
const post = async (payload: object, headers: Record<string, string> = {}): Promise<{ statusCode: number }> =>
  t.app.server.inject({ method: 'POST', url: '/api/console/messages', headers, payload });

beforeAll(async () => {
  // No token: the demo on a laptop, reached only from this machine.
  t = await createTestApp({ env: { CONSOLE_TOKEN: '' }, workers: false });
}, 60_000);
afterAll(async () => {
  await t?.close();
});

async function pageSession(as: string): Promise<string> {
  const page = await t.app.server.inject({ method: 'GET', url: '/' });
  expect(page.statusCode).toBe(200);
  const cookie = String(page.headers['set-cookie']).split(';')[0]!;
  const bound = await t.app.server.inject({
    method: 'POST',
    url: '/api/console/session',
    headers: { cookie },
    payload: { as },
  });
  expect(bound.statusCode).toBe(200);
  return cookie;
}

describe('console sessions', () => {
  it('refuses a message whose from is not the person the console page chose', async () => {
    const blind = await post({ chat: 'dm:lily', from: 'lily', text: '/web', wait_ms: 0 });
    expect(blind.statusCode).toBe(403);
    const bob = await pageSession('bob');
    expect((await post({ chat: 'dm:lily', from: 'lily', text: '/web', wait_ms: 0 }, { cookie: bob })).statusCode).toBe(
      403,
    );
    expect((await post({ chat: 'dm:bob', from: 'bob', text: 'help', wait_ms: 0 }, { cookie: bob })).statusCode).toBe(
      200,
    );
    // Reading someone else's chat (where their /web link would be) is refused too.
    const read = async (chat: string): Promise<{ statusCode: number }> =>
      t.app.server.inject({ method: 'GET', url: `/api/console/chats/${chat}/messages`, headers: { cookie: bob } });
    expect((await read('dm:lily')).statusCode).toBe(403);
    expect((await read('dm:bob')).statusCode).toBe(200);
    expect(await t.app.db.db.selectFrom('messages').select('id').where('chat_id', '=', 'dm:lily').execute()).toEqual(
      [],
    );
  });

  it('refuses to bind a session that no console page started, or to someone unknown', async () => {
    expect(
      (await t.app.server.inject({ method: 'POST', url: '/api/console/session', payload: { as: 'lily' } })).statusCode,
    ).toBe(403);
    const page = await t.app.server.inject({ method: 'GET', url: '/' });
    const cookie = String(page.headers['set-cookie']).split(';')[0]!;
    expect(
      (
        await t.app.server.inject({
          method: 'POST',
          url: '/api/console/session',
          headers: { cookie },
          payload: { as: 'mallory' },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('does not count a proxied request as local, even on a loopback bind', async () => {
    const bob = await pageSession('bob');
    const res = await post(
      { chat: 'dm:bob', from: 'bob', text: 'help', wait_ms: 0 },
      { cookie: bob, 'x-forwarded-for': '203.0.113.9' },
    );
    expect(res.statusCode).toBe(401);
  });
});

describe('console settings', () => {
  it('makes trustProxy a setting (off by default) and never local behind a trusted proxy', async () => {
    const proxied = await createTestApp({ env: { CONSOLE_TOKEN: '', TRUST_PROXY: '127.0.0.1' }, workers: false });
    try {
      const res = await proxied.app.server.inject({ method: 'GET', url: '/api/console/team' });
      expect(res.statusCode).toBe(401);
    } finally {
      await proxied.close();
    }
    expect(loadConfig({}).trustProxy).toBe(false);
  });

  it('refuses a CONSOLE_TOKEN shorter than 24 characters', () => {
    expect(() => loadConfig({ CONSOLE_TOKEN: 'a' })).toThrow(/at least 24/);
  });
});
