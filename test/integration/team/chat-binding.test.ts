// Binding a group to a role audience or to a customer, and who may.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';

let t: TestApp;
const reply = async (from: string, chat: string, text: string) =>
  (await t.say(from, chat, text)).body.replies?.[0]?.text ?? '';
const kinds = async (chat: string) =>
  (
    await t.app.db.db
      .selectFrom('subscriptions')
      .select('kind')
      .where('chat_id', '=', chat)
      .where('customer_id', 'is', null)
      .orderBy('kind')
      .execute()
  ).map((r) => r.kind);
const chat = (id: string) =>
  t.app.db.db.selectFrom('chats').select(['has_external']).where('id', '=', id).executeTakeFirstOrThrow();

beforeAll(async () => {
  t = await createTestApp();
  await t.app.db.db
    .insertInto('customers')
    .values({ code: 'HZ-2026-201', name: 'Nordic Living AB', owner_id: 'lily' })
    .execute();
});
afterAll(async () => {
  await t?.close();
});

describe('/bind', () => {
  it('a rep may not bind a chat', async () => {
    expect(await reply('lily', 'group:after-sales', '/bind logistics')).toContain('Only an admin or a supervisor');
  });

  it("a supervisor binds a group to an audience: it is subscribed to that audience's kinds of need", async () => {
    expect(await reply('wang', 'group:after-sales', '/bind logistics')).toContain('Bound to logistics');
    expect(await kinds('group:after-sales')).toEqual(['delivery_date', 'destination', 'incoterm', 'packaging']);
    expect(await reply('wang', 'group:after-sales', '/绑定 售后')).toContain('已绑定为售后群');
    expect(await kinds('group:after-sales')).toEqual(['caution', 'certification', 'product', 'spec']);
  });

  it('binding to a customer makes it an external group; an admin can say otherwise where the platform cannot tell', async () => {
    expect(await reply('wang', 'group:after-sales', '/bind customer Nordic Living')).toContain(
      'Bound to customer Nordic Living AB',
    );
    expect((await chat('group:after-sales')).has_external).toBe(true);
    const link = await t.app.db.db
      .selectFrom('customer_chats')
      .select('chat_id')
      .where('chat_id', '=', 'group:after-sales')
      .execute();
    expect(link).toHaveLength(1);
    expect(await reply('wang', 'group:after-sales', '/bind external off')).toContain('team only');
    expect((await chat('group:after-sales')).has_external).toBe(false);
    expect(await reply('wang', 'group:after-sales', '/unbind')).toContain('已解绑'); // a bare command: Wang's language;
    expect(await kinds('group:after-sales')).toEqual([]);
  });
});
