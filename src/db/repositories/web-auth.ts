// Web sign-in: one-time link tokens and browser sessions, stored by the SHA-256 of
// their secret (src/web/auth/tokens.ts makes and hashes the secrets).
import type { Db } from '../client.js';

export async function insertLoginToken(
  db: Db,
  t: { tokenHash: string; memberId: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('web_login_tokens')
    .values({
      token_hash: t.tokenHash,
      member_id: t.memberId,
      created_at: t.createdAt,
      expires_at: t.expiresAt,
    })
    .execute();
}

export async function findLoginToken(
  db: Db,
  tokenHash: string,
): Promise<{ memberId: string; usedAt: Date | null; expiresAt: Date } | undefined> {
  const row = await db
    .selectFrom('web_login_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row
    ? {
        memberId: row.member_id,
        usedAt: row.used_at ? new Date(row.used_at) : null,
        expiresAt: new Date(row.expires_at),
      }
    : undefined;
}

/** Mark a token used; conditional on used_at being null, so of two racing tabs exactly one wins (gets the member id). */
export async function useLoginToken(db: Db, tokenHash: string, now: Date): Promise<string | undefined> {
  const won = await db
    .updateTable('web_login_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .returning('member_id')
    .executeTakeFirst();
  return won?.member_id;
}

export async function insertSession(
  db: Db,
  s: { idHash: string; memberId: string; now: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('web_sessions')
    .values({
      id_hash: s.idHash,
      member_id: s.memberId,
      created_at: s.now,
      last_seen_at: s.now,
      expires_at: s.expiresAt,
    })
    .execute();
}

export async function findSession(
  db: Db,
  idHash: string,
): Promise<{ memberId: string; expiresAt: Date; revokedAt: Date | null; memberActive: boolean } | undefined> {
  const row = await db
    .selectFrom('web_sessions as s')
    .innerJoin('team_members as m', 'm.id', 's.member_id')
    .select(['s.member_id', 's.expires_at', 's.revoked_at', 'm.active'])
    .where('s.id_hash', '=', idHash)
    .executeTakeFirst();
  return row
    ? {
        memberId: row.member_id,
        expiresAt: new Date(row.expires_at),
        revokedAt: row.revoked_at ? new Date(row.revoked_at) : null,
        memberActive: row.active,
      }
    : undefined;
}

export async function revokeSessionByHash(db: Db, idHash: string, now: Date): Promise<void> {
  await db.updateTable('web_sessions').set({ revoked_at: now }).where('id_hash', '=', idHash).execute();
}

/** The web-auth repository: bound to a database in createRepositories(). */
export const webAuthQueries = {
  insertLoginToken,
  findLoginToken,
  useLoginToken,
  insertSession,
  findSession,
  revokeSessionByHash,
};
