// Reminders, escalation and measurements through the console and tick, with the
// demo team (lily and bob report to wang). Times are Asia/Shanghai (+08:00).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { onCustomerContact } from '../../../src/services/cadence/on-contact.js';
import { customerWithContact, outboxTo } from './helpers.js';

let t: TestApp;
const ids: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  const db = t.app.db.db;
  // Monday 2026-12-07: lily and bob talk to their customers.
  for (const c of [
    {
      name: 'Globex',
      owner: 'lily',
      tier: 'A' as const,
      contact: '2026-12-07T10:00:00+08:00',
      language: 'en' as const,
    },
    { name: 'Initech', owner: 'lily', tier: 'A' as const, contact: '2026-12-07T11:00:00+08:00' },
    { name: 'Umbrella', owner: 'lily', tier: 'B' as const, contact: '2026-12-03T15:00:00+08:00' },
    { name: 'Hooli', owner: 'bob', tier: 'A' as const, contact: '2026-12-07T16:00:00+08:00' },
  ])
    ids[c.name] = (await customerWithContact(db, c)).id;
  await db
    .insertInto('needs')
    .values([
      {
        customer_id: ids.Globex!,
        kind: 'quantity',
        slot: 'quantity',
        value: JSON.stringify({ value: 5000, unit: 'pcs' }),
        evidence: 'we need 5000 pcs',
        extractor: 'manual',
      },
      {
        customer_id: ids.Globex!,
        kind: 'product',
        slot: 'product',
        value: JSON.stringify({ name: 'steel water bottles' }),
        evidence: 'steel water bottles',
        extractor: 'manual',
      },
    ])
    .execute();
  await db
    .insertInto('follow_ups')
    .values({
      customer_id: ids.Globex!,
      member_id: 'lily',
      summary: 'sent the quote for 5000 bottles',
      happened_at: new Date('2026-12-07T10:00:00+08:00'),
    })
    .execute();
});
afterAll(async () => {
  await t.close();
});

const sentTo = (r: Awaited<ReturnType<TestApp['tick']>>, chat: string) =>
  (r.body.sent ?? []).filter((s) => s.chat === chat);

describe('cadence reminders, escalation and completion rate', () => {
  it('schedules the next follow-up from the contact: A three days later at 09:00', async () => {
    const r = await t.app.db.db.selectFrom('customers').select(['name', 'next_follow_up_at']).orderBy('name').execute();
    expect(Object.fromEntries(r.map((x) => [x.name, new Date(x.next_follow_up_at!).toISOString()]))).toEqual({
      Globex: '2026-12-10T01:00:00.000Z',
      Hooli: '2026-12-10T01:00:00.000Z',
      Initech: '2026-12-10T01:00:00.000Z',
      Umbrella: '2026-12-10T06:00:00.000Z',
    });
  });

  it('sends ONE morning digest per rep with talking points and an opening line in the customer language', async () => {
    const r = await t.tick('2026-12-10T09:00:00+08:00');
    expect(r.status).toBe(200);
    const lily = sentTo(r, 'dm:lily');
    const bob = sentTo(r, 'dm:bob');
    expect(lily).toHaveLength(1);
    expect(bob).toHaveLength(1);
    const text = lily[0]!.text;
    expect(text).toContain('今天：2 个到期，0 个逾期');
    expect(text).toContain('Globex');
    expect(text).toContain('Initech');
    expect(text).not.toContain('Umbrella'); // tier B: afternoon window
    expect(text).toContain('数量 5000 pcs');
    expect(text).toContain('sent the quote for 5000 bottles');
    expect(text).toMatch(/待确认：交期, Logo, 包装, 付款方式/);
    expect(text).toContain(
      'Hi Globex, just checking whether you had a chance to review our quote for steel water bottles',
    );
    expect(text).toMatch(/Initech[\s\S]*开场白：Initech您好/);
    expect(bob[0]!.text).toContain('Hooli');
    // Nothing for wang: no reminders, and last week's summary is skipped because nothing happened.
    expect(sentTo(r, 'dm:wang')).toHaveLength(0);
  });

  it('does not repeat a window on the next run; the afternoon window brings the B customer', async () => {
    const again = await t.tick('2026-12-10T09:15:00+08:00');
    expect(sentTo(again, 'dm:lily')).toHaveLength(0);
    const pm = await t.tick('2026-12-10T14:00:00+08:00');
    const lily = sentTo(pm, 'dm:lily');
    expect(lily).toHaveLength(1);
    expect(lily[0]!.text).toContain('Umbrella');
    expect(lily[0]!.text).not.toContain('Globex');
  });

  it('a contact completes the due follow-up and moves the date; what stays undone shows as overdue next day', async () => {
    await onCustomerContact(t.app.deps.repos, ids.Globex!, new Date('2026-12-10T15:00:00+08:00'));
    const r = await t.tick('2026-12-11T09:00:00+08:00');
    const lily = sentTo(r, 'dm:lily');
    expect(lily).toHaveLength(1);
    expect(lily[0]!.text).toContain('今天：0 个到期，1 个逾期');
    expect(lily[0]!.text).toContain('Initech');
    expect(lily[0]!.text).not.toContain('Globex');
  });

  it('escalates an A customer overdue more than 2 days to wang exactly once', async () => {
    const early = await t.tick('2026-12-12T08:59:00+08:00');
    expect(sentTo(early, 'dm:wang')).toHaveLength(0);
    const r = await t.tick('2026-12-12T09:15:00+08:00');
    const wang = sentTo(r, 'dm:wang');
    expect(wang).toHaveLength(1);
    expect(wang[0]!.text).toContain('Initech');
    expect(wang[0]!.text).toContain('Hooli');
    expect(wang[0]!.text).not.toContain('Globex');
    await t.tick('2026-12-12T10:00:00+08:00');
    await t.tick('2026-12-13T10:00:00+08:00');
    expect(await outboxTo(t.app.db.db, 'dm:wang', 'escalation')).toHaveLength(1);
  });

  it('answers the completion rate in chat: the rep hears their own, the supervisor the team', async () => {
    const lily = await t.say('lily', 'dm:lily', '本周跟进完成率');
    expect(lily.body.replies?.[0]?.text).toMatch(/完成率 33%（1\/3 按时），逾期 2/);
    const wang = await t.say('wang', 'dm:wang', 'follow-up rate this week');
    const text = wang.body.replies?.[0]?.text ?? '';
    expect(text).toMatch(/Lily Chen 陈莉: completion 33% \(1\/3 on time\)/);
    expect(text).toMatch(/Bob Li 李波: completion 0% \(0\/1 on time\)/);
    expect(text).toMatch(/Team: completion 25% \(1\/4 on time\), overdue 3/);
  });

  it('a customer whose rep has left escalates at once, once', async () => {
    await t.app.db.db
      .updateTable('team_members')
      .set({ active: false, left_at: new Date('2026-12-13T12:00:00+08:00') })
      .where('id', '=', 'bob')
      .execute();
    const r = await t.tick('2026-12-13T12:15:00+08:00');
    const wang = sentTo(r, 'dm:wang');
    expect(wang).toHaveLength(1);
    expect(wang[0]!.text).toMatch(/Hooli.*bob 已离职/);
    await t.tick('2026-12-13T12:30:00+08:00');
    expect(await outboxTo(t.app.db.db, 'dm:wang', 'escalation')).toHaveLength(2);
  });

  it("sends the weekly summary to the supervisor on Monday 09:00, once, with the week's escalations", async () => {
    const before = await t.tick('2026-12-14T08:45:00+08:00');
    expect(sentTo(before, 'dm:wang')).toHaveLength(0);
    const r = await t.tick('2026-12-14T09:00:00+08:00');
    const weekly = sentTo(r, 'dm:wang').filter((s) => s.text.includes('周报'));
    expect(weekly).toHaveLength(1);
    expect(weekly[0]!.text).toMatch(/Lily Chen 陈莉：完成率 33%/);
    expect(weekly[0]!.text).toMatch(/本周升级 3 次/);
    const again = await t.tick('2026-12-14T09:30:00+08:00');
    expect(sentTo(again, 'dm:wang').filter((s) => s.text.includes('周报'))).toHaveLength(0);
  });
});
