// One-time invite codes (only their SHA-256 is stored).
import type { Db } from '../client.js';

export interface Invite {
  role: string;
  reportsTo: string | null;
  createdBy: string;
  expiresAt: Date;
  usedAt: Date | null;
}

export async function insertInvite(
  db: Db,
  i: { codeHash: string; role: string; reportsTo: string | null; createdBy: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('invite_codes')
    .values({
      code_hash: i.codeHash,
      role: i.role,
      reports_to: i.reportsTo,
      created_by: i.createdBy,
      created_at: i.createdAt,
      expires_at: i.expiresAt,
    })
    .execute();
}

/** Claim an unused, unexpired code for a member; returns the invite, or undefined (unknown, used or expired). */
export async function claimInvite(db: Db, codeHash: string, memberId: string, now: Date): Promise<Invite | undefined> {
  const r = await db
    .updateTable('invite_codes')
    .set({ used_by: memberId, used_at: now })
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['role', 'reports_to', 'created_by', 'expires_at', 'used_at'])
    .executeTakeFirst();
  return r
    ? { role: r.role, reportsTo: r.reports_to, createdBy: r.created_by, expiresAt: r.expires_at, usedAt: r.used_at }
    : undefined;
}

export async function findInvite(db: Db, codeHash: string): Promise<Invite | undefined> {
  const r = await db.selectFrom('invite_codes').selectAll().where('code_hash', '=', codeHash).executeTakeFirst();
  return r
    ? { role: r.role, reportsTo: r.reports_to, createdBy: r.created_by, expiresAt: r.expires_at, usedAt: r.used_at }
    : undefined;
}

/** The invites repository: bound to a database in createRepositories(). */
export const invitesQueries = { insertInvite, claimInvite, findInvite };
