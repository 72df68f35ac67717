// The scale bench's data, by SQL (generate_series): `n` customers (SC-000001 …, the
// even ones Lily's, the odd ones Bob's), one contact each (王<g>经理 for even g,
// "Mr Lee<g>" for odd), and ten current needs each. Seconds, not minutes, at 100,000.
import { sql } from 'kysely';
import type { Db } from '../src/db/client.js';

const NEEDS: [kind: string, slot: string, value: string, evidence: string][] = [
  ['delivery_date', 'delivery_date', '{"date":"2026-12-20","constraint":"by"}', '12月20日前到货'],
  ['lead_time', 'lead_time', '{"days":30}', '30天交货'],
  ['quantity', 'quantity', '{"value":20000,"unit":"pcs"}', '要2万个'],
  ['product', 'product', '{"name":"PVC鞋花"}', 'PVC鞋花'],
  ['logo', 'logo', '{"required":true}', '要定制logo'],
  ['packaging', 'packaging', '{"style":"neutral"}', '中性包装'],
  ['incoterm', 'incoterm', '{"term":"FOB","place":"Ningbo"}', 'FOB Ningbo'],
  ['destination', 'destination', '{"country":"DE","port":"Hamburg"}', '发到汉堡'],
  ['spec', 'spec:color', '{"attribute":"color","value":"red"}', '红色'],
  ['certification', 'certification:CE', '{"name":"CE"}', '要CE认证'],
];

export async function seedScale(db: Db, n: number): Promise<void> {
  const at = new Date('2026-11-01T02:00:00Z');
  await sql`insert into customers (code, name, aliases, tier, owner_id, stage, last_contact_at, created_at, updated_at)
    select 'SC-' || lpad(g::text, 6, '0'), 'Acme' || g || ' Trading', array['AC' || g], (array['A','B','C','D'])[1 + g % 4],
           case when g % 2 = 0 then 'lily' else 'bob' end, 'inquiry', ${at}::timestamptz, ${at}::timestamptz, ${at}::timestamptz
    from generate_series(1, ${n}) g`.execute(db);
  await sql`insert into contacts (customer_id, name, created_at)
    select id, case when substr(code, 4)::int % 2 = 0 then '王' || substr(code, 4)::int || '经理'
                    else 'Mr Lee' || substr(code, 4)::int end, ${at}::timestamptz
    from customers where code like 'SC-%'`.execute(db);
  for (const [kind, slot, value, evidence] of NEEDS) {
    await sql`insert into needs (customer_id, kind, slot, value, evidence, speaker, said_at, extractor, created_at)
      select id, ${kind}, ${slot}, ${value}::jsonb, ${evidence}, 'customer', ${at}::timestamptz, 'import', ${at}::timestamptz
      from customers where code like 'SC-%'`.execute(db);
  }
  await sql`analyze`.execute(db);
}
