// Generates docs/handover-session.md from a real run: the demo team talks to
// Baton through the console API and every reply below is what Baton sent.
//   npx tsx test/integration/handover/make-transcript.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp } from '../../helpers/test-app.js';
import { packageRoot } from '../../../src/core/package-root.js';

const out: string[] = [];
const t = await createTestApp();
const db = t.app.db.db;

async function say(from: string, chat: string, text: string): Promise<string[]> {
  const r = await t.say(from, chat, text);
  out.push(`**${from}** in \`${chat}\`:`, '', '```', text, '```', '');
  for (const x of r.body.replies ?? []) out.push(`→ **Baton** in \`${x.chat}\`:`, '', '```', x.text, '```', '');
  return (r.body.replies ?? []).map((x) => x.text);
}
async function tick(iso: string) {
  const r = await t.tick(iso);
  out.push(`*tick ${iso}*`, '');
  for (const x of r.body.sent ?? []) out.push(`→ **Baton** in \`${x.chat}\`:`, '', '```', x.text, '```', '');
}
const note = (s: string) => out.push(`> ${s}`, '');

out.push(
  '# Handover session (generated)',
  '',
  'A real console run (`npx tsx test/integration/handover/make-transcript.ts`): the demo team on a fresh database.',
  'Every "Baton" block is a reply Baton actually sent. Nothing was edited by hand.',
  '',
);

await tick('2026-11-24T09:00:00+08:00');
out.push("## Earlier chats: Lily forwards ACME's conversations", '');
await say(
  'lily',
  'dm:lily',
  [
    '客户：ACME',
    '10/12/26, 9:10 AM - Tom Becker: Hi Lily, we need 5000 pcs of the 500ml steel bottles',
    '10/12/26, 9:12 AM - Lily Chen: Hi Tom, I will send the quotation tomorrow',
    '10/12/26, 9:20 AM - Tom Becker: Our logo laser engraved on each bottle please. Please send 3 samples first',
    '10/12/26, 9:25 AM - Tom Becker: We need them in Hamburg by 10 January',
    '10/12/26, 9:30 AM - Tom Becker: Target price USD 2.10 per piece',
  ].join('\n'),
);
await tick('2026-11-30T09:00:00+08:00');
await say(
  'lily',
  'dm:lily',
  [
    '客户：ACME',
    '11/27/26, 10:00 AM - Tom Becker: Sorry Lily, change of plan: we need them in Hamburg by 20 January',
    '11/27/26, 10:05 AM - Tom Becker: Be careful: our boss is very sensitive about competitors, never mention Kruger in emails',
    '11/27/26, 10:06 AM - Lily Chen: Understood. We will send the revised carton drawing by Friday',
    '11/27/26, 10:10 AM - Tom Becker: Did you get my email about the carton drawing?',
  ].join('\n'),
);
await say('lily', 'dm:lily', 'ACME 跟进了：打电话确认样品已收到，Tom 很满意');

// Contacts and orders reach Baton from the ERP/sheet import, not from chat: add them the way an import would.
const acme = await db
  .selectFrom('customers')
  .select(['id', 'name', 'code', 'owner_id'])
  .where('name', 'ilike', '%acme%')
  .executeTakeFirstOrThrow();
await db
  .insertInto('contacts')
  .values({
    customer_id: acme.id,
    name: 'Tom Becker',
    title: 'Purchasing manager',
    email: 'tom@acme.example',
    is_primary: true,
  })
  .execute();
const po = await db
  .insertInto('orders')
  .values({
    customer_id: acme.id,
    order_no: 'PO-2291',
    ordered_at: '2026-10-20',
    amount: 10000,
    currency: 'USD',
    amount_cny: 72000,
    status: 'shipped',
    shipped_at: '2026-11-10',
  })
  .returning('id')
  .executeTakeFirstOrThrow();
await db
  .insertInto('payments')
  .values({ order_id: po.id, customer_id: acme.id, amount: 3000, currency: 'USD', paid_at: '2026-10-22' })
  .execute();
note(
  `Imported (as the ERP sheet import would): contact Tom Becker; order PO-2291 USD 10,000 shipped, USD 3,000 paid. Customer ${acme.name} (${acme.code}) is owned by ${acme.owner_id}.`,
);

await tick('2026-12-01T10:00:00+08:00');
out.push("## Bob may not hand over Lily's customer", '');
await say('bob', 'dm:bob', '把ACME交接给赵磊');
out.push('## Lily hands ACME over to Bob', '');
const started = await say('lily', 'dm:lily', '把ACME交接给李波');
const link = /(http:\/\/\S+\/handovers\/\S+)/.exec(started.join('\n'))?.[1];
if (link) {
  const page = await t.app.server.inject({ method: 'GET', url: link.replace(/^http:\/\/[^/]+/, '') });
  const text = page.body
    .replace(/<head>[\s\S]*?<\/head>/, '')
    // Line breaks in the HTML source are layout, not content: only block tags start a line.
    .replace(/\s+/g, ' ')
    .replace(/<(h[123]|li|p|section|article|nav|br)[^>]*>/g, '\n')
    .replace(/<q>/g, '  「')
    .replace(/<\/q>/g, '」')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)))
    .replace(/&(amp|lt|gt|quot);/g, (_m, n: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[n]!)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
  out.push(
    `The package page Bob's link opens (\`GET ${link.replace(/^http:\/\/[^/]+/, '')}\`, HTML reduced to text):`,
    '',
    '```',
    text,
    '```',
    '',
  );
}
out.push('## Bob asks, Lily answers', '');
await say('bob', 'dm:bob', '交货期定了吗？');
await say('lily', 'dm:lily', '定了，1月20日前到汉堡，Tom 邮件确认过。包装还没谈，记得问他。');
out.push('## Bob signs off; ownership moves', '');
await say('bob', 'dm:bob', '确认接收');
const after = await db.selectFrom('customers').select('owner_id').where('id', '=', acme.id).executeTakeFirstOrThrow();
const audit = await db
  .selectFrom('audit_log')
  .select(['action', 'actor', 'at'])
  .where('entity', '=', 'handover')
  .orderBy('at')
  .execute();
note(
  `Owner of ${acme.name} after sign-off: ${after.owner_id}. Audit: ${audit.map((a) => `${a.action} by ${a.actor}`).join('; ')}.`,
);
await say('bob', 'dm:bob', 'ACME 要什么？');

writeFileSync(join(packageRoot(), 'docs', 'handover-session.md'), `${out.join('\n')}\n`);
await t.close();
