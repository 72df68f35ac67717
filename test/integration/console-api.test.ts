import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleAuth, createTestApp, type TestApp } from '../helpers/test-app.js';

describe('console API (contract: ../shared/contracts/console.md)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers help in the chat it was asked in', async () => {
    const r = await t.say('lily', 'dm:lily', 'help');
    expect(r.status).toBe(200);
    expect(r.body.message?.id).toMatch(/[0-9a-f-]{36}/);
    expect(r.body.replies?.length).toBeGreaterThan(0);
    expect(r.body.replies?.[0]?.chat).toBe('dm:lily');
    expect(r.body.replies?.[0]?.text).toMatch(/help/i);
  });

  it('refuses unknown users, unknown chats and non-members, storing nothing', async () => {
    const before = await t.app.db.db
      .selectFrom('messages')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const a = await t.say('nobody', 'dm:lily', 'hi');
    const b = await t.say('lily', 'group:nowhere', 'hi');
    const c = await t.say('bob', 'dm:lily', 'hi');
    const d = await t.say('ext:acme', 'group:production', 'hi');
    expect([a.status, b.status, c.status, d.status]).toEqual([404, 404, 403, 403]);
    for (const r of [a, b, c, d]) expect(r.body.error).toBeTruthy();
    const after = await t.app.db.db
      .selectFrom('messages')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('rejects a malformed body with a reason', async () => {
    const res = await t.app.server.inject({
      method: 'POST',
      url: '/api/console/messages',
      headers: consoleAuth,
      payload: { chat: 'dm:lily', from: 'lily' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatch(/text/);
  });

  it('lets the outsider post in the external group', async () => {
    const r = await t.say('ext:acme', 'group:acme-external', 'hello there');
    expect(r.status).toBe(200);
  });

  it('lists a chat with the user message and the bot answer in order, and filters by since', async () => {
    await t.say('bob', 'dm:bob', 'help');
    const res = await t.app.server.inject({
      method: 'GET',
      url: '/api/console/chats/dm:bob/messages',
      headers: consoleAuth,
    });
    const msgs = res.json().messages as { from: string; text: string; at: string }[];
    expect(msgs.map((m) => m.from)).toEqual(['bob', 'bot']);
    // The test clock stands still while a message is processed, so ask for what came after the answer:
    // the next exchange, a second later.
    await t.say('bob', 'dm:bob', 'help');
    const since = msgs[1]!.at;
    const res2 = await t.app.server.inject({
      method: 'GET',
      url: `/api/console/chats/dm:bob/messages?since=${encodeURIComponent(since)}`,
      headers: consoleAuth,
    });
    expect((res2.json().messages as { from: string }[]).map((m) => m.from)).toEqual(['bob', 'bot']);
  });

  it('moves the clock only forward on tick', async () => {
    const a = await t.tick('2026-11-25T09:00:00+08:00');
    expect(a.status).toBe(200);
    expect(Array.isArray(a.body.sent)).toBe(true);
    const b = await t.tick('2026-11-24T09:00:00+08:00');
    expect(b.status).toBe(409);
    expect(t.app.clock.now().getTime()).toBeGreaterThanOrEqual(Date.parse('2026-11-25T01:00:00Z'));
  });

  it('serves the web chat and health endpoints', async () => {
    const page = await t.app.server.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Baton console</title>');
    expect((await t.app.server.inject({ method: 'GET', url: '/readyz' })).json()).toMatchObject({
      ok: true,
      database: 'up',
      llm: { state: 'off' },
    });
  });
});

describe('console switched off or behind a token', () => {
  it('is 404 in production unless enabled', async () => {
    const t = await createTestApp({ env: { BATON_MODE: 'production' } });
    try {
      const r = await t.say('lily', 'dm:lily', 'help');
      expect(r.status).toBe(404);
    } finally {
      await t.close();
    }
  });

  it('requires the bearer token when not on loopback', async () => {
    const t = await createTestApp({ env: { HOST: '0.0.0.0', CONSOLE_TOKEN: 's3cret-token-at-least-24-chars' } });
    try {
      expect((await t.say('lily', 'dm:lily', 'help')).status).toBe(401);
      const ok = await t.app.server.inject({
        method: 'POST',
        url: '/api/console/messages',
        headers: { authorization: 'Bearer s3cret-token-at-least-24-chars' },
        payload: { chat: 'dm:lily', from: 'lily', text: 'help' },
      });
      expect(ok.statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
