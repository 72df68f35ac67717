import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { createLoginToken, sha256Hex } from '../../../src/services/web-auth/tokens.js';
import { linkFor, signIn } from './helpers.js';

describe('web sign-in by a link from chat', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers /web in the direct chat with a one-time link that opens a session', async () => {
    const url = new URL(await linkFor(t, 'wang'));
    expect(url.pathname).toBe('/web/login');
    const token = url.searchParams.get('token')!;
    // Only the hash is stored.
    const rows = await t.app.db.db.selectFrom('web_login_tokens').selectAll().execute();
    expect(rows.some((r) => r.token_hash === sha256Hex(token))).toBe(true);
    expect(rows.some((r) => r.token_hash === token)).toBe(false);

    const login = await t.app.server.inject({ method: 'GET', url: `/web/login?token=${token}` });
    expect(login.statusCode).toBe(303);
    expect(login.headers.location).toBe('/web');
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(/^baton_web=[A-Za-z0-9_-]{20,};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const cookie = setCookie.split(';')[0]!;
    const sessions = await t.app.db.db.selectFrom('web_sessions').select('id_hash').execute();
    expect(sessions.map((s) => s.id_hash)).toContain(sha256Hex(cookie.split('=')[1]!));

    const home = await t.app.server.inject({ method: 'GET', url: '/web', headers: { cookie } });
    expect(home.statusCode).toBe(303);
    expect(home.headers.location).toBe('/web/dashboard');
    const dash = await t.app.server.inject({ method: 'GET', url: '/web/dashboard', headers: { cookie } });
    expect(dash.statusCode).toBe(200);
    expect(dash.body).toContain('Wang Min');

    const again = await t.app.server.inject({ method: 'GET', url: `/web/login?token=${token}` });
    expect(again.statusCode).toBe(410);
    expect(again.body).toMatch(/already been used/);
    expect(again.headers['set-cookie']).toBeUndefined();
  });

  it('refuses an expired link and a made-up one with a clear page', async () => {
    const old = await createLoginToken(
      t.app.deps.repos,
      'lily',
      new Date(t.app.deps.clock.now().getTime() - 16 * 60_000),
    );
    const expired = await t.app.server.inject({ method: 'GET', url: `/web/login?token=${old}` });
    expect(expired.statusCode).toBe(410);
    expect(expired.body).toMatch(/expired/);
    const bogus = await t.app.server.inject({
      method: 'GET',
      url: '/web/login?token=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    });
    expect(bogus.statusCode).toBe(400);
    expect(bogus.body).toMatch(/not valid/);
  });

  it('asks for a sign-in without a session, and after signing out', async () => {
    const none = await t.app.server.inject({ method: 'GET', url: '/web/customers' });
    expect(none.statusCode).toBe(401);
    expect(none.body).toMatch(/\/web/);
    const cookie = await signIn(t, 'lily');
    expect((await t.app.server.inject({ method: 'GET', url: '/web/customers', headers: { cookie } })).statusCode).toBe(
      200,
    );
    await t.app.server.inject({ method: 'GET', url: '/web/logout', headers: { cookie } });
    expect((await t.app.server.inject({ method: 'GET', url: '/web/customers', headers: { cookie } })).statusCode).toBe(
      401,
    );
  });

  it('sends the link privately when /web is asked in a group', async () => {
    const r = await t.say('bob', 'group:production', '/web');
    const inGroup =
      r.body.replies
        ?.filter((x) => x.chat === 'group:production')
        .map((x) => x.text)
        .join('\n') ?? '';
    expect(inGroup).toMatch(/私信|direct chat/);
    expect(inGroup).not.toMatch(/token=/);
    expect(r.body.replies?.some((x) => x.chat === 'dm:bob' && /token=/.test(x.text))).toBe(true);
    const dm = await t.app.db.db.selectFrom('outbox').select(['text']).where('chat_id', '=', 'dm:bob').execute();
    expect(dm.some((m) => /\/web\/login\?token=/.test(m.text))).toBe(true);
  });
});
