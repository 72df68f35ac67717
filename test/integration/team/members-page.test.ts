// The members page: who may open it, and its actions (add, role, reports-to, link,
// unlink, mark left) done through the same service as the CLI, as the signed-in member.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { signIn } from '../web/helpers.js';
import { findRosterMember } from '../../../src/db/repositories/members.js';

let t: TestApp;
let wang = '';
let admin = '';
const api = (cookie: string, body: object, header = true) =>
  t.app.server.inject({
    method: 'POST',
    url: '/web/members/api',
    payload: body,
    headers: { cookie, ...(header ? { 'x-baton-web': '1' } : {}) },
  });

beforeAll(async () => {
  t = await createTestApp();
  await t.app.db.db.updateTable('team_members').set({ role: 'admin' }).where('id', '=', 'sun').execute();
  wang = await signIn(t, 'wang');
  admin = await signIn(t, 'sun');
});
afterAll(async () => {
  await t?.close();
});

describe('members page', () => {
  it('lists the team for a supervisor, not for a rep', async () => {
    const page = await t.app.server.inject({ method: 'GET', url: '/web/members', headers: { cookie: wang } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('data-member="lily"');
    expect(page.body).toContain('href="/web/members"');
    const lily = await signIn(t, 'lily');
    expect(
      (await t.app.server.inject({ method: 'GET', url: '/web/members', headers: { cookie: lily } })).statusCode,
    ).toBe(403);
  });

  it('a supervisor adds a rep under themselves with a WeCom userid, and links a WhatsApp number', async () => {
    const r = await api(wang, {
      action: 'add',
      id: 'chen',
      name: 'Chen Jie',
      role: 'rep',
      reportsTo: 'wang',
      language: 'zh',
      kind: 'wecom',
      value: 'ChenJie',
    });
    expect(r.json()).toEqual({ ok: true });
    expect(
      (await api(wang, { action: 'link', id: 'chen', kind: 'whatsapp', value: '+86 139 0000 1234' })).statusCode,
    ).toBe(200);
    expect(await findRosterMember(t.app.db.db, 'chen')).toMatchObject({
      role: 'rep',
      reportsTo: 'wang',
      identities: expect.arrayContaining([
        { platform: 'wecom', externalId: 'ChenJie' },
        { platform: 'whatsapp', externalId: '8613900001234' },
      ]),
    });
  });

  it('a supervisor may not make admins, or change people outside their reports', async () => {
    expect((await api(wang, { action: 'add', id: 'boss2', name: 'X', role: 'admin' })).statusCode).toBe(403);
    expect((await api(wang, { action: 'leave', id: 'sun' })).statusCode).toBe(403); // an admin, though reporting to wang
    expect((await api(wang, { action: 'edit', id: 'chen', role: 'ops' })).statusCode).toBe(403);
  });

  it('an admin changes role and supervisor, unlinks, and marks left; the header is required', async () => {
    expect((await api(admin, { action: 'edit', id: 'chen', role: 'ops' }, false)).statusCode).toBe(403);
    expect((await api(admin, { action: 'edit', id: 'chen', role: 'ops' })).statusCode).toBe(200);
    expect((await api(admin, { action: 'edit', id: 'chen', reportsTo: 'zhao' })).statusCode).toBe(200);
    expect(
      (await api(admin, { action: 'unlink', id: 'chen', kind: 'whatsapp', value: '8613900001234' })).statusCode,
    ).toBe(200);
    const taken = await api(admin, { action: 'link', id: 'bob', kind: 'wecom', value: 'ChenJie' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toContain('already belongs to "chen"');
    expect((await api(admin, { action: 'leave', id: 'chen' })).statusCode).toBe(200);
    expect(await findRosterMember(t.app.db.db, 'chen')).toMatchObject({
      role: 'ops',
      reportsTo: 'zhao',
      active: false,
      identities: [
        { platform: 'wecom', externalId: 'ChenJie' },
        { platform: 'wecom-aibot', externalId: 'ChenJie' },
      ],
    });
  });
});
