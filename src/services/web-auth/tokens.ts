// One-time sign-in links and browser sessions. The secrets travel only in the link
// and the cookie; the database keeps their SHA-256, so a leaked dump signs nobody in.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.js';

export const LOGIN_TOKEN_TTL_MS = 15 * 60 * 1000;
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export function sha256Hex(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Create a link token for a member; returns the raw token (only ever put in the link). */
export async function createLoginToken(db: Db, memberId: string, now: Date): Promise<string> {
  const token = randomSecret();
  await db.insertInto('web_login_tokens').values({
    token_hash: sha256Hex(token), member_id: memberId, created_at: now, expires_at: new Date(now.getTime() + LOGIN_TOKEN_TTL_MS),
  }).execute();
  return token;
}

export type ConsumeResult = { ok: true; memberId: string } | { ok: false; reason: 'unknown' | 'used' | 'expired' };

/**
 * Use a link token once. The update is conditional on used_at being null, so two
 * tabs opening the same link race safely: exactly one wins.
 */
export async function consumeLoginToken(db: Db, token: string, now: Date): Promise<ConsumeResult> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { ok: false, reason: 'unknown' };
  const hash = sha256Hex(token);
  const row = await db.selectFrom('web_login_tokens').selectAll().where('token_hash', '=', hash).executeTakeFirst();
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.used_at) return { ok: false, reason: 'used' };
  if (new Date(row.expires_at).getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  const won = await db.updateTable('web_login_tokens').set({ used_at: now })
    .where('token_hash', '=', hash).where('used_at', 'is', null).returning('member_id').executeTakeFirst();
  return won ? { ok: true, memberId: won.member_id } : { ok: false, reason: 'used' };
}

export async function createSession(db: Db, memberId: string, now: Date): Promise<string> {
  const id = randomSecret();
  await db.insertInto('web_sessions').values({
    id_hash: sha256Hex(id), member_id: memberId, created_at: now, last_seen_at: now, expires_at: new Date(now.getTime() + SESSION_TTL_MS),
  }).execute();
  return id;
}

/** The member id of a live session, or undefined (unknown, expired, revoked, member gone). */
export async function findSessionMember(db: Db, sessionId: string, now: Date): Promise<string | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(sessionId)) return undefined;
  const row = await db.selectFrom('web_sessions as s').innerJoin('team_members as m', 'm.id', 's.member_id')
    .select(['s.member_id', 's.expires_at', 's.revoked_at', 'm.active'])
    .where('s.id_hash', '=', sha256Hex(sessionId)).executeTakeFirst();
  if (!row || row.revoked_at || !row.active || new Date(row.expires_at).getTime() <= now.getTime()) return undefined;
  return row.member_id;
}

export async function revokeSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await db.updateTable('web_sessions').set({ revoked_at: now }).where('id_hash', '=', sha256Hex(sessionId)).execute();
}
