// One-time sign-in links and browser sessions. The secrets travel only in the link
// and the cookie; the database keeps their SHA-256, so a leaked dump signs nobody in.
import { createHash, randomBytes } from 'node:crypto';
import type { Repositories } from '../../deps.js';

export const LOGIN_TOKEN_TTL_MS = 15 * 60 * 1000;
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export function sha256Hex(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Create a link token for a member; returns the raw token (only ever put in the link). */
export async function createLoginToken(repos: Repositories, memberId: string, now: Date): Promise<string> {
  const token = randomSecret();
  await repos.webAuth.insertLoginToken({
    tokenHash: sha256Hex(token),
    memberId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + LOGIN_TOKEN_TTL_MS),
  });
  return token;
}

export type ConsumeResult = { ok: true; memberId: string } | { ok: false; reason: 'unknown' | 'used' | 'expired' };

/**
 * Use a link token once. The update is conditional on used_at being null, so two
 * tabs opening the same link race safely: exactly one wins.
 */
export async function consumeLoginToken(repos: Repositories, token: string, now: Date): Promise<ConsumeResult> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { ok: false, reason: 'unknown' };
  const hash = sha256Hex(token);
  const row = await repos.webAuth.findLoginToken(hash);
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.usedAt) return { ok: false, reason: 'used' };
  if (row.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  const won = await repos.webAuth.useLoginToken(hash, now);
  return won ? { ok: true, memberId: won } : { ok: false, reason: 'used' };
}

export async function createSession(repos: Repositories, memberId: string, now: Date): Promise<string> {
  const id = randomSecret();
  await repos.webAuth.insertSession({
    idHash: sha256Hex(id),
    memberId,
    now,
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
  });
  return id;
}

/** The member id of a live session, or undefined (unknown, expired, revoked, member gone). */
export async function findSessionMember(
  repos: Repositories,
  sessionId: string,
  now: Date,
): Promise<string | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(sessionId)) return undefined;
  const row = await repos.webAuth.findSession(sha256Hex(sessionId));
  if (!row || row.revokedAt || !row.memberActive || row.expiresAt.getTime() <= now.getTime()) return undefined;
  return row.memberId;
}

export async function revokeSession(repos: Repositories, sessionId: string, now: Date): Promise<void> {
  await repos.webAuth.revokeSessionByHash(sha256Hex(sessionId), now);
}
