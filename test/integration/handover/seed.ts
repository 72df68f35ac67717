// Seeds a customer with something in every package section: contacts, needs with
// quotes (and a caution), a recent change, follow-ups (quote, sample), orders with
// a partial payment, and a forwarded chat with a promise and an open question.
import type { Db } from '../../../src/db/client.js';

export interface SeededCustomer {
  id: string;
  code: string;
  name: string;
}

export async function seedCustomer(
  db: Db,
  opts: { name: string; code: string; owner: string; tier?: string; at: Date; aliases?: string[] },
): Promise<SeededCustomer> {
  const day = (n: number) => new Date(opts.at.getTime() - n * 86_400_000);
  const c = await db
    .insertInto('customers')
    .values({
      code: opts.code,
      name: opts.name,
      aliases: opts.aliases ?? [],
      tier: opts.tier ?? 'B',
      owner_id: opts.owner,
      stage: 'first_order',
      country: 'DE',
      language: 'en',
      notes: 'Distributor in Hamburg',
      created_at: day(90),
      updated_at: day(1),
    })
    .returning(['id', 'code', 'name'])
    .executeTakeFirstOrThrow();
  await db
    .insertInto('contacts')
    .values([
      {
        customer_id: c.id,
        name: 'Tom Becker',
        title: 'Purchasing manager',
        email: 'tom@acme.example',
        whatsapp: '+49 151 0000',
        is_primary: true,
      },
      { customer_id: c.id, name: 'Anna Vogel', title: 'QC', email: 'anna@acme.example' },
    ])
    .execute();
  const msg = await db
    .insertInto('messages')
    .values({
      platform: 'console',
      external_id: `seed-${opts.code}-1`,
      chat_id: `dm:${opts.owner}`,
      sender_member_id: opts.owner,
      sender_external_id: opts.owner,
      sender_name: opts.owner,
      state: 'done',
      raw: '{}',
      customer_id: c.id,
      sent_at: day(80),
      text: 'Tom Becker: Hello, we are looking for 5000 pcs of the steel bottles, can you quote?\nLily: Sure, I will send the quotation tomorrow.',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('messages')
    .values({
      platform: 'console',
      external_id: `seed-${opts.code}-2`,
      chat_id: `dm:${opts.owner}`,
      sender_member_id: opts.owner,
      sender_external_id: opts.owner,
      sender_name: opts.owner,
      state: 'done',
      raw: '{}',
      customer_id: c.id,
      sent_at: day(3),
      text: 'Lily: We will send the revised carton drawing by Friday.\nTom Becker: Can you also ship 200 pcs by air before Christmas?',
    })
    .execute();
  const need = (kind: string, value: unknown, evidence: string, daysAgo: number, slot = kind) => ({
    customer_id: c.id,
    kind,
    slot,
    value: JSON.stringify(value),
    evidence,
    speaker: 'Tom Becker',
    said_at: day(daysAgo),
    extractor: 'rules',
    message_id: msg.id,
    status: 'current' as const,
  });
  const inserted = await db
    .insertInto('needs')
    .values([
      need('quantity', { value: 5000, unit: 'pcs' }, 'we are looking for 5000 pcs of the steel bottles', 80),
      need('delivery_date', { date: '2027-01-20', constraint: 'by' }, 'we need them in Hamburg by 20 January', 5),
      need('logo', { required: true, details: 'laser engraved' }, 'our logo laser engraved on each bottle', 60),
      need('price_target', { amount: 2.1, currency: 'USD', unit: 'pcs' }, 'target is USD 2.10 per piece', 60),
      need('sample', { required: true }, 'please send 3 samples first', 70),
      need(
        'caution',
        { text: 'Never mention the competitor Kruger in writing' },
        'please never mention Kruger in emails',
        40,
      ),
    ])
    .returning(['id', 'kind'])
    .execute();
  const dd = inserted.find((n) => n.kind === 'delivery_date')!;
  const old = await db
    .insertInto('needs')
    .values({
      ...need('delivery_date', { date: '2027-01-10', constraint: 'by' }, 'by 10 January please', 30),
      status: 'superseded',
      superseded_by: dd.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('need_changes')
    .values({
      customer_id: c.id,
      kind: 'delivery_date',
      slot: 'delivery_date',
      from_need_id: old.id,
      to_need_id: dd.id,
      from_value: JSON.stringify({ date: '2027-01-10', constraint: 'by' }),
      to_value: JSON.stringify({ date: '2027-01-20', constraint: 'by' }),
      evidence: 'we need them in Hamburg by 20 January',
      said_by: 'Tom Becker',
      said_at: day(5),
      created_at: day(5),
    })
    .execute();
  await db
    .insertInto('follow_ups')
    .values([
      {
        customer_id: c.id,
        member_id: opts.owner,
        channel: 'email',
        summary: 'Sent quotation PI-2291 for 5000 pcs',
        happened_at: day(78),
      },
      {
        customer_id: c.id,
        member_id: opts.owner,
        channel: 'phone',
        summary: 'Samples shipped by DHL, Tom confirmed receipt',
        happened_at: day(65),
      },
      {
        customer_id: c.id,
        member_id: opts.owner,
        channel: 'phone',
        summary: 'After-sales: 12 bottles dented in transit, complaint settled with credit note',
        happened_at: day(10),
      },
    ])
    .execute();
  const o1 = await db
    .insertInto('orders')
    .values({
      customer_id: c.id,
      order_no: `${opts.code}-PO1`,
      ordered_at: day(50),
      amount: 10000,
      currency: 'USD',
      amount_cny: 72000,
      status: 'delivered',
      shipped_at: day(30),
      delivered_at: day(12),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('orders')
    .values({
      customer_id: c.id,
      order_no: `${opts.code}-PO2`,
      ordered_at: day(8),
      amount: 5000,
      currency: 'USD',
      amount_cny: 36000,
      status: 'open',
    })
    .execute();
  await db
    .insertInto('payments')
    .values([{ order_id: o1.id, customer_id: c.id, amount: 10000, currency: 'USD', paid_at: day(20) }])
    .execute();
  return c;
}
