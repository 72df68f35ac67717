// Issue 15, the bot side: a chat is never silently filed under the wrong customer, a rep
// can take a forward back (/undo, /move), a pending question never traps the next message,
// corrections keep the rep's words, and help names everything — in Chinese and English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { ACME_FIRST_CHAT, ACME_SECOND_CHAT, chatsReached, to } from './conversation-helpers.js';

/** A second customer's chat with no customer line: the person is nobody we know. */
const UMBRELLA_CHAT_ZH = [
  '王经理 2026-11-19 09:00',
  '我们要3000把雨伞，交货期1月15日前',
  '陈莉 2026-11-19 09:05',
  '好的',
].join('\n');

describe('taking a forward back and never misfiling one (Chinese)', () => {
  let t: TestApp;
  const db = () => t.app.db.db;
  const current = async (customer: string, kind: string) =>
    db()
      .selectFrom('needs as n')
      .innerJoin('customers as c', 'c.id', 'n.customer_id')
      .select('n.value')
      .where('c.name', '=', customer)
      .where('n.kind', '=', kind)
      .where('n.status', '=', 'current')
      .execute();
  beforeAll(async () => {
    t = await createTestApp();
    await t.say('lily', 'dm:lily', ACME_FIRST_CHAT);
  });
  afterAll(async () => {
    await t.close();
  });

  it("a second customer's chat right after the first is not filed under the first, and no notice goes out", async () => {
    const r = await t.say('lily', 'dm:lily', UMBRELLA_CHAT_ZH);
    expect(to(r, 'dm:lily')[0]).toBe(
      '这是哪个客户的聊天？回复编号，或回复新客户的名称来建档：\n1. ACME Trading（HZ-2026-001）\n2. 新客户（回复新客户的名称）',
    );
    expect(chatsReached(r)).toEqual(['dm:lily']);
    const acme = await current('ACME Trading', 'delivery_date');
    expect(acme.map((x) => (x.value as { date: string }).date)).toEqual(['2026-12-20']);
    expect(await current('ACME Trading', 'quantity')).toHaveLength(1);
  });

  it('a correction sent while the question is pending is applied, and the question stays open once', async () => {
    const r = await t.say('lily', 'dm:lily', '不对，ACME Trading交货期是12月18日');
    const [reply] = to(r, 'dm:lily');
    expect(reply).toContain('已更正 **ACME Trading**（HZ-2026-001）：\n- 交货期：2026-12-20前 → 2026-12-18前');
    expect(reply).toContain('刚才的问题还在等你回答：\n这是哪个客户的聊天？');
    expect((await current('ACME Trading', 'delivery_date')).map((x) => (x.value as { date: string }).date)).toEqual([
      '2026-12-18',
    ]);
    // The second message that is not an answer drops it, and says so.
    const again = to(await t.say('lily', 'dm:lily', 'ACME 要什么？'), 'dm:lily')[0]!;
    expect(again).toContain('**ACME Trading**（HZ-2026-001）的需求：');
    expect(again).toContain('（刚才的问题已作废，不再等你回答。）');
    expect(await db().selectFrom('pending_questions').select('chat_id').execute()).toEqual([]);
  });

  it('/撤销 takes the correction back: the earlier date again, the notice retracted in the same chats', async () => {
    const notified = (
      await db()
        .selectFrom('outbox')
        .select('chat_id')
        .where('kind', '=', 'notice')
        .where('text', 'like', '%2026-12-18%')
        .execute()
    )
      .map((x) => x.chat_id)
      .sort();
    expect(notified).toEqual(['dm:zhao', 'group:logistics', 'group:production']);
    const r = await t.say('lily', 'dm:lily', '/撤销');
    expect(to(r, 'dm:lily')[0]).toBe(
      '已撤销，**ACME Trading**（HZ-2026-001） 恢复为之前的版本：\n- 交货期：2026-12-18前 → 2026-12-20前\n已在 3 个聊天里撤回变更通知。',
    );
    expect(chatsReached(r)).toEqual(['dm:lily', ...notified]);
    expect(to(r, 'group:production')[0]).toBe(
      '【撤回】**ACME Trading**（HZ-2026-001） 的上一条需求变化通知作废（Lily Chen 陈莉 撤销了）。现在：\n- 交货期：2026-12-18前 → 2026-12-20前',
    );
    expect((await current('ACME Trading', 'delivery_date')).map((x) => (x.value as { date: string }).date)).toEqual([
      '2026-12-20',
    ]);
    const rows = await db()
      .selectFrom('need_changes')
      .select(['to_value', 'reverted_by', 'reverted_at'])
      .where('kind', '=', 'delivery_date')
      .where('reverted_at', 'is not', null)
      .execute();
    expect(rows.map((x) => [(x.to_value as { date: string }).date, x.reverted_by])).toEqual([['2026-12-18', 'lily']]);
  });

  it('/撤销 takes a forward back too: the delivery date it moved is restored and its notice retracted', async () => {
    const f = await t.say('lily', 'dm:lily', ACME_SECOND_CHAT);
    expect(to(f, 'group:production')[0]).toContain('- 交货期：2026-12-20前 → 2026-12-10前');
    const r = await t.say('lily', 'dm:lily', '/撤回');
    expect(to(r, 'dm:lily')[0]).toContain('- 交货期：2026-12-10前 → 2026-12-20前');
    expect(to(r, 'group:production')[0]).toMatch(/^【撤回】\*\*ACME Trading\*\*/);
    expect((await current('ACME Trading', 'delivery_date')).map((x) => (x.value as { date: string }).date)).toEqual([
      '2026-12-20',
    ]);
    // Undo again: the action before is the correction already undone, so the first forward (which added the needs).
    const second = to(await t.say('lily', 'dm:lily', '/撤销'), 'dm:lily')[0]!;
    expect(second).toContain('- 交货期：已删除（原为 2026-12-20前）');
    expect(await current('ACME Trading', 'delivery_date')).toEqual([]);
  });

  it('/改归 files the last forward under another customer: taken back here, applied there', async () => {
    await t.say('lily', 'dm:lily', ACME_FIRST_CHAT); // ACME's needs again
    const q = await t.say('lily', 'dm:lily', UMBRELLA_CHAT_ZH);
    expect(to(q, 'dm:lily')[0]).toContain('1. ACME Trading（HZ-2026-001）');
    const wrong = await t.say('lily', 'dm:lily', '1'); // the rep picks the wrong one
    expect(to(wrong, 'dm:lily')[0]).toContain('3000');
    const r = await t.say('lily', 'dm:lily', '/改归 远航贸易');
    const replies = to(r, 'dm:lily');
    expect(replies[0]).toContain('已撤销，**ACME Trading**（HZ-2026-001）');
    expect(replies[1]).toContain('**远航贸易**（HZ-2026-002） · 新客户');
    expect((await current('远航贸易', 'quantity')).map((x) => (x.value as { value: number }).value)).toEqual([3000]);
    expect((await current('ACME Trading', 'quantity')).map((x) => (x.value as { value: number }).value)).toEqual([
      5000,
    ]);
    const contacts = await db()
      .selectFrom('contacts as k')
      .innerJoin('customers as c', 'c.id', 'k.customer_id')
      .select(['c.name', 'k.name as contact'])
      .where('k.name', '=', '王经理')
      .execute();
    expect(contacts).toEqual([{ name: '远航贸易', contact: '王经理' }]);
  });

  it('/fix keeps what the rep typed beside the normalised style', async () => {
    const r = to(await t.say('lily', 'dm:lily', '/fix ACME 包装 白盒无印刷'), 'dm:lily')[0]!;
    expect(r).toContain('白盒无印刷');
    const [p] = await current('ACME Trading', 'packaging');
    expect(p!.value).toEqual({ style: 'neutral', details: '白盒无印刷' });
  });

  it('帮助 names handover and /web; /web from a Chinese member is answered in Chinese; /帮助 撤销 tells more', async () => {
    const help = to(await t.say('lily', 'dm:lily', '帮助'), 'dm:lily')[0]!;
    expect(help).toContain('交接');
    expect(help).toContain('/网页');
    expect(help).toContain('/撤销');
    expect(help).not.toContain('/cadence'); // a rep's help: no supervisor entries
    expect(to(await t.say('wang', 'dm:wang', '帮助'), 'dm:wang')[0]).toContain('/cadence show');
    const web = to(await t.say('lily', 'dm:lily', '/web'), 'dm:lily')[0]!;
    expect(web).toMatch(/^网页工作台登录链接（15 分钟内有效/);
    const more = to(await t.say('lily', 'dm:lily', '/帮助 撤销'), 'dm:lily')[0]!;
    expect(more).toContain('/改归 客户名');
  });
});

describe('taking a forward back and never misfiling one (English)', () => {
  let t: TestApp;
  const db = () => t.app.db.db;
  const dates = async (customer: string) =>
    (
      await db()
        .selectFrom('needs as n')
        .innerJoin('customers as c', 'c.id', 'n.customer_id')
        .select('n.value')
        .where('c.name', '=', customer)
        .where('n.kind', '=', 'delivery_date')
        .where('n.status', '=', 'current')
        .execute()
    ).map((x) => (x.value as { date: string }).date);
  beforeAll(async () => {
    t = await createTestApp();
    await db().updateTable('team_members').set({ language: 'en' }).where('id', '=', 'bob').execute();
    await t.say('bob', 'dm:bob', 'Customer: Nordic Home AB\nErik: we need delivery by 2027-01-10\nBob: ok');
  });
  afterAll(async () => {
    await t.close();
  });

  it("Maria's chat right after Nordic's is not filed under Nordic, and no notice goes out", async () => {
    const r = await t.say('bob', 'dm:bob', 'Maria Lopez: we need 5000 umbrellas, delivery by 2027-03-03\nBob: noted');
    expect(to(r, 'dm:bob')[0]).toBe(
      "Which customer is this chat from? Reply with a number, or with a new name to create the customer:\n1. Nordic Home AB (HZ-2026-001)\n2. new customer (reply with the new customer's name)",
    );
    expect(chatsReached(r)).toEqual(['dm:bob']);
    expect(await dates('Nordic Home AB')).toEqual(['2027-01-10']);
    const a = to(await t.say('bob', 'dm:bob', 'Lopez Umbrellas'), 'dm:bob')[0]!;
    expect(a).toContain('**Lopez Umbrellas** (HZ-2026-002) · new customer');
    expect(await dates('Lopez Umbrellas')).toEqual(['2027-03-03']);
  });

  it('a first line that is only an unknown name offers to create it', async () => {
    const r = to(await t.say('bob', 'dm:bob', 'Valencia Parasol SL\nAna: we need 200 pcs\nBob: ok'), 'dm:bob')[0]!;
    expect(r.split('\n')[0]).toBe(
      "I don't know a customer called “Valencia Parasol SL”. Which customer is this chat from? Reply with a number, or with a new name to create the customer:",
    );
    expect(r).toContain('new customer: “Valencia Parasol SL” (create it)');
    const a = to(await t.say('bob', 'dm:bob', 'new customer'), 'dm:bob')[0]!;
    expect(a).toContain('**Valencia Parasol SL** (HZ-2026-003) · new customer');
  });

  it('/undo restores the earlier delivery date and retracts the notice', async () => {
    const f = await t.say('bob', 'dm:bob', 'Erik: please change the delivery to 2027-01-20\nBob: ok');
    expect(to(f, 'group:production')[0]).toContain('- Delivery date: by 2027-01-10 → by 2027-01-20');
    expect(await dates('Nordic Home AB')).toEqual(['2027-01-20']);
    const r = await t.say('bob', 'dm:bob', '/undo');
    expect(to(r, 'dm:bob')[0]).toBe(
      'Undone — **Nordic Home AB** (HZ-2026-001) is back to its earlier versions:\n- Delivery date: by 2027-01-20 → by 2027-01-10\nThe change notice was retracted in 3 chat(s).',
    );
    expect(to(r, 'group:production')[0]).toBe(
      '**Retracted** — the last need-change notice for **Nordic Home AB** (HZ-2026-001) no longer holds (Bob Li 李波 took it back). Now:\n- Delivery date: by 2027-01-20 → by 2027-01-10',
    );
    expect(await dates('Nordic Home AB')).toEqual(['2027-01-10']);
  });

  it('a command while a question is pending is handled as a command, and the reply says the question is open', async () => {
    await t.say('bob', 'dm:bob', 'Carlos: we need 300 sets\nBob: ok');
    const r = to(await t.say('bob', 'dm:bob', '/customers'), 'dm:bob')[0]!;
    expect(r).toContain('Your customers (3)');
    expect(r).toContain('The earlier question is still open:\nWhich customer is this chat from?');
  });

  it('/fix … packaging plain white box keeps "plain white box"', async () => {
    const r = to(await t.say('bob', 'dm:bob', '/fix Nordic packaging plain white box'), 'dm:bob')[0]!;
    expect(r).toContain('plain white box');
    const p = await db()
      .selectFrom('needs')
      .select('value')
      .where('kind', '=', 'packaging')
      .where('status', '=', 'current')
      .executeTakeFirstOrThrow();
    expect(p.value).toEqual({ style: 'neutral', details: 'plain white box' });
  });

  it('help names handover and /web in English', async () => {
    const help = to(await t.say('bob', 'dm:bob', 'help'), 'dm:bob')[0]!;
    expect(help).toContain('/handover ACME to bob');
    expect(help).toContain('/web');
    expect(help).toContain('/undo');
  });
});
