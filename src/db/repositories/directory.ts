// Which identities a directory sync has seen (directory_entries), so the next
// full listing can tell who was removed upstream.
import type { Db } from '../client.js';

export interface DirectoryEntry {
  platform: string;
  externalId: string;
  memberId: string;
  name: string;
  departments: string[];
  removedAt: Date | null;
}

export async function listDirectoryEntries(db: Db, platform: string): Promise<DirectoryEntry[]> {
  const rows = await db.selectFrom('directory_entries').selectAll().where('platform', '=', platform).execute();
  return rows.map((r) => ({
    platform: r.platform,
    externalId: r.external_id,
    memberId: r.member_id,
    name: r.name,
    departments: r.departments ?? [],
    removedAt: r.removed_at,
  }));
}

export async function upsertDirectoryEntry(
  db: Db,
  e: { platform: string; externalId: string; memberId: string; name: string; departments: string[] },
  seenAt: Date,
): Promise<void> {
  await db
    .insertInto('directory_entries')
    .values({
      platform: e.platform,
      external_id: e.externalId,
      member_id: e.memberId,
      name: e.name,
      departments: e.departments,
      seen_at: seenAt,
      removed_at: null,
    })
    .onConflict((oc) =>
      oc.columns(['platform', 'external_id']).doUpdateSet({
        member_id: e.memberId,
        name: e.name,
        departments: e.departments,
        seen_at: seenAt,
        removed_at: null,
      }),
    )
    .execute();
}

export async function markDirectoryEntryRemoved(db: Db, platform: string, externalId: string, at: Date): Promise<void> {
  await db
    .updateTable('directory_entries')
    .set({ removed_at: at })
    .where('platform', '=', platform)
    .where('external_id', '=', externalId)
    .execute();
}

/** The directory repository: bound to a database in createRepositories(). */
export const directoryQueries = { listDirectoryEntries, upsertDirectoryEntry, markDirectoryEntryRemoved };
