// "now() + N ms" on the database clock: leases and retry times must agree across
// replicas, so they are computed by Postgres, not by each process's own clock.
import { sql, type RawBuilder } from 'kysely';

export function dbNowPlus(ms: number): RawBuilder<Date> {
  return sql<Date>`now() + ${sql.lit(`${Math.max(1, Math.ceil(ms))} milliseconds`)}::interval`;
}
