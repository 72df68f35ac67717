// A forwarded quote that carries a price shows no price where money may not be shown: in a
// chat with outsiders, in the order clerk's notice, and on the order clerk's handover page.
// In an external group bound to a customer, Baton talks about that customer only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { AdjustableClock } from '../../../src/core/clock.js';

const QUOTE = '我们要3000个，目标价2.5美元一个，圣诞节前到货';
const PRICE = /2\.5|美元|USD|\$/;
/** What a page shows: its stylesheet and scripts hold numbers such as `stroke-width:2.5` that are not prices. */
const shownText = (html: string) => html.replace(/<(style|script)\b[\s\S]*?<\/\1>/g, '');

let t: TestApp;
const texts = (r: Awaited<ReturnType<TestApp['say']>>, chat?: string) =>
  (r.body.replies ?? []).filter((x) => !chat || x.chat === chat).map((x) => x.text);

beforeAll(async () => {
  // A clock of our own (the test must not depend on today's date): it runs from 2026-11-20 10:00 Shanghai.
  const start = new Date('2026-11-20T02:00:00Z').getTime();
  const began = performance.now();
  t = await createTestApp({
    app: { clock: new AdjustableClock({ now: () => new Date(start + (performance.now() - began)) }) },
  });
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe('money in quotes', () => {
  it('shows the forwarded quote in group:acme-external with its words but without the price', async () => {
    const r = await t.say(
      'lily',
      'group:acme-external',
      ['客户：ACME Trading', '张总 2026-11-19 10:02', QUOTE].join('\n'),
    );
    expect(r.status).toBe(200);
    const inGroup = texts(r, 'group:acme-external').join('\n');
    expect(inGroup).toContain('我们要3000个');
    expect(inGroup).toContain('圣诞节前到货');
    expect(inGroup).toContain('…');
    expect(inGroup).not.toMatch(PRICE);
    // The order clerk hears about the new needs in a direct chat, without the price either.
    const toZhao = texts(r, 'dm:zhao').join('\n');
    expect(toZhao).not.toMatch(PRICE);
    // Lily asking in her own direct chat sees the customer's exact words.
    const mine = texts(await t.say('lily', 'dm:lily', 'ACME Trading 要什么？'), 'dm:lily').join('\n');
    expect(mine).toContain(QUOTE);
  });

  it('masks the price on the order clerk’s handover page, and keeps it on the rep’s', async () => {
    const r = await t.say('lily', 'dm:lily', '/handover ACME Trading stage fulfilment to zhao');
    expect(r.status).toBe(200);
    const rows = await t.app.db.db
      .selectFrom('handover_recipients')
      .select(['batch_id', 'token', 'member_id'])
      .execute();
    const zhao = rows.find((x) => x.member_id === 'zhao');
    expect(zhao, JSON.stringify(texts(r))).toBeDefined();
    const page = await t.app.server.inject({
      method: 'GET',
      url: `/handovers/${zhao!.batch_id}?k=${zhao!.token}&lang=zh`,
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('我们要3000个');
    expect(shownText(page.body)).not.toMatch(PRICE);
    for (const text of texts(r, 'dm:zhao')) expect(text).not.toMatch(PRICE);
  });

  it('in an external group bound to ACME, answers about another customer only with a pointer to a direct chat', async () => {
    await t.say(
      'lily',
      'dm:lily',
      ['客户：Nordwind GmbH', 'Jan 2026-11-19 09:00', 'We need 200 units, target price EUR 14 each'].join('\n'),
    );
    expect((await t.say('lily', 'group:acme-external', '/cadence link ACME Trading')).status).toBe(200);
    const zh = texts(await t.say('lily', 'group:acme-external', 'Nordwind GmbH 要什么？'), 'group:acme-external');
    expect(zh).toEqual(['这个群有外部成员，只谈ACME Trading。其他客户请私聊我。']);
    const en = texts(
      await t.say('wang', 'group:acme-external', 'what does Nordwind GmbH need?'),
      'group:acme-external',
    ).join('\n');
    expect(en).toMatch(/direct chat/);
    expect(en).not.toMatch(/200|14|units/);
    // ACME itself is still discussed there.
    const acme = texts(
      await t.say('lily', 'group:acme-external', 'what does ACME Trading need?'),
      'group:acme-external',
    ).join('\n');
    expect(acme).toContain('3000');
    expect(acme).not.toMatch(PRICE);
  });
});
