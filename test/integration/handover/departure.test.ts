// A rep with 200 customers leaves: the supervisor splits them between two
// receivers, fairly by tier and revenue; ownership moves per receiver only on
// their sign-off; the old rep is told once to keep away and gets no reminders;
// receivers are asked weekly how it goes and the answers reach the supervisor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { isUnderDepartureQuarantine, quarantinedCustomerIds } from '../../../src/services/handover/quarantine.js';

const TIERS = ['A', 'B', 'B', 'C', 'C', 'C', 'D', 'D'];

describe('departure handover of 200 customers', () => {
  let t: TestApp;
  let batch = '';
  const owners = async () => {
    const rows = await t.app.db.db.selectFrom('customers').select(['owner_id', 'tier', 'id']).execute();
    return rows;
  };
  beforeAll(async () => {
    t = await createTestApp();
    await t.tick('2026-11-23T09:00:00+08:00'); // Monday
    const db = t.app.db.db;
    const customers = await db
      .insertInto('customers')
      .values(
        Array.from({ length: 200 }, (_, i) => ({
          code: `HZ-2026-${String(i + 1).padStart(3, '0')}`,
          name: `Customer ${String(i + 1).padStart(3, '0')}`,
          tier: TIERS[i % TIERS.length]!,
          owner_id: 'lily',
        })),
      )
      .returning(['id', 'tier'])
      .execute();
    await db
      .insertInto('orders')
      .values(
        customers.map((c, i) => ({
          customer_id: c.id,
          order_no: `PO-${i}`,
          ordered_at: '2026-06-01',
          amount: 1000 + ((i * 7919) % 50) * 1000,
          amount_cny: 1000 + ((i * 7919) % 50) * 1000,
        })),
      )
      .execute();
  });
  afterAll(async () => {
    await t.close();
  });

  it("refuses a rep handing over a colleague's customers", async () => {
    const r = await t.say('bob', 'dm:bob', '/handover all lily to bob');
    expect(r.body.replies?.[0]?.text).toMatch(/You may not hand over Lily Chen 陈莉's customers/);
    expect(await t.app.db.db.selectFrom('handovers').select('id').execute()).toHaveLength(0);
  });

  it('splits them fairly between two receivers, each getting one summary in their DM', async () => {
    const r = await t.say('wang', 'dm:wang', '/handover all lily to bob,sun');
    const replies = r.body.replies ?? [];
    batch = /Handover (HO-\d+) started/.exec(replies.find((x) => x.chat === 'dm:wang')!.text)![1]!;
    expect(replies.filter((x) => x.chat === 'dm:bob')).toHaveLength(1);
    expect(replies.filter((x) => x.chat === 'dm:sun')).toHaveLength(1);
    expect(replies.find((x) => x.chat === 'dm:bob')!.text).toMatch(/陈莉 离岗，100 家客户交给你/);
    const rows = await t.app.db.db
      .selectFrom('handovers')
      .innerJoin('customers', 'customers.id', 'handovers.customer_id')
      .select(['handovers.to_member_id', 'customers.tier', 'customers.id'])
      .where('handovers.batch_id', '=', batch)
      .execute();
    expect(rows).toHaveLength(200);
    const revenue = new Map(
      (await t.app.db.db.selectFrom('orders').select(['customer_id', 'amount_cny']).execute()).map((o) => [
        o.customer_id,
        Number(o.amount_cny),
      ]),
    );
    const share = (to: string) => rows.filter((r2) => r2.to_member_id === to);
    expect(share('bob')).toHaveLength(100);
    expect(share('sun')).toHaveLength(100);
    for (const tier of ['A', 'B', 'C', 'D']) {
      const diff =
        share('bob').filter((x) => x.tier === tier).length - share('sun').filter((x) => x.tier === tier).length;
      expect(Math.abs(diff)).toBeLessThanOrEqual(1);
    }
    const rev = (to: string) => share(to).reduce((s, x) => s + revenue.get(x.id)!, 0);
    const total = rev('bob') + rev('sun');
    expect(Math.abs(rev('bob') - rev('sun')) / total).toBeLessThan(0.02);
    // Nothing moves before sign-off.
    expect((await owners()).every((c) => c.owner_id === 'lily')).toBe(true);
  });

  it('keeps the old rep away from them from the start', async () => {
    const ids = await quarantinedCustomerIds(t.app.deps.repos, 'lily', t.app.clock.now());
    expect(ids).toHaveLength(200);
    expect(await isUnderDepartureQuarantine(t.app.deps.repos, ids[0]!, t.app.clock.now())).toBe(true);
  });

  it('moves ownership per receiver only on their sign-off, and tells the old rep once', async () => {
    const r = await t.say('bob', 'dm:bob', `/ack ${batch}`);
    const toLily = r.body.replies?.filter((x) => x.chat === 'dm:lily') ?? [];
    expect(toLily).toHaveLength(1);
    expect(toLily[0]!.text).toMatch(/请不要再联系这些客户/);
    let rows = await owners();
    expect(rows.filter((c) => c.owner_id === 'bob')).toHaveLength(100);
    expect(rows.filter((c) => c.owner_id === 'lily')).toHaveLength(100);
    const r2 = await t.say('sun', 'dm:sun', '确认接收');
    expect(r2.body.replies?.filter((x) => x.chat === 'dm:lily').every((x) => !/不要再联系/.test(x.text))).toBe(true);
    rows = await owners();
    expect(rows.filter((c) => c.owner_id === 'sun')).toHaveLength(100);
    expect(rows.filter((c) => c.owner_id === 'lily')).toHaveLength(0);
    const signed = await t.app.db.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'handover.signed')
      .execute();
    expect(signed).toHaveLength(200);
  });

  it('sends the old rep nothing about them for a month, asks receivers weekly, and passes answers to the supervisor', async () => {
    const sentToLily: string[] = [];
    const week1 = await t.tick('2026-12-01T10:00:00+08:00');
    sentToLily.push(...(week1.body.sent ?? []).filter((s) => s.chat === 'dm:lily').map((s) => s.text));
    const ask = (week1.body.sent ?? []).filter((s) => /每周回访/.test(s.text));
    expect(ask.map((s) => s.chat).sort()).toEqual(['dm:bob', 'dm:sun']);
    const again = await t.tick('2026-12-02T10:00:00+08:00');
    expect((again.body.sent ?? []).filter((s) => /每周回访/.test(s.text))).toHaveLength(0);
    const answer = await t.say('bob', 'dm:bob', '大部分都联系上了，Customer 001 想要新报价。');
    expect(answer.body.replies?.find((x) => x.chat === 'dm:wang')?.text).toMatch(
      /李波 关于接手的 .*陈莉 的客户.*Customer 001 想要新报价/,
    );
    for (const day of ['2026-12-08', '2026-12-15', '2026-12-22']) {
      const r = await t.tick(`${day}T10:00:00+08:00`);
      sentToLily.push(...(r.body.sent ?? []).filter((s) => s.chat === 'dm:lily').map((s) => s.text));
    }
    expect(sentToLily).toEqual([]);
    expect(await quarantinedCustomerIds(t.app.deps.repos, 'lily', new Date('2026-12-22T02:00:00Z'))).toHaveLength(200);
    expect(await quarantinedCustomerIds(t.app.deps.repos, 'lily', new Date('2027-01-05T02:00:00Z'))).toHaveLength(0);
  });
});
