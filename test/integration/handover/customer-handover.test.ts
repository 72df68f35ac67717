// One customer handed from lily to bob through the console: the package with
// every section, the completeness check for the sender, a question round-trip,
// sign-off moving ownership with its audit record, and the web page per viewer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { PackageSchema } from '../../../src/core/handover/package.js';
import { seedCustomer, type SeededCustomer } from './seed.js';

describe('handover of one customer', () => {
  let t: TestApp;
  let acme: SeededCustomer;
  beforeAll(async () => {
    t = await createTestApp();
    await t.tick('2026-11-23T09:00:00+08:00'); // a Monday
    acme = await seedCustomer(t.app.db.db, {
      name: 'ACME Trading',
      code: 'HZ-2026-001',
      owner: 'lily',
      at: t.app.clock.now(),
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a rep handing over a customer that is not theirs', async () => {
    const r = await t.say('bob', 'dm:bob', '/handover ACME to zhao');
    expect(r.status).toBe(200);
    expect(r.body.replies?.map((x) => x.text).join('\n')).toMatch(/may not hand over ACME Trading|无权交接/);
    const n = await t.app.db.db.selectFrom('handovers').select('id').execute();
    expect(n).toHaveLength(0);
    const zhao = await t.say('zhao', 'dm:zhao', '把ACME交接给李波');
    expect(zhao.body.replies?.[0]?.text).toMatch(/无权交接/);
  });

  let link = '';
  it('starts: the sender sees the gaps, the receiver gets the package in their DM', async () => {
    const r = await t.say('lily', 'dm:lily', '把ACME交接给李波');
    const replies = r.body.replies ?? [];
    const toLily = replies.find((x) => x.chat === 'dm:lily')!.text;
    expect(toLily).toMatch(/已发起交接 HO-\d+/);
    expect(toLily).toMatch(/缺 包装、付款方式/);
    const toBob = replies.find((x) => x.chat === 'dm:bob')!.text;
    expect(toBob).toContain('ACME Trading (HZ-2026-001)');
    expect(toBob).toContain('Tom Becker');
    expect(toBob).toMatch(/交货期 2027-01-20前/);
    expect(toBob).toMatch(/⚠️ 注意: Never mention the competitor Kruger/);
    expect(toBob).toMatch(/未收 ¥36,000/);
    const m = /(http:\/\/localhost:\d+\/handovers\/HO-\d+\?k=[\w-]+)/.exec(toBob);
    expect(m).not.toBeNull();
    link = m![1]!;
    const ho = await t.app.db.db.selectFrom('handovers').selectAll().executeTakeFirstOrThrow();
    expect(ho.status).toBe('pending');
    expect(ho.to_member_id).toBe('bob');
    // Ownership has not moved yet.
    const c = await t.app.db.db
      .selectFrom('customers')
      .select('owner_id')
      .where('id', '=', acme.id)
      .executeTakeFirstOrThrow();
    expect(c.owner_id).toBe('lily');
  });

  it('stores a package snapshot with every section filled', async () => {
    const ho = await t.app.db.db.selectFrom('handovers').select('package').executeTakeFirstOrThrow();
    const p = PackageSchema.parse(ho.package);
    expect(p.customer).toMatchObject({ name: 'ACME Trading', tier: 'B', stage: 'first_order', ownerId: 'lily' });
    expect(p.contacts.map((c) => c.name)).toEqual(['Tom Becker', 'Anna Vogel']);
    expect(p.timeline.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['first_inquiry', 'quote', 'sample', 'order', 'shipped', 'delivered', 'after_sales']),
    );
    expect(p.timeline[0]!.kind).toBe('first_inquiry');
    expect(p.needs.map((n) => n.kind).sort()).toEqual(['delivery_date', 'logo', 'price_target', 'quantity', 'sample']);
    expect(p.needs.find((n) => n.kind === 'delivery_date')).toMatchObject({
      evidence: 'we need them in Hamburg by 20 January',
      speaker: 'Tom Becker',
    });
    expect(p.recentChanges).toEqual([
      expect.objectContaining({
        kind: 'delivery_date',
        from: { date: '2027-01-10', constraint: 'by' },
        to: { date: '2027-01-20', constraint: 'by' },
      }),
    ]);
    expect(p.openItems.missingEssentials).toEqual(['packaging', 'payment_terms']);
    expect(p.openItems.promises.map((x) => x.text)).toContain('We will send the revised carton drawing by Friday.');
    expect(p.openItems.unansweredQuestions.map((x) => x.text)).toEqual([
      'Can you also ship 200 pcs by air before Christmas?',
    ]);
    expect(p.cautions.map((x) => x.text)).toEqual(['Never mention the competitor Kruger in writing']);
    expect(p.money).toMatchObject({ totalOrderedCny: 108000, outstandingCny: 36000 });
    expect(p.money!.orders.map((o) => [o.orderNo, o.outstanding])).toEqual([
      ['HZ-2026-001-PO1', 0],
      ['HZ-2026-001-PO2', 5000],
    ]);
    expect(p.lastConversations.length).toBeGreaterThanOrEqual(3);
    expect(p.completeness).toEqual({ complete: false, missing: ['packaging', 'payment_terms'] });
  });

  it('serves the full package page in the receiver language, and in English on ?lang=en', async () => {
    const path = link.replace(/^http:\/\/localhost:\d+/, '');
    const zh = await t.app.server.inject({ method: 'GET', url: path });
    expect(zh.statusCode).toBe(200);
    for (const s of [
      '时间线',
      '当前需求',
      '最近变更',
      '待办事项',
      '注意事项与禁忌',
      '订单与欠款',
      '最近沟通',
      'Tom Becker',
      '¥36,000',
    ])
      expect(zh.body).toContain(s);
    const en = await t.app.server.inject({ method: 'GET', url: `${path}&lang=en` });
    for (const s of ['Timeline', 'Current needs', 'Open items', 'Cautions and taboos', 'Orders and money outstanding'])
      expect(en.body).toContain(s);
    const bad = await t.app.server.inject({ method: 'GET', url: path.replace(/k=[\w-]+/, 'k=wrong') });
    expect(bad.statusCode).toBe(404);
  });

  it('round-trips a question: receiver asks, sender answers, receiver gets the answer', async () => {
    const ask = await t.say('bob', 'dm:bob', '交货期定了吗？');
    const toLily = ask.body.replies?.find((x) => x.chat === 'dm:lily');
    expect(toLily?.text).toMatch(/李波 就交接 HO-\d+（ACME Trading）提问：交货期定了吗？/);
    expect(ask.body.replies?.find((x) => x.chat === 'dm:bob')?.text).toMatch(/已转给 Lily Chen 陈莉/);
    const ho = await t.app.db.db.selectFrom('handovers').select('status').executeTakeFirstOrThrow();
    expect(ho.status).toBe('questioned');
    const answer = await t.say('lily', 'dm:lily', '定了，1月20日前到汉堡，客户邮件确认过。');
    const toBob = answer.body.replies?.find((x) => x.chat === 'dm:bob');
    expect(toBob?.text).toMatch(/回复了你关于交接 HO-\d+ 的问题“交货期定了吗？”：\n定了，1月20日前到汉堡/);
  });

  it('signs off: ownership moves with an audit record; the sender is told', async () => {
    const r = await t.say('bob', 'dm:bob', '确认接收');
    expect(r.body.replies?.find((x) => x.chat === 'dm:bob')?.text).toMatch(/已签收 HO-\d+：ACME Trading 现在归你负责/);
    expect(r.body.replies?.find((x) => x.chat === 'dm:lily')?.text).toMatch(/李波 已签收交接/);
    const c = await t.app.db.db
      .selectFrom('customers')
      .select('owner_id')
      .where('id', '=', acme.id)
      .executeTakeFirstOrThrow();
    expect(c.owner_id).toBe('bob');
    const ho = await t.app.db.db.selectFrom('handovers').selectAll().executeTakeFirstOrThrow();
    expect(ho.status).toBe('signed');
    expect(ho.signed_at).not.toBeNull();
    const audit = await t.app.db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', ho.id)
      .orderBy('at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['handover.started', 'handover.signed']);
    expect(audit[1]!.details).toMatchObject({ from: 'lily', to: 'bob', ownerBefore: 'lily', ownerAfter: 'bob' });
    const again = await t.say('bob', 'dm:bob', 'ack');
    expect(again.body.replies?.[0]?.text).toMatch(/You have no handover waiting/);
  });
});
