// After a departure, the former owner keeps away from the customers for a month:
// no reminders, no contact. The cadence asks here before reminding anyone.
//   isUnderDepartureQuarantine(db, customerId, now) → boolean
//   departureQuarantine(db, customerId, now) → { formerOwnerId, until } | undefined
//   quarantinedCustomerIds(db, formerOwnerId, now) → customer ids to skip for that member
// A departure still waiting for sign-off counts too (the old rep is on the way out).
import type { Db } from '../../db/client.js';

function active(db: Db, now: Date) {
  return db.selectFrom('handovers').where('kind', '=', 'departure')
    .where((eb) => eb.or([
      eb('status', 'in', ['pending', 'questioned']),
      eb.and([eb('status', '=', 'signed'), eb('quarantine_until', '>', now)]),
    ]));
}

export async function departureQuarantine(db: Db, customerId: string, now: Date): Promise<{ formerOwnerId: string; until: Date | null } | undefined> {
  const r = await active(db, now).select(['from_member_id', 'quarantine_until']).where('customer_id', '=', customerId)
    .where('from_member_id', 'is not', null).orderBy('created_at', 'desc').executeTakeFirst();
  return r?.from_member_id ? { formerOwnerId: r.from_member_id, until: r.quarantine_until ? new Date(r.quarantine_until) : null } : undefined;
}

export async function isUnderDepartureQuarantine(db: Db, customerId: string, now: Date): Promise<boolean> {
  return (await departureQuarantine(db, customerId, now)) !== undefined;
}

export async function quarantinedCustomerIds(db: Db, formerOwnerId: string, now: Date): Promise<string[]> {
  const rows = await active(db, now).select('customer_id').where('from_member_id', '=', formerOwnerId).execute();
  return [...new Set(rows.map((r) => r.customer_id))];
}
