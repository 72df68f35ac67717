// `/invite rep` gives a one-time code in a direct chat; `/join CODE` from an unknown
// WhatsApp number makes them a member with that role, linked to that number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { ingestMessages } from '../../../src/services/ingest.js';
import { findRosterMember } from '../../../src/db/repositories/members.js';
import type { Platform } from '../../../src/core/types.js';

let t: TestApp;
let seq = 0;

async function send(platform: Platform, from: string, chat: string, text: string, name?: string): Promise<string[]> {
  const id = `m-${++seq}`;
  const r = await ingestMessages(t.app.deps, [
    {
      platform,
      externalId: id,
      chatExternalId: chat,
      chatType: chat.startsWith('group') ? 'group' : 'direct',
      senderExternalId: from,
      senderName: name,
      text,
      sentAt: t.app.clock.now(),
      raw: {},
    },
  ]);
  await t.app.drain();
  const rows = await t.app.db.db
    .selectFrom('outbox')
    .select(['text'])
    .where('source_message_id', '=', r.stored[0]!)
    .where('kind', '=', 'reply')
    .orderBy('seq')
    .execute();
  return rows.map((x) => x.text);
}

beforeAll(async () => {
  t = await createTestApp({ workers: false });
});
afterAll(async () => {
  await t?.close();
});

describe('invite codes', () => {
  let code = '';

  it('a supervisor invites a rep in a direct chat and gets a code', async () => {
    const [reply] = await send('console', 'wang', 'dm:wang', '/invite rep');
    code = /([2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4})/.exec(reply ?? '')?.[1] ?? '';
    expect(code).not.toBe('');
    expect(reply).toContain('(rep, reports to wang; valid 7 days, once)');
    expect(reply).toContain(`/join ${code}`);
  });

  it('refuses in a group and for a rep', async () => {
    expect((await send('console', 'wang', 'group:production', '/invite rep'))[0]).toContain(
      'only given in a direct chat',
    );
    expect((await send('console', 'lily', 'dm:lily', '/邀请 业务员'))[0]).toContain('只有管理员');
  });

  it('an unknown WhatsApp number joins with the code and is then a member', async () => {
    const before = await send('whatsapp', '8613911112222', '8613911112222', 'hello');
    expect(before[0]).toMatch(/not registered/);
    const [welcome] = await send(
      'whatsapp',
      '8613911112222',
      '8613911112222',
      `/join ${code.toLowerCase().replace('-', ' ')}`,
      'Amy Wu',
    );
    expect(welcome).toBe('Welcome to the team! You are amy (rep). Send "help" to see what I can do.');
    expect(await findRosterMember(t.app.db.db, 'amy')).toMatchObject({
      role: 'rep',
      reportsTo: 'wang',
      language: 'en',
      identities: expect.arrayContaining([{ platform: 'whatsapp', externalId: '8613911112222' }]),
    });
    const [help] = await send('whatsapp', '8613911112222', '8613911112222', 'help');
    expect(help).toContain('Baton can:');
  });

  it('a code works once', async () => {
    const [again] = await send('whatsapp', '14155550123', '14155550123', `/join ${code}`);
    expect(again).toContain('not valid, used or expired');
    expect(await findRosterMember(t.app.db.db, '14155550123')).toBeUndefined();
  });
});
