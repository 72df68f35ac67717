// The team (every member, as listMembers reads it) kept in memory per database, since
// almost every message needs it to decide who may see what. A trigger on team_members
// takes the next version of team_version on every write (migration 0018), so each
// message asks one cheap question ("has the version moved?") instead of reading the
// whole team, and several replicas sharing the database each stay right.
import { sql } from 'kysely';
import type { Db } from '../client.js';
import type { Member } from '../../core/team.js';
import { listMembers } from './team.js';
import { currentValue, newVersionedCache, type VersionedCache } from './versioned-cache.js';

export type TeamCache = VersionedCache<Member[]>;

export const newTeamCache = (): TeamCache => newVersionedCache<Member[]>();

async function teamVersion(db: Db): Promise<number> {
  const r = await sql<{ version: string }>`select version from team_version`.execute(db);
  return Number(r.rows[0]?.version ?? 0);
}

async function reload(db: Db, cache: TeamCache): Promise<void> {
  // The version first: the members read after it are at least that new.
  const version = await teamVersion(db);
  cache.value = await listMembers(db);
  cache.version = version;
}

/**
 * Every member, by id. Inside a transaction the shared copy is left alone (it must only
 * ever hold committed data) and the team is read as the transaction sees it. Callers
 * get their own copies: sorting or editing one never changes the cache.
 */
export async function cachedMembers(db: Db, cache: TeamCache): Promise<Member[]> {
  if (db.isTransaction) return listMembers(db);
  const members = await currentValue(
    cache,
    () => teamVersion(db),
    () => reload(db, cache),
  );
  return members.map((m) => ({ ...m }));
}
