// A rep with more customers than any list used to hold (1,000): the count is the
// real one, the list pages in SQL, a supervisor's count follows reports-to, and the
// "which customer?" choices come from SQL too, in Chinese and English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { to } from './conversation-helpers.js';

const MANY = 1_205;

describe('a rep with more than 1,000 customers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const db = t.app.db.db;
    const at = new Date('2026-11-01T00:00:00Z');
    const rows = Array.from({ length: MANY }, (_, i) => ({
      code: `BULK-${String(i + 1).padStart(5, '0')}`,
      name: `Bulk Customer ${String(i + 1).padStart(5, '0')}`,
      owner_id: 'lily',
      created_at: at,
      updated_at: at,
    }));
    for (let i = 0; i < rows.length; i += 400)
      await db
        .insertInto('customers')
        .values(rows.slice(i, i + 400))
        .execute();
    await db
      .insertInto('customers')
      .values({ code: 'ZEN-001', name: 'Zenith Hardware', owner_id: 'bob', created_at: at, updated_at: at })
      .execute();
    // Past the 1,000th in name order: a capped list never offered it.
    await db
      .updateTable('customers')
      .set({ last_contact_at: new Date('2026-11-20T00:00:00Z') })
      .where('code', '=', 'BULK-01100')
      .execute();
  });
  afterAll(async () => {
    await t.close();
  });

  it('states the full count and shows the first page with how to see more', async () => {
    const zh = to(await t.say('lily', 'dm:lily', '我有哪些客户？'), 'dm:lily')[0]!.split('\n');
    expect(zh[0]).toBe('你的客户（共 1,205 个，第 1–30 个）：');
    expect(zh[1]).toBe('- Bulk Customer 00001（BULK-00001，C类）');
    expect(zh).toHaveLength(32);
    expect(zh[31]).toBe('更多：发送 /customers page 2（共 41 页），或在工作台的客户列表查看全部。');
    const en = to(await t.say('lily', 'dm:lily', 'my customers'), 'dm:lily')[0]!.split('\n');
    expect(en[0]).toBe('Your customers (1,205, showing 1–30):');
    expect(en[31]).toBe("More: send /customers page 2 (41 pages), or see them all in the workspace's customer list.");
  });

  it('pages with /customers page N, /customers N and /客户 第N页, to the last page and past it', async () => {
    const p2 = to(await t.say('lily', 'dm:lily', '/customers page 2'), 'dm:lily')[0]!.split('\n');
    expect(p2[0]).toBe('Your customers (1,205, showing 31–60):');
    expect(p2[1]).toBe('- Bulk Customer 00031 (BULK-00031, tier C)');
    // Only a number after the command: lily's own language.
    const last = to(await t.say('lily', 'dm:lily', '/customers 41'), 'dm:lily')[0]!.split('\n');
    expect(last[0]).toBe('你的客户（共 1,205 个，第 1201–1205 个）：');
    expect(last).toHaveLength(6);
    expect(to(await t.say('lily', 'dm:lily', '/customers page 42'), 'dm:lily')[0]).toBe(
      'There is no page 42: 1,205 customers, 41 pages.',
    );
    const zh3 = to(await t.say('lily', 'dm:lily', '/客户 第3页'), 'dm:lily')[0]!.split('\n');
    expect(zh3[0]).toBe('你的客户（共 1,205 个，第 61–90 个）：');
    expect(zh3[1]).toBe('- Bulk Customer 00061（BULK-00061，C类）');
  });

  it("counts a supervisor's team in SQL (reports-to), beyond 1,000", async () => {
    const r = to(await t.say('wang', 'dm:wang', '/customers'), 'dm:wang')[0]!.split('\n');
    expect(r[0]).toBe('你能看到的客户（共 1,206 个，第 1–30 个）：'); // a bare command: Wang's language
  });

  it('offers the most recent own customers as choices for an unnamed chat, found in SQL', async () => {
    const chat = 'Tom: we need 300 sets, CE certified\nLily: ok\nTom: deliver to Hamburg';
    const q = to(await t.say('lily', 'dm:lily', chat), 'dm:lily')[0]!.split('\n');
    expect(q[0]).toBe(
      'Which customer is this chat from? Reply with a number, or with a new name to create the customer:',
    );
    expect(q[1]).toBe('1. Bulk Customer 01100 (BULK-01100)');
    expect(q).toHaveLength(7);
    expect(q[6]).toBe("6. new customer (reply with the new customer's name)");
    const bob = to(await t.say('bob', 'dm:bob', chat.replace('Lily', 'Bob')), 'dm:bob')[0]!.split('\n');
    expect(bob.slice(1)).toEqual([
      '1. Zenith Hardware (ZEN-001)',
      "2. new customer (reply with the new customer's name)",
    ]);
  });
});
