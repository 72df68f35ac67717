// First-response SLA in the ACME external group, "customer says not now", and the
// quarter's tier suggestions accepted in chat. Times are Asia/Shanghai (+08:00).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { customerWithContact, outboxTo } from './helpers.js';

let t: TestApp;
let acme: string;
let globex: string;
beforeAll(async () => {
  t = await createTestApp();
  acme = (
    await customerWithContact(t.app.db.db, {
      name: 'ACME',
      owner: 'lily',
      tier: 'C',
      contact: '2026-12-01T10:00:00+08:00',
    })
  ).id;
  globex = (
    await customerWithContact(t.app.db.db, {
      name: 'Globex',
      owner: 'bob',
      tier: 'C',
      contact: '2026-12-01T10:00:00+08:00',
    })
  ).id;
});
afterAll(async () => {
  await t.close();
});

const sentTo = (r: Awaited<ReturnType<TestApp['tick']>>, chat: string) =>
  (r.body.sent ?? []).filter((s) => s.chat === chat);
const breaches = () =>
  outboxTo(t.app.db.db, 'dm:wang', 'escalation').then((rows) =>
    rows.filter((r) => r.text.includes('SLA') || r.text.includes('首次响应')),
  );

describe('first-response SLA through the console', () => {
  it('links the external group to ACME', async () => {
    await t.tick('2026-12-14T10:00:00+08:00');
    const r = await t.say('lily', 'group:acme-external', '/cadence link ACME');
    expect(r.body.replies?.[0]?.text).toContain('ACME');
  });

  it('ext:acme asks; no answer within 15 minutes (tier C) → wang hears once', async () => {
    await t.say('ext:acme', 'group:acme-external', 'Hi, could you quote 500 pcs with our logo?');
    const clock = await t.app.db.db
      .selectFrom('sla_clocks')
      .selectAll()
      .where('customer_id', '=', acme)
      .executeTakeFirstOrThrow();
    expect(clock.sla_class).toBe('normal');
    expect(Math.round((new Date(clock.due_at).getTime() - new Date(clock.started_at).getTime()) / 60_000)).toBe(15);
    const at10 = await t.tick('2026-12-14T10:10:00+08:00');
    expect(sentTo(at10, 'dm:wang')).toHaveLength(0);
    const at16 = await t.tick('2026-12-14T10:16:00+08:00');
    const wang = sentTo(at16, 'dm:wang');
    expect(wang).toHaveLength(1);
    expect(wang[0]!.text).toMatch(/首次响应超时：ACME.*15 分钟/);
    await t.tick('2026-12-14T10:20:00+08:00');
    expect(await breaches()).toHaveLength(1);
  });

  it("lily's reply stops the clock; a second inquiry answered in time never breaches", async () => {
    await t.say('lily', 'group:acme-external', 'Sorry for the wait, quote coming within the hour.');
    const open = await t.app.db.db.selectFrom('sla_clocks').selectAll().where('stopped_at', 'is', null).execute();
    expect(open).toHaveLength(0);
    await t.tick('2026-12-14T11:00:00+08:00');
    await t.say('ext:acme', 'group:acme-external', 'Also, what is the lead time?');
    await t.tick('2026-12-14T11:03:00+08:00');
    await t.say('lily', 'group:acme-external', 'About 25 days after deposit.');
    await t.tick('2026-12-14T11:30:00+08:00');
    expect(await breaches()).toHaveLength(1);
    const wang = await t.say('wang', 'dm:wang', '本周跟进完成率');
    expect(wang.body.replies?.[0]?.text).toMatch(/Lily Chen 陈莉：.*平均首次响应 \d+ 分钟，超时 1 次/);
  });

  it('only a supervisor changes the policy; the change is stored and shown', async () => {
    const lily = await t.say('lily', 'dm:lily', '/cadence A 2');
    expect(lily.body.replies?.[0]?.text).toContain('Only a supervisor');
    const wang = await t.say('wang', 'dm:wang', '/cadence sla normal 10');
    expect(wang.body.replies?.[0]?.text).toContain('normal 10 min');
    const bad = await t.say('wang', 'dm:wang', '/cadence A 0');
    expect(bad.body.replies?.[0]?.text).toMatch(/Cannot change that: .*intervalDays/s);
    const show = await t.say('bob', 'dm:bob', '/cadence show');
    expect(show.body.replies?.[0]?.text).toMatch(/A: every 3 days.*escalates when overdue > 2 days/);
  });
});

describe('customer says not now', () => {
  it('pauses for a quarter with the reason and wakes up again afterwards', async () => {
    const r = await t.say('lily', 'dm:lily', 'ACME 客户说暂时不需要，明年再联系');
    expect(r.body.replies?.[0]?.text).toMatch(/ACME 暂停跟进到 03-14/);
    const c = await t.app.db.db.selectFrom('customers').selectAll().where('id', '=', acme).executeTakeFirstOrThrow();
    expect(c.pause_reason).toContain('暂时不需要');
    expect(c.next_follow_up_at).toBeNull();
    await t.tick('2027-03-13T20:00:00+08:00');
    const still = await t.app.db.db
      .selectFrom('customers')
      .select('paused_until')
      .where('id', '=', acme)
      .executeTakeFirstOrThrow();
    expect(still.paused_until).not.toBeNull();
    await t.tick('2027-03-14T00:15:00+08:00');
    const woke = await t.app.db.db
      .selectFrom('customers')
      .select(['paused_until', 'next_follow_up_at'])
      .where('id', '=', acme)
      .executeTakeFirstOrThrow();
    expect(woke.paused_until).toBeNull();
    expect(new Date(woke.next_follow_up_at!).toISOString()).toBe('2027-03-14T02:00:00.000Z'); // Sunday: weekend window 10:00
  });
});

describe('quarterly tier suggestions', () => {
  it('suggests from the last 12 months of orders and the supervisor accepts by number', async () => {
    const db = t.app.db.db;
    await db
      .insertInto('orders')
      .values([
        {
          customer_id: globex,
          order_no: 'G-1',
          ordered_at: '2027-01-20',
          amount: 80000,
          currency: 'USD',
          amount_cny: 580000,
        },
        { customer_id: acme, order_no: 'A-1', ordered_at: '2026-12-20', amount: 30000, amount_cny: 30000 },
      ])
      .execute();
    const r = await t.tick('2027-04-01T09:05:00+08:00');
    const wang = sentTo(r, 'dm:wang').filter((s) => s.text.includes('2027-Q2'));
    expect(wang).toHaveLength(1);
    expect(wang[0]!.text).toMatch(/1\. ACME .*C → D/);
    expect(wang[0]!.text).toMatch(/2\. Globex .*C → A/);
    const again = await t.tick('2027-04-01T10:05:00+08:00');
    expect(sentTo(again, 'dm:wang').filter((s) => s.text.includes('2027-Q2'))).toHaveLength(0);
    const ok = await t.say('wang', 'dm:wang', 'accept 2');
    expect(ok.body.replies?.[0]?.text).toMatch(/Globex C→A/);
    const tiers = await db.selectFrom('customers').select(['name', 'tier']).orderBy('name').execute();
    expect(tiers).toEqual([
      { name: 'ACME', tier: 'C' },
      { name: 'Globex', tier: 'A' },
    ]);
  });
});
