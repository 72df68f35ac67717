// The workspace for a Chinese member speaks Chinese: need values, stages, tiers, extractors,
// contact kinds, channels and statuses all come from the zh catalogue — none of their English
// renderings appear outside the customer's own words (quotes and chat text). The timeline shows the
// customer's chats and changes with before → after, not a rep's questions to the bot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { seedCustomer, type SeededCustomer } from '../handover/seed.js';
import { signIn } from './helpers.js';
import { label, tr, type LabelGroup } from '../../../src/core/i18n/index.js';
import { formatValue } from '../../../src/core/i18n/need-values.js';

/** The page's text without markup and without what people wrote (quotes, chat lines, follow-up notes). */
function ourWords(page: string): string {
  return page
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<blockquote[\s\S]*?<\/blockquote>|<q>[\s\S]*?<\/q>|<span class="said">[\s\S]*?<\/span>/g, ' ')
    .replace(/<td class="note">[\s\S]*?<\/td>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ');
}

describe('the workspace for a Chinese member', () => {
  let t: TestApp;
  let acme: SeededCustomer;
  let lily = '';
  let wang = '';
  const needs: { kind: string; value: Record<string, unknown> }[] = [];
  beforeAll(async () => {
    t = await createTestApp();
    await t.tick('2026-11-23T09:00:00+08:00');
    acme = await seedCustomer(t.app.db.db, {
      name: 'ACME Trading',
      code: 'HZ-2026-001',
      owner: 'lily',
      at: t.app.clock.now(),
    });
    const db = t.app.db.db;
    const extra = [
      { kind: 'packaging', value: { style: 'neutral' } },
      { kind: 'lead_time', value: { days: 30 } },
      { kind: 'payment_terms', value: { method: 'T/T', deposit_percent: 30 } },
      { kind: 'spec', value: { attribute: 'voltage', value: '220V' } },
    ];
    await db
      .insertInto('needs')
      .values(
        extra.map((n) => ({
          customer_id: acme.id,
          kind: n.kind,
          slot: n.kind,
          value: JSON.stringify(n.value),
          evidence: 'as the customer wrote it',
          extractor: 'manual',
          status: 'current' as const,
        })),
      )
      .execute();
    for (const n of await db.selectFrom('needs').select(['kind', 'value']).where('customer_id', '=', acme.id).execute())
      needs.push({ kind: n.kind, value: n.value as Record<string, unknown> });
    // lily asks the bot about ACME: a question, not something the customer said.
    await t.say('lily', 'dm:lily', 'ACME 的交货期是什么？');
    lily = await signIn(t, 'lily');
    wang = await signIn(t, 'wang');
  });
  afterAll(async () => {
    await t?.close();
  });
  const get = async (cookie: string, url: string) => {
    const r = await t.app.server.inject({ method: 'GET', url, headers: { cookie } });
    expect(r.statusCode, url).toBe(200);
    return r.body;
  };

  it('shows every need value in Chinese and none in English on the customer page', async () => {
    const body = await get(lily, `/web/customers/${acme.id}`);
    const words = ourWords(body);
    expect(needs.length).toBeGreaterThan(8);
    for (const n of needs) {
      const zh = formatValue(n.kind, n.value, 'zh');
      const en = formatValue(n.kind, n.value, 'en');
      if (n.kind === 'price_target') continue; // money: hidden for some roles, and the same in both languages
      expect(words, `${n.kind} in Chinese`).toContain(zh);
      if (en !== zh) expect(words, `${n.kind} in English`).not.toContain(en);
    }
  });

  it('labels stages, tiers, extractors, contact kinds, channels and statuses in Chinese', async () => {
    const pages = [
      await get(lily, `/web/customers/${acme.id}`),
      await get(lily, '/web/customers'),
      await get(wang, '/web/dashboard'),
      await get(lily, '/web/import'),
    ].map(ourWords);
    const groups: [LabelGroup, string[]][] = [
      ['label.stage', ['lead', 'inquiry', 'intent', 'sample', 'first_order', 'repeat', 'loyal', 'lost', 'paused']],
      ['label.tier', ['A', 'B', 'C', 'D']],
      ['label.extractor', ['rules', 'llm', 'manual', 'import']],
      ['label.contact_kind', ['phone', 'email', 'wechat']],
      ['label.channel', ['phone', 'email', 'visit', 'meeting']],
      ['label.import_kind', ['customers', 'orders', 'followups']],
    ];
    for (const [group, values] of groups)
      for (const v of values) {
        const en = label('en', group, v);
        expect(label('zh', group, v), `${group}.${v} has Chinese`).not.toBe(en);
        const re = new RegExp(`(^|[^A-Za-z])${en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z])`);
        for (const words of pages) expect(words, `${group}.${v} → "${en}"`).not.toMatch(re);
      }
    expect(pages[0]).toContain(label('zh', 'label.extractor', 'manual'));
    expect(pages[0]).toContain(label('zh', 'label.contact_kind', 'email'));
  });

  it('answers a bare /web from a Chinese member in Chinese', async () => {
    const r = await t.say('lily', 'dm:lily', '/web');
    const text = r.body.replies?.find((x) => x.chat === 'dm:lily')?.text ?? '';
    const url = /https?:\/\/\S+\/web\/login\?token=[A-Za-z0-9_-]+/.exec(text)?.[0] ?? 'none';
    expect(text).toBe(tr('zh', 'web_auth.web_link_command.your_sign_in_link_for', { minutes: 15, url }));
  });

  it('the timeline has the forwarded chats and the change with before → after, not the question to the bot', async () => {
    const body = await get(lily, `/web/customers/${acme.id}`);
    const timeline = body.slice(body.indexOf('id="timeline"'));
    expect(timeline).toContain('Can you also ship 200 pcs by air');
    expect(timeline).not.toContain('ACME 的交货期是什么');
    const from = formatValue('delivery_date', { date: '2027-01-10', constraint: 'by' }, 'zh');
    const to = formatValue('delivery_date', { date: '2027-01-20', constraint: 'by' }, 'zh');
    expect(ourWords(timeline).replace(/\s+/g, ' ')).toContain(`${from} → ${to}`);
    expect(timeline).not.toMatch(/dm:lily/);
  });
});
