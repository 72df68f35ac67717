// Stage handover (owner kept, responsible added; tier A needs every responsible's
// sign-off and ops sees no money), a refused handover, and an expired one whose
// supervisor escalation happens exactly once after 3 working days.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { seedCustomer } from './seed.js';

describe('handover lifecycle', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await t.tick('2026-11-27T10:00:00+08:00'); // a Friday
    const db = t.app.db.db;
    const at = t.app.clock.now();
    await db
      .insertInto('team_members')
      .values({ id: 'qian', name: 'Qian Feng 钱峰', role: 'technical', reports_to: 'wang', language: 'zh' })
      .execute();
    await db
      .insertInto('chats')
      .values({
        id: 'dm:qian',
        platform: 'console',
        external_id: 'dm:qian',
        kind: 'direct',
        member_id: 'qian',
        language: 'zh',
      })
      .execute();
    await db.insertInto('chat_members').values({ chat_id: 'dm:qian', participant: 'qian' }).execute();
    await db
      .insertInto('member_identities')
      .values({ platform: 'console', external_id: 'qian', member_id: 'qian' })
      .execute();
    const globex = await seedCustomer(db, { name: 'Globex', code: 'HZ-2026-010', owner: 'lily', tier: 'A', at });
    await db
      .insertInto('customer_responsibles')
      .values({ customer_id: globex.id, stage: 'technical', member_id: 'qian' })
      .execute();
    await seedCustomer(db, { name: 'Initech', code: 'HZ-2026-011', owner: 'lily', at });
    await seedCustomer(db, { name: 'Umbrella', code: 'HZ-2026-012', owner: 'lily', at });
  });
  afterAll(async () => {
    await t.close();
  });

  it('stage handover of a tier-A customer: everyone responsible signs, then the stage gains a responsible and the owner stays', async () => {
    const r = await t.say('lily', 'dm:lily', '/handover Globex stage fulfilment to zhao');
    const replies = r.body.replies ?? [];
    const toZhao = replies.find((x) => x.chat === 'dm:zhao')!.text;
    expect(toZhao).toMatch(/把订单履约阶段交给你/);
    expect(toZhao).not.toMatch(/¥|欠款|未收/); // ops sees no money
    expect(toZhao).toMatch(/订单: HZ-2026-010-PO1 delivered, HZ-2026-010-PO2 open/);
    expect(replies.find((x) => x.chat === 'dm:qian')!.text).toMatch(/你作为技术负责人需要一起签收/);
    const page = await t.app.server.inject({ method: 'GET', url: /(\/handovers\/HO-\d+\?k=[\w-]+)/.exec(toZhao)![1]! });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('金额仅对销售、主管和财务可见');
    expect(page.body).not.toContain('¥36,000');
    const a = await t.say('zhao', 'dm:zhao', '确认接收');
    expect(a.body.replies?.[0]?.text).toMatch(/还在等其他负责人签收/);
    const db = t.app.db.db;
    expect(
      await db.selectFrom('customer_responsibles').select('stage').where('stage', '=', 'fulfilment').execute(),
    ).toHaveLength(0);
    const b = await t.say('qian', 'dm:qian', '确认接收');
    expect(b.body.replies?.find((x) => x.chat === 'dm:lily')?.text).toMatch(/钱峰 已签收交接/);
    const resp = await db
      .selectFrom('customer_responsibles as r')
      .innerJoin('customers as c', 'c.id', 'r.customer_id')
      .select(['r.stage', 'r.member_id', 'c.owner_id'])
      .where('c.name', '=', 'Globex')
      .orderBy('r.stage')
      .execute();
    expect(resp).toEqual([
      { stage: 'fulfilment', member_id: 'zhao', owner_id: 'lily' },
      { stage: 'technical', member_id: 'qian', owner_id: 'lily' },
    ]);
  });

  it('refused: the sender and the supervisor are told and nothing moves', async () => {
    const start = await t.say('lily', 'dm:lily', '/handover Initech to bob');
    const id = /Handover (HO-\d+)|交接 (HO-\d+)/
      .exec(start.body.replies!.find((x) => x.chat === 'dm:bob')!.text)!
      .slice(1)
      .find(Boolean)!;
    const r = await t.say('bob', 'dm:bob', `/refuse ${id} 我手上客户太多，接不了`);
    const replies = r.body.replies ?? [];
    expect(replies.find((x) => x.chat === 'dm:lily')?.text).toMatch(/李波 拒绝了交接 HO-\d+.*原因：我手上客户太多/);
    expect(replies.find((x) => x.chat === 'dm:wang')?.text).toMatch(/拒绝了交接/);
    const ho = await t.app.db.db
      .selectFrom('handovers as h')
      .innerJoin('customers as c', 'c.id', 'h.customer_id')
      .select(['h.status', 'h.refuse_reason', 'c.owner_id'])
      .where('c.name', '=', 'Initech')
      .executeTakeFirstOrThrow();
    expect(ho).toEqual({ status: 'refused', refuse_reason: '我手上客户太多，接不了', owner_id: 'lily' });
  });

  it('expired: daily reminders on working days only, then one escalation to the supervisor after 3 working days', async () => {
    await t.say('lily', 'dm:lily', '/handover Umbrella to bob');
    const ho = await t.app.db.db
      .selectFrom('handovers as h')
      .innerJoin('customers as c', 'c.id', 'h.customer_id')
      .select(['h.due_at', 'h.batch_id'])
      .where('c.name', '=', 'Umbrella')
      .executeTakeFirstOrThrow();
    // Friday + 3 working days = Wednesday, same time of day.
    expect(new Date(ho.due_at as Date).toISOString().slice(0, 10)).toBe('2026-12-02');
    const sat = await t.tick('2026-11-28T09:00:00+08:00');
    expect(sat.body.sent).toEqual([]);
    const mon = await t.tick('2026-11-30T09:00:00+08:00');
    expect(mon.body.sent?.map((s) => s.chat)).toEqual(['dm:bob']);
    expect(mon.body.sent?.[0]?.text).toMatch(new RegExp(`交接 ${ho.batch_id}.*还没有签收`));
    const mon2 = await t.tick('2026-11-30T15:00:00+08:00');
    expect(mon2.body.sent).toEqual([]); // one reminder a day
    const tue = await t.tick('2026-12-01T09:00:00+08:00');
    expect(tue.body.sent?.map((s) => s.chat)).toEqual(['dm:bob']);
    const wed = await t.tick('2026-12-02T12:00:00+08:00');
    const escalations = (wed.body.sent ?? []).filter((s) => s.chat === 'dm:wang');
    expect(escalations).toHaveLength(1);
    expect(escalations[0]!.text).toMatch(new RegExp(`交接 ${ho.batch_id}.*超过 3 个工作日未签收，已过期`));
    const thu = await t.tick('2026-12-03T09:00:00+08:00');
    expect((thu.body.sent ?? []).filter((s) => s.chat === 'dm:wang')).toHaveLength(0);
    expect(thu.body.sent).toEqual([]);
    const after = await t.app.db.db
      .selectFrom('handovers')
      .select(['status', 'escalated_at'])
      .where('batch_id', '=', ho.batch_id)
      .executeTakeFirstOrThrow();
    expect(after.status).toBe('expired');
    expect(after.escalated_at).not.toBeNull();
    const late = await t.say('bob', 'dm:bob', `/ack ${ho.batch_id}`);
    expect(late.body.replies?.[0]?.text).toMatch(/expired/);
  });
});
