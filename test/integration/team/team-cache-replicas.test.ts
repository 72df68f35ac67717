// The team is cached per app and refreshed through the version a trigger on
// team_members keeps (migration 0018): two apps on one database stand for two
// replicas. A member added (or renamed) through one is seen by the other on its next
// message, and a transaction reads its own uncommitted team without touching the cache.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { createTestDb } from '../../helpers/test-db.js';
import { signIn } from '../web/helpers.js';
import type { DbHandle } from '../../../src/db/client.js';
import { to } from '../bot/conversation-helpers.js';

const at = new Date('2026-11-01T00:00:00Z');

describe('the team cache across replicas', () => {
  let db: DbHandle;
  let a: TestApp;
  let b: TestApp;
  const idsOn = async (t: TestApp) => (await t.app.deps.repos.team.listMembers()).map((m) => m.id);

  beforeAll(async () => {
    db = await createTestDb({ poolSize: 4 });
    a = await createTestApp({ db });
    b = await createTestApp({ db });
    await db.db
      .insertInto('customers')
      .values({ code: 'CJ-001', name: 'Chen Goods', owner_id: null, created_at: at, updated_at: at })
      .execute();
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.close();
  });

  it('a member added through one app is seen by the other', async () => {
    // B has the team cached before the change.
    expect(await idsOn(b)).not.toContain('chen');
    expect(to(await b.say('lily', 'dm:lily', 'Chen Goods 要什么？'), 'dm:lily')[0]).not.toContain('抱歉');

    const wang = await signIn(a, 'wang');
    const added = await a.app.server.inject({
      method: 'POST',
      url: '/web/members/api',
      payload: { action: 'add', id: 'chen', name: 'Chen Jie 陈杰', role: 'rep', reportsTo: 'wang', language: 'zh' },
      headers: { cookie: wang, 'x-baton-web': '1' },
    });
    expect(added.json()).toEqual({ ok: true });
    await db.db.updateTable('customers').set({ owner_id: 'chen' }).where('code', '=', 'CJ-001').execute();

    expect(await idsOn(b)).toContain('chen');
    // B names the new owner from its team: a stale team would only know the id.
    expect(to(await b.say('lily', 'dm:lily', 'Chen Goods 要什么？'), 'dm:lily')[0]).toBe(
      '抱歉，Chen Goods 由 Chen Jie 陈杰 负责，我不能把这个客户的信息给你。需要的话请联系 Chen Jie 陈杰 或主管。',
    );
  });

  it('any write to the team, plain SQL included, reaches the other replica', async () => {
    await db.db.updateTable('team_members').set({ name: 'Chen Jie 陈洁' }).where('id', '=', 'chen').execute();
    expect((await b.app.deps.repos.team.listMembers()).find((m) => m.id === 'chen')?.name).toBe('Chen Jie 陈洁');
    expect(to(await b.say('lily', 'dm:lily', 'Chen Goods 要什么？'), 'dm:lily')[0]).toContain('Chen Jie 陈洁');
  });

  it('a transaction sees its own uncommitted member; a rollback leaves the cache untouched', async () => {
    const repos = a.app.deps.repos;
    await expect(
      repos.transaction(async (tx) => {
        await tx.members.upsertMembers([{ id: 'ghost', name: 'Ghost', role: 'rep', reportsTo: null, language: 'en' }]);
        expect((await tx.team.listMembers()).map((m) => m.id)).toContain('ghost');
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await idsOn(a)).not.toContain('ghost');
    expect(await idsOn(b)).not.toContain('ghost');
  });

  it('hands out copies: a caller editing its list never changes the cache', async () => {
    const first = await b.app.deps.repos.team.listMembers();
    first[0]!.name = 'edited';
    first.length = 0;
    const again = await b.app.deps.repos.team.listMembers();
    expect(again.length).toBeGreaterThan(0);
    expect(again.map((m) => m.name)).not.toContain('edited');
  });
});
