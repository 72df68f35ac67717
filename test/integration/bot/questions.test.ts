// Asking about customers, permissions, the external group, logging and subscriptions,
// in Chinese and English, through the console API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { ingestMessages } from '../../../src/services/ingest.js';
import { ACME_FIRST_CHAT, ACME_SECOND_CHAT, chatsReached, to } from './conversation-helpers.js';

/** The local (Asia/Shanghai) date `days` after the Monday of next week, from the app clock. */
function nextMondayLocal(now: Date): string {
  const local = new Date(now.getTime() + 8 * 3600_000);
  const wd = local.getUTCDay() === 0 ? 7 : local.getUTCDay();
  const monday = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + 8 - wd));
  return monday.toISOString().slice(0, 10);
}

describe('asking Baton about customers', () => {
  let t: TestApp;
  const db = () => t.app.db.db;
  beforeAll(async () => {
    t = await createTestApp();
    await t.say('lily', 'dm:lily', ACME_FIRST_CHAT);
    await t.say('lily', 'dm:lily', ACME_SECOND_CHAT);
    await t.say('bob', 'dm:bob', 'Customer: Initech\nPeter: we need 1000 pcs, EU plug\nBob: noted');
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers "what does ACME need?" with who said each need and when', async () => {
    const r = await t.say('lily', 'dm:lily', 'what does ACME need?');
    const a = to(r, 'dm:lily')[0]!;
    expect(a.split('\n')[0]).toBe('**ACME Trading** (HZ-2026-001) needs:');
    expect(a).toContain('- Delivery date: by 2026-12-10 — “交货期改到12月10日，数量不变” (张总, 2026-11-20 14:30)');
    expect(a).toContain(
      '- Payment terms: T/T, 30% deposit (70%发货前) — “要印我们的logo，中性包装，30%定金70%发货前” (张总, 2026-11-18 10:06)',
    );
  });

  it('answers in Chinese, by contact name and by kind', async () => {
    const byContact = to(await t.say('lily', 'dm:lily', '张总那边要什么?'), 'dm:lily')[0]!;
    expect(byContact.split('\n')[0]).toBe('**ACME Trading**（HZ-2026-001）的需求：');
    expect(byContact).toContain('- 包装：中性包装');
    const kind = to(await t.say('lily', 'dm:lily', 'ACME 交货期是哪天?'), 'dm:lily')[0]!;
    expect(kind).toBe(
      '**ACME Trading**（HZ-2026-001）的交货期：\n- 交货期：2026-12-10前 — 「交货期改到12月10日，数量不变」（张总，2026-11-20 14:30）',
    );
    const slash = to(await t.say('lily', 'dm:lily', '/need ACME Trading'), 'dm:lily')[0]!;
    expect(slash).toContain('**ACME Trading** (HZ-2026-001) needs:');
  });

  it('answers what changed this week, in both languages', async () => {
    const en = to(await t.say('lily', 'dm:lily', 'what changed for ACME this week?'), 'dm:lily')[0]!;
    expect(en.split('\n')[0]).toBe('Changes for **ACME Trading** (HZ-2026-001) this week:');
    expect(en).toContain(
      'Delivery date: by 2026-12-20 → by 2026-12-10 — “交货期改到12月10日，数量不变” (张总, recorded by Lily Chen 陈莉)',
    );
    const zh = to(await t.say('lily', 'dm:lily', 'ACME 这周有什么变化？'), 'dm:lily')[0]!;
    expect(zh.split('\n')[0]).toBe('**ACME Trading**（HZ-2026-001）本周的变化：');
    expect(zh).toContain('交货期：2026-12-20前 → 2026-12-10前');
    expect(to(await t.say('lily', 'dm:lily', '/changes ACME'), 'dm:lily')[0]).toContain(
      'Delivery date: by 2026-12-20 → by 2026-12-10',
    );
  });

  it("lists a rep's own customers, and the supervisor's whole team", async () => {
    expect(to(await t.say('lily', 'dm:lily', '我有哪些客户?'), 'dm:lily')[0]).toBe(
      '你的客户（1）：\n- ACME Trading（HZ-2026-001，C类）',
    );
    expect(to(await t.say('bob', 'dm:bob', 'my customers'), 'dm:bob')[0]).toBe(
      'Your customers (1):\n- Initech (HZ-2026-002, tier C)',
    );
    // A bare command says nothing about language: Wang's own (Chinese) is used.
    expect(to(await t.say('wang', 'dm:wang', '/customers'), 'dm:wang')[0]).toBe(
      '你能看到的客户（2）：\n- ACME Trading（HZ-2026-001，C类，负责人 Lily Chen 陈莉）\n- Initech（HZ-2026-002，C类，负责人 Bob Li 李波）',
    );
  });

  it("politely refuses a rep asking about another rep's customer", async () => {
    const en = to(await t.say('bob', 'dm:bob', 'what does ACME need?'), 'dm:bob')[0]!;
    expect(en).toBe(
      "Sorry — ACME Trading is looked after by Lily Chen 陈莉, so I can't share that customer with you. Please ask Lily Chen 陈莉 or your supervisor.",
    );
    const zh = to(await t.say('lily', 'dm:lily', 'Initech 要什么？'), 'dm:lily')[0]!;
    expect(zh).toBe(
      '抱歉，Initech 由 Bob Li 李波 负责，我不能把这个客户的信息给你。需要的话请联系 Bob Li 李波 或主管。',
    );
    expect(to(await t.say('wang', 'dm:wang', 'what does Initech need?'), 'dm:wang')[0]).toContain('- Spec: plug: EU');
  });

  it('offers choices for an unknown customer, and the answer completes the question', async () => {
    const q = to(await t.say('lily', 'dm:lily', 'what does Globex need?'), 'dm:lily')[0]!;
    expect(q).toBe(
      "I don't know a customer called “Globex”. Is it one of these? Reply with a number or a name:\n1. ACME Trading (HZ-2026-001)",
    );
    const a = to(await t.say('lily', 'dm:lily', '1'), 'dm:lily')[0]!;
    expect(a.split('\n')[0]).toBe('**ACME Trading** (HZ-2026-001) needs:');
    const none = to(await t.say('sun', 'dm:sun', 'Globex 要什么？'), 'dm:sun')[0]!;
    expect(none).toContain('我不认识叫"Globex"的客户。是下面哪一个？');
    expect(to(await t.say('sun', 'dm:sun', '取消'), 'dm:sun')).toEqual(['好的，已取消。']);
  });

  it('offers choices for an ambiguous name and takes the answer by name', async () => {
    await t.say('lily', 'dm:lily', 'Customer: ACME Tools\nMike: we need 200 cartons\nLily: noted');
    const q = to(await t.say('lily', 'dm:lily', 'ACME 要什么？'), 'dm:lily')[0]!;
    expect(q).toBe(
      '有几个客户都叫"ACME"，你说的是哪一个？回复编号或名称：\n1. ACME Tools（HZ-2026-003）\n2. ACME Trading（HZ-2026-001）',
    );
    const a = to(await t.say('lily', 'dm:lily', 'ACME Tools'), 'dm:lily')[0]!;
    expect(a).toBe(
      '**ACME Tools** (HZ-2026-003) needs:\n- Quantity: 200 cartons — “we need 200 cartons” (Mike, ' +
        a.split('(Mike, ')[1],
    );
    expect(a).toContain('Still unknown: delivery date, Logo, packaging, payment terms');
  });

  it("in the group with the customer's buyer, shows only what is safe and points to a direct chat", async () => {
    const r = await t.say('lily', 'group:acme-external', 'what does ACME Trading need?');
    const a = to(r, 'group:acme-external')[0]!;
    expect(a).toContain('- Delivery date: by 2026-12-10');
    expect(a).not.toMatch(/T\/T|deposit|Payment terms:/);
    expect(a).toContain('Not shown here: payment terms (sensitive) — ask me in a direct chat.');
    const zh = to(
      await t.say('wang', 'group:acme-external', 'ACME Trading 付款方式是什么？'),
      'group:acme-external',
    )[0]!;
    expect(zh).toBe('**ACME Trading**（HZ-2026-001）的付款方式：\n此处不显示：付款方式（敏感信息），请私聊我查看。');
  });

  it('stays silent to the outsider unless addressed, and then says nothing about the customer', async () => {
    expect(chatsReached(await t.say('ext:acme', 'group:acme-external', 'what is our delivery date?'))).toEqual([]);
    const r = await t.say('ext:acme', 'group:acme-external', '@Baton what is our payment term?');
    expect(to(r, 'group:acme-external')).toEqual([
      "Hello! I'm Baton, the team's note-taking assistant. Your contact on the team will reply to you here.",
    ]);
  });

  it('logs a follow-up (zh) with the next contact date and tells the cadence', async () => {
    const r = await t.say('lily', 'dm:lily', '今天电话跟进了ACME Trading，下周一再联系');
    const next = nextMondayLocal(t.app.clock.now());
    expect(to(r, 'dm:lily')[0]).toMatch(
      new RegExp(`^已记录：\\d{4}-\\d{2}-\\d{2} 电话跟进 ACME Trading。下次联系：${next}。$`),
    );
    const f = await db().selectFrom('follow_ups').selectAll().orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    expect([f.channel, f.member_id, new Date(f.next_at!).toISOString()]).toEqual([
      'phone',
      'lily',
      new Date(`${next}T09:00:00+08:00`).toISOString(),
    ]);
    const c = await db()
      .selectFrom('customers')
      .select('last_contact_at')
      .where('name', '=', 'ACME Trading')
      .executeTakeFirstOrThrow();
    expect(c.last_contact_at).not.toBeNull();
  });

  it('logs a follow-up (en)', async () => {
    const r = await t.say('bob', 'dm:bob', 'Emailed Initech today, follow up next Monday');
    expect(to(r, 'dm:bob')[0]).toMatch(
      /^Logged: email with Initech on \d{4}-\d{2}-\d{2}\. Next contact: \d{4}-\d{2}-\d{2}\.$/,
    );
  });

  it('sets the tier with an audit row, in both languages', async () => {
    expect(to(await t.say('lily', 'dm:lily', 'ACME Trading 是A类客户'), 'dm:lily')[0]).toBe(
      '已把 ACME Trading 从C类改为A类客户。',
    );
    expect(to(await t.say('bob', 'dm:bob', 'set Initech tier B'), 'dm:bob')[0]).toBe('Initech is now tier B (was C).');
    const audit = await db()
      .selectFrom('audit_log')
      .select(['actor', 'details'])
      .where('action', '=', 'customer.tier')
      .orderBy('at')
      .execute();
    expect(audit).toEqual([
      { actor: 'lily', details: { from: 'C', to: 'A' } },
      { actor: 'bob', details: { from: 'C', to: 'B' } },
    ]);
  });

  it('subscribes a chat to a customer, refuses sensitive kinds in groups, and unsubscribes', async () => {
    expect(to(await t.say('wang', 'group:after-sales', '/subscribe ACME Trading'), 'group:after-sales')[0]).toBe(
      "OK — this chat will hear when ACME Trading's needs change.",
    );
    expect(to(await t.say('wang', 'group:after-sales', '/subscribe payment_terms'), 'group:after-sales')[0]).toBe(
      'payment terms is sensitive and is never posted in a group. Subscribe in a direct chat instead.',
    );
    expect(to(await t.say('sun', 'dm:sun', '订阅 付款方式'), 'dm:sun')[0]).toBe(
      '好的，这个聊天会收到所有客户的付款方式变化。',
    );
    const r = await t.say(
      'lily',
      'dm:lily',
      '张总 2026-11-21 09:00\n包装改成彩盒，用我们的设计\n陈莉 2026-11-21 09:01\n好的\n张总 2026-11-21 09:02\n付款改成40%定金',
    );
    expect(chatsReached(r)).toEqual(['dm:lily', 'dm:sun', 'dm:zhao', 'group:after-sales']);
    expect(to(r, 'group:after-sales')[0]).toContain('- 包装：中性包装 → 定制包装');
    expect(to(r, 'group:after-sales')[0]).not.toContain('定金');
    expect(to(r, 'dm:sun')[0]).toContain('- 付款方式：T/T，30%定金（70%发货前） → T/T，40%定金');
    expect(to(r, 'dm:zhao')[0]).not.toContain('定金');
    expect(to(await t.say('wang', 'group:after-sales', '/unsubscribe ACME Trading'), 'group:after-sales')[0]).toBe(
      'Unsubscribed from ACME Trading.',
    );
  });

  it('answers help and falls back to help in a direct chat, but stays quiet in a group', async () => {
    // Bare "/help" follows Lily's language (Chinese); "help" in English words is answered in English.
    expect(to(await t.say('lily', 'dm:lily', '/help'), 'dm:lily')[0]).toContain('想了解更多：/帮助 主题');
    expect(to(await t.say('lily', 'dm:lily', 'help'), 'dm:lily')[0]).toContain('More on one: /help <topic>');
    expect(to(await t.say('lily', 'dm:lily', '帮助'), 'dm:lily')[0]).toContain('- 交接。例："把ACME交接给李波"');
    expect(to(await t.say('lily', 'dm:lily', 'hmm'), 'dm:lily')[0]).toMatch(/^I didn't quite get that\.\nBaton can:/);
    expect(chatsReached(await t.say('lily', 'group:production', '今天午饭吃什么'))).toEqual([]);
  });

  it('answers an unregistered sender politely and tells the supervisor once', async () => {
    const msg = (id: string) => ({
      platform: 'wecom' as const,
      externalId: id,
      chatExternalId: 'stranger-1',
      chatType: 'direct' as const,
      senderExternalId: 'stranger-1',
      senderName: 'Stranger',
      text: 'hello, what does ACME need?',
      sentAt: t.app.clock.now(),
      raw: {},
    });
    await ingestMessages(t.app.deps, [msg('u-1')]);
    await ingestMessages(t.app.deps, [msg('u-2')]);
    const until = Date.now() + 10_000;
    let rows: { chat_id: string; text: string }[] = [];
    while (Date.now() < until) {
      const states = await db()
        .selectFrom('messages')
        .select('state')
        .where('sender_external_id', '=', 'stranger-1')
        .execute();
      if (states.length === 2 && states.every((s) => s.state === 'done')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    rows = await db()
      .selectFrom('outbox as o')
      .innerJoin('messages as m', 'm.id', 'o.source_message_id')
      .select(['o.chat_id', 'o.text'])
      .where('m.sender_external_id', '=', 'stranger-1')
      .orderBy('o.created_at')
      .execute();
    expect(rows.filter((r) => r.chat_id === 'wecom:stranger-1').map((r) => r.text)).toEqual([
      "Hello — you're not registered as a team member in Baton yet, so I can't help you here. I've let an administrator know.",
      "Hello — you're not registered as a team member in Baton yet, so I can't help you here. I've let an administrator know.",
    ]);
    expect(rows.filter((r) => r.chat_id === 'dm:wang').map((r) => r.text)).toEqual([
      '未登记的用户 Stranger (wecom:stranger-1) 给 Baton 发了消息。如果是同事，请把他加入团队。',
    ]);
  });
});
