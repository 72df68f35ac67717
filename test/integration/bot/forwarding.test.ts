// Forwarding chats, corrections, removals and change notices, through the console API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { ACME_FIRST_CHAT, ACME_SECOND_CHAT, chatsReached, to } from './conversation-helpers.js';

describe('forwarding a customer chat (zh and en)', () => {
  let t: TestApp;
  const db = () => t.app.db.db;
  const deliveryRows = async () =>
    db()
      .selectFrom('needs as n')
      .innerJoin('customers as c', 'c.id', 'n.customer_id')
      .select(['n.id', 'n.value', 'n.status', 'n.superseded_by', 'n.extractor', 'n.recorded_by', 'n.speaker'])
      .where('c.name', '=', 'ACME Trading')
      .where('n.kind', '=', 'delivery_date')
      .orderBy('n.created_at')
      .execute();
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates the customer with a code, owned by the forwarding rep, and answers with a card', async () => {
    const r = await t.say('lily', 'dm:lily', ACME_FIRST_CHAT);
    expect(r.status).toBe(200);
    const [card] = to(r, 'dm:lily');
    expect(card).toContain('**ACME Trading**（HZ-2026-001） · 新客户，负责人 Lily Chen 陈莉');
    expect(card).toContain(
      '- 交货期：2026-12-20前 — 「你好，我们要5000个，交货期12月20日前」（张总，2026-11-18 10:02）',
    );
    expect(card).toContain('- 数量：5000 pcs');
    expect(card).toContain(
      '- 包装：中性包装 — 「要印我们的logo，中性包装，30%定金70%发货前」（张总，2026-11-18 10:06）',
    );
    expect(card).toContain('- 付款方式：T/T，30%定金');
    expect(card).not.toContain('还不清楚');
    const c = await db()
      .selectFrom('customers')
      .selectAll()
      .where('name', '=', 'ACME Trading')
      .executeTakeFirstOrThrow();
    expect([c.code, c.owner_id]).toEqual(['HZ-2026-001', 'lily']);
    const contacts = await db().selectFrom('contacts').select('name').where('customer_id', '=', c.id).execute();
    expect(contacts.map((x) => x.name)).toEqual(['张总']);
    const needs = await db()
      .selectFrom('needs')
      .select(['kind', 'extractor', 'recorded_by', 'speaker'])
      .where('customer_id', '=', c.id)
      .execute();
    expect(needs.find((n) => n.kind === 'quantity')).toEqual({
      kind: 'quantity',
      extractor: 'rules',
      recorded_by: 'lily',
      speaker: '张总',
    });
    // First needs of a customer are news to nobody else: no notices.
    expect(chatsReached(r)).toEqual(['dm:lily']);
  });

  it('forwarding the same chat again changes nothing', async () => {
    const before = await db().selectFrom('needs').select('id').execute();
    const r = await t.say('lily', 'dm:lily', ACME_FIRST_CHAT);
    expect(to(r, 'dm:lily')[0]).toContain('没有新信息：5 项需求和已记录的一致。');
    expect((await db().selectFrom('needs').select('id').execute()).length).toBe(before.length);
    expect(chatsReached(r)).toEqual(['dm:lily']);
  });

  it('a changed need supersedes the old one and notifies production, logistics and the order clerk', async () => {
    const r = await t.say('lily', 'dm:lily', ACME_SECOND_CHAT);
    expect(to(r, 'dm:lily')[0]).toContain(
      '- 交货期：2026-12-20前 → 2026-12-10前 — 「交货期改到12月10日，数量不变」（张总，Lily Chen 陈莉 记录）',
    );
    expect(chatsReached(r)).toEqual(['dm:lily', 'dm:zhao', 'group:logistics', 'group:production']);
    const notice = to(r, 'group:production')[0]!;
    expect(notice).toContain('- 交货期：2026-12-20前 → 2026-12-10前');
    expect(notice).toContain('客户原话：「交货期改到12月10日，数量不变」（张总）');
    expect(notice).toContain('由 Lily Chen 陈莉 转发');
    const rows = await deliveryRows();
    expect(rows.map((x) => [x.status, (x.value as { date: string }).date])).toEqual([
      ['superseded', '2026-12-20'],
      ['current', '2026-12-10'],
    ]);
    expect(rows[0]!.superseded_by).toBe(rows[1]!.id);
    const ch = await db()
      .selectFrom('need_changes')
      .selectAll()
      .where('to_need_id', '=', rows[1]!.id)
      .executeTakeFirstOrThrow();
    expect([
      ch.said_by,
      ch.recorded_by,
      (ch.from_value as { date: string }).date,
      (ch.to_value as { date: string }).date,
      ch.evidence,
    ]).toEqual(['张总', 'lily', '2026-12-20', '2026-12-10', '交货期改到12月10日，数量不变']);
    expect(new Date(ch.said_at!).toISOString()).toBe('2026-11-20T06:30:00.000Z');
  });

  it('forwarding the changed chat twice sends the notice once', async () => {
    const r = await t.say('lily', 'dm:lily', ACME_SECOND_CHAT);
    expect(chatsReached(r)).toEqual(['dm:lily']);
    const notices = await db()
      .selectFrom('outbox')
      .select('id')
      .where('chat_id', '=', 'group:production')
      .where('kind', '=', 'notice')
      .execute();
    expect(notices.length).toBe(1);
  });

  it("a correction in the rep's context makes a new manual version and keeps the old one", async () => {
    const r = await t.say('lily', 'dm:lily', '不对，交货期是12月12日');
    expect(to(r, 'dm:lily')[0]).toBe(
      '已更正 **ACME Trading**（HZ-2026-001）：\n- 交货期：2026-12-10前 → 2026-12-12前\n由 Lily Chen 陈莉 更正，旧版本保留在历史中。',
    );
    expect(to(r, 'group:production')[0]).toContain('由 Lily Chen 陈莉 更正');
    const rows = await deliveryRows();
    expect(rows.map((x) => [x.status, (x.value as { date: string }).date, x.extractor])).toEqual([
      ['superseded', '2026-12-20', 'rules'],
      ['superseded', '2026-12-10', 'rules'],
      ['current', '2026-12-12', 'manual'],
    ]);
    expect(rows[2]!.recorded_by).toBe('lily');
  });

  it('an old chat forwarded after a correction does not undo it', async () => {
    const r = await t.say('lily', 'dm:lily', ACME_SECOND_CHAT);
    expect(to(r, 'dm:lily')[0]).toBe('**ACME Trading**（HZ-2026-001）\n1 项比已记录的旧（之后有更新或更正），未采用。');
    expect(chatsReached(r)).toEqual(['dm:lily']);
    expect(
      (await deliveryRows()).filter((x) => x.status === 'current').map((x) => (x.value as { date: string }).date),
    ).toEqual(['2026-12-12']);
  });

  it('/fix in English names the customer, kind and value', async () => {
    const r = await t.say('lily', 'dm:lily', '/fix ACME packaging standard');
    expect(to(r, 'dm:lily')[0]).toBe(
      'Corrected **ACME Trading** (HZ-2026-001):\n- Packaging: neutral packaging → standard packaging\nSet by Lily Chen 陈莉; the old version is kept in the history.',
    );
    const again = await t.say('lily', 'dm:lily', '/fix ACME packaging standard');
    expect(to(again, 'dm:lily')[0]).toBe("ACME Trading's packaging is already standard packaging; nothing changed.");
  });

  it('removing a requirement marks it removed with a change row', async () => {
    const r = await t.say('lily', 'dm:lily', 'remove the logo requirement for ACME');
    expect(to(r, 'dm:lily')[0]).toContain('- Logo: removed (was custom logo)');
    const logo = await db().selectFrom('needs').select(['status', 'id']).where('kind', '=', 'logo').execute();
    expect(logo.map((x) => x.status)).toEqual(['removed']);
    const ch = await db()
      .selectFrom('need_changes')
      .selectAll()
      .where('from_need_id', '=', logo[0]!.id)
      .executeTakeFirstOrThrow();
    expect([ch.to_value, ch.recorded_by]).toEqual([null, 'lily']);
    const zh = await t.say('lily', 'dm:lily', '删除ACME的logo要求');
    expect(to(zh, 'dm:lily')[0]).toBe('ACME Trading 没有记录Logo，无需删除。');
  });

  it('a short statement naming the customer is customer information too', async () => {
    const r = await t.say('lily', 'dm:lily', 'ACME wants 8000 pcs');
    expect(to(r, 'dm:lily')[0]).toContain(
      'Changed:\n- Quantity: 5000 pcs → 8000 pcs — “ACME wants 8000 pcs” (recorded by Lily Chen 陈莉)',
    );
    expect(to(r, 'group:production')[0]).toContain('- Quantity: 5000 pcs → 8000 pcs');
    expect(to(r, 'group:logistics')).toEqual([]);
  });

  it('asks which customer a chat is from, and the answer creates the new customer', async () => {
    const chat = 'Tom: we need 300 sets, CE certified\nBob: ok\nTom: deliver to Hamburg';
    const q = await t.say('bob', 'dm:bob', chat);
    // Never an empty list: the way out is a numbered "new customer".
    expect(to(q, 'dm:bob')[0]).toBe(
      "Which customer is this chat from? Reply with a number, or with a new name to create the customer:\n1. new customer (reply with the new customer's name)",
    );
    expect(await db().selectFrom('needs').select('id').where('kind', '=', 'certification').execute()).toEqual([]);
    const a = await t.say('bob', 'dm:bob', 'Globex GmbH');
    const card = to(a, 'dm:bob')[0]!;
    expect(card).toContain('**Globex GmbH** (HZ-2026-002) · new customer, owner Bob Li 李波');
    expect(card).toContain('- Quantity: 300 sets — “we need 300 sets, CE certified” (Tom');
    expect(card).toContain('- Destination: Hamburg, DE — “deliver to Hamburg”');
    expect(card).toContain('Still unknown: delivery date, Logo, packaging, payment terms');
    const g = await db()
      .selectFrom('customers')
      .select(['owner_id', 'code'])
      .where('name', '=', 'Globex GmbH')
      .executeTakeFirstOrThrow();
    expect(g).toEqual({ owner_id: 'bob', code: 'HZ-2026-002' });
    expect(await db().selectFrom('pending_questions').select('chat_id').execute()).toEqual([]);
  });

  it('with a name shared by two customers, forwarding offers choices and "1" picks one', async () => {
    await t.say('lily', 'dm:lily', 'Customer: ACME Tools\nMike: we need 200 cartons, FOB Ningbo\nLily: noted');
    const chat = 'Jane from ACME: please make it 250 cartons\nLily: ok';
    const q = await t.say('lily', 'dm:lily', chat);
    expect(to(q, 'dm:lily')[0]).toBe(
      "Which customer is this chat from? Reply with a number, or with a new name to create the customer:\n1. ACME Tools (HZ-2026-003)\n2. ACME Trading (HZ-2026-001)\n3. new customer (reply with the new customer's name)",
    );
    const a = await t.say('lily', 'dm:lily', '1');
    expect(to(a, 'dm:lily')[0]).toContain('- Quantity: 200 cartons → 250 cartons');
  });

  it('"cancel" drops the open question', async () => {
    const q = await t.say('bob', 'dm:bob', 'what does Nobody Inc need?');
    expect(to(q, 'dm:bob')[0]).toBe(
      "I don't know a customer called “Nobody Inc”. Is it one of these? Reply with a number or a name:\n1. Globex GmbH (HZ-2026-002)",
    );
    expect(to(await t.say('bob', 'dm:bob', 'cancel'), 'dm:bob')).toEqual(['OK, cancelled.']);
    expect(await db().selectFrom('pending_questions').select('chat_id').execute()).toEqual([]);
  });
});
