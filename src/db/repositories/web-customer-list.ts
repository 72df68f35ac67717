// The web workspace's customer list: search by name, alias or code; filter by tier, stage, owner, overdue.
import { sql } from 'kysely';
import type { Db } from '../client.js';
import { visibleSql, type Scope } from './web-scope.js';

export interface ListFilters {
  q?: string;
  tier?: string;
  stage?: string;
  owner?: string;
  overdue?: boolean;
}

export interface ListedCustomer {
  id: string;
  code: string;
  name: string;
  aliases: string[];
  tier: string;
  stage: string;
  ownerId: string | null;
  ownerName: string | null;
  country: string | null;
  lastContactAt: Date | null;
  nextFollowUpAt: Date | null;
  overdue: boolean;
}

export async function listVisibleCustomers(
  db: Db,
  scope: Scope,
  f: ListFilters,
  now: Date,
  limit = 300,
): Promise<{ rows: ListedCustomer[]; total: number }> {
  let q = db
    .selectFrom('customers')
    .leftJoin('team_members as m', 'm.id', 'customers.owner_id')
    .where(visibleSql(scope));
  const term = f.q?.trim().toLowerCase();
  if (term) {
    const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(customers.name)`, 'like', like),
        eb(sql`lower(customers.code)`, 'like', like),
        eb(sql<boolean>`exists (select 1 from unnest(customers.aliases) a where lower(a) like ${like})`, '=', true),
      ]),
    );
  }
  if (f.tier) q = q.where('customers.tier', '=', f.tier);
  if (f.stage) q = q.where('customers.stage', '=', f.stage);
  if (f.owner === '-') q = q.where('customers.owner_id', 'is', null);
  else if (f.owner) q = q.where('customers.owner_id', '=', f.owner);
  if (f.overdue)
    q = q
      .where('customers.next_follow_up_at', '<', now)
      .where('customers.paused_until', 'is', null)
      .where('customers.stage', 'not in', ['lost', 'paused']);
  const [rows, count] = await Promise.all([
    q
      .select([
        'customers.id',
        'customers.code',
        'customers.name',
        'customers.aliases',
        'customers.tier',
        'customers.stage',
        'customers.owner_id',
        'm.name as owner_name',
        'customers.country',
        'customers.last_contact_at',
        'customers.next_follow_up_at',
        'customers.paused_until',
      ])
      .orderBy('customers.tier')
      .orderBy('customers.name')
      .limit(limit)
      .execute(),
    q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    rows: rows.map((r) => {
      const next = r.next_follow_up_at ? new Date(r.next_follow_up_at) : null;
      return {
        id: r.id,
        code: r.code,
        name: r.name,
        aliases: r.aliases ?? [],
        tier: r.tier,
        stage: r.stage,
        ownerId: r.owner_id,
        ownerName: r.owner_name,
        country: r.country,
        lastContactAt: r.last_contact_at ? new Date(r.last_contact_at) : null,
        nextFollowUpAt: next,
        overdue: next !== null && next < now && !r.paused_until && r.stage !== 'lost' && r.stage !== 'paused',
      };
    }),
  };
}
