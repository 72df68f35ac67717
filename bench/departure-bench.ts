// Departure handover at scale: a rep with 2,000 customers leaves (seeded by SQL on
// in-memory PGlite: contacts, current needs with a caution, a need change,
// follow-ups, orders with a payment, and a forwarded chat per customer), and the
// supervisor hands them all to two colleagues. Times reading and building the
// packages (prepareHandover) and recording the batch (recordHandover) apart.
import { sql } from 'kysely';
import { openDb } from '../src/db/client.js';
import { migrate } from '../src/db/migrator.js';
import { createRepositories } from '../src/db/repositories/index.js';
import { seedDemoTeam } from '../src/services/demo-team.js';
import { prepareHandover, recordHandover } from '../src/services/handover/start-handover.js';
import { parseHandoverArgs } from '../src/core/handover/parse-command.js';

const ms = (t0: number) => Math.round(performance.now() - t0);

export async function benchDeparture(
  opts: { customers?: number } = {},
): Promise<{ name: string; figures: Record<string, number | string> }> {
  const n = opts.customers ?? 2_000;
  const h = await openDb({ dataDir: 'memory://' });
  try {
    await migrate(h.db);
    const repos = createRepositories(h.db);
    await seedDemoTeam(repos);
    const now = new Date('2026-11-23T01:00:00Z'); // Monday 09:00 in Shanghai
    const ago = (days: number) => sql`${now}::timestamptz - ${`${days} days`}::interval`;
    let t0 = performance.now();
    await sql`insert into customers (code, name, tier, owner_id, stage, country, created_at, updated_at)
      select 'DP-' || g, 'Departure customer ' || g, (array['A','B','B','C','C','C','D','D'])[1 + g % 8], 'lily',
             'first_order', 'DE', ${ago(90)}, ${ago(1)}
      from generate_series(1, ${n}) g`.execute(h.db);
    await sql`insert into contacts (customer_id, name, title, email, is_primary)
      select id, 'Tom Becker', 'Purchasing', 'tom' || id || '@x.example', true from customers
      union all select id, 'Anna Vogel', 'QC', null, false from customers`.execute(h.db);
    await sql`insert into messages (platform, external_id, chat_id, sender_member_id, sender_external_id, sender_name, state, raw, customer_id, sent_at, text)
      select 'console', 'dp-' || id || '-' || k, 'dm:lily', 'lily', 'lily', 'lily', 'done', '{}', id, ${ago(80)} + k * interval '20 days',
             case when k = 0 then E'Tom Becker: Hello, we need 5000 pcs, can you quote?\nLily: Sure, I will send the quotation tomorrow.'
                  else E'Lily: We will send the revised drawing by Friday.\nTom Becker: Can you also ship 200 pcs by air?' end
      from customers, generate_series(0, 2) k`.execute(h.db);
    await sql`insert into needs (customer_id, kind, slot, value, evidence, speaker, said_at, extractor, status)
      select id, x.kind, x.kind, x.value::jsonb, x.evidence, 'Tom Becker', ${ago(20)}, 'rules', 'current'
      from customers, (values
        ('quantity', '{"value":5000,"unit":"pcs"}', 'we need 5000 pcs'),
        ('delivery_date', '{"date":"2027-01-20","constraint":"by"}', 'by 20 January'),
        ('price_target', '{"amount":2.1,"currency":"USD","unit":"pcs"}', 'target USD 2.10'),
        ('sample', '{"required":true}', 'send 3 samples first'),
        ('caution', '{"text":"Never mention Kruger"}', 'never mention Kruger')) as x(kind, value, evidence)`.execute(
      h.db,
    );
    await sql`insert into need_changes (customer_id, kind, slot, from_value, to_value, evidence, said_by, said_at, created_at)
      select id, 'delivery_date', 'delivery_date', '{"date":"2027-01-10"}', '{"date":"2027-01-20"}', 'by 20 January',
             'Tom Becker', ${ago(5)}, ${ago(5)} from customers`.execute(h.db);
    await sql`insert into follow_ups (customer_id, member_id, channel, summary, happened_at)
      select id, 'lily', 'phone', s, ${ago(70)} + k * interval '25 days' from customers,
        (values (0, 'Sent quotation PI-2291'), (1, 'Samples shipped by DHL'), (2, 'Complaint settled with credit note')) as x(k, s)`.execute(
      h.db,
    );
    await sql`insert into orders (customer_id, order_no, ordered_at, amount, currency, amount_cny, status)
      select id, code || '-PO' || k, ${ago(50)} + k * interval '30 days', 1000 * (1 + (hashtext(id::text) % 50 + 50) % 50), 'USD',
             7200 * (1 + (hashtext(id::text) % 50 + 50) % 50), case when k = 0 then 'delivered' else 'open' end
      from customers, generate_series(0, 1) k`.execute(h.db);
    await sql`insert into payments (order_id, customer_id, amount, currency, paid_at)
      select id, customer_id, amount, currency, ${ago(20)} from orders where status = 'delivered'`.execute(h.db);
    const seedMs = ms(t0);
    await sql`analyze`.execute(h.db);

    const team = await repos.team.listMembers();
    const wang = team.find((m) => m.id === 'wang')!;
    const cmd = parseHandoverArgs('handover', 'all lily to bob,sun');
    if (cmd?.kind !== 'start') throw new Error('bench: the handover command did not parse');
    const env = { repos, now, tz: 'Asia/Shanghai', baseUrl: 'http://localhost:8080' };
    t0 = performance.now();
    const prep = await prepareHandover(env, wang, cmd, 'en');
    const prepareMs = ms(t0);
    if (!prep.ok) throw new Error(`bench: handover refused: ${prep.reply}`);
    t0 = performance.now();
    const out = await repos.transaction((tx) => recordHandover({ ...env, repos: tx }, wang, prep, 'en'));
    const recordMs = ms(t0);
    const rows = await h.db
      .selectFrom('handovers')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('batch_id', '=', out.batchId)
      .executeTakeFirstOrThrow();
    const withNeeds = [...prep.packages.values()].filter((p) => p.needs.length === 4 && p.cautions.length === 1);
    return {
      name: `departure handover (${n.toLocaleString('en-US')} customers to 2 receivers, ${h.kind})`,
      figures: {
        'seed by SQL (ms)': seedMs,
        'read + build packages (ms)': prepareMs,
        'record batch + notices (ms)': recordMs,
        'total (ms)': prepareMs + recordMs,
        'handovers recorded': Number(rows.n),
        'packages with 4 needs + caution': withNeeds.length,
        'notices queued': out.notices.length,
      },
    };
  } finally {
    await h.close();
  }
}
