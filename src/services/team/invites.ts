// Invite codes: `/invite rep` (an admin, or a supervisor for their own reports) gets a
// one-time code valid for 7 days; a new person sending `/join CODE` from WeCom,
// DingTalk or WhatsApp becomes a member with that role, linked to the identity they
// wrote from. Pure helpers here; the handlers are in ./handlers.
import { createHash, randomInt } from 'node:crypto';
import type { IdentityKind } from '../../core/roster.js';
import type { Platform } from '../../core/types.js';

export const INVITE_DAYS = 7;
// No 0/O, 1/I/L: read aloud or typed from a phone without mistakes.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function newInviteCode(random: (max: number) => number = randomInt): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += ALPHABET[random(ALPHABET.length)];
  return `${s.slice(0, 4)}-${s.slice(4)}`;
}

/** Codes compare without case, spaces or dashes ("k7qh 3mpd" = "K7QH-3MPD"). */
export function hashInviteCode(code: string): string {
  return createHash('sha256').update(code.toUpperCase().replace(/[\s-]/g, '')).digest('hex');
}

/** Which identity kind a platform's sender id is. */
export function identityKindOf(platform: Platform): IdentityKind | undefined {
  if (platform === 'wecom' || platform === 'wecom-aibot') return 'wecom';
  if (platform === 'dingtalk') return 'dingtalk';
  if (platform === 'whatsapp') return 'whatsapp';
  return undefined;
}

export function parseInvite(text: string): { role: string; reportsTo?: string } | 'usage' | undefined {
  const m = /^\s*(?:\/invite|\/邀请|邀请)(?:\s+(\S+))?(?:\s+(?:to|under|reports?[_ ]to|上级)?\s*(\S+))?\s*$/i.exec(
    text,
  );
  if (!m) return undefined;
  if (!m[1]) return 'usage';
  return { role: m[1], reportsTo: m[2] };
}

export function parseJoin(text: string): string | 'usage' | undefined {
  const m = /^\s*(?:\/join|\/加入|加入)(?:\s+([A-Za-z0-9][A-Za-z0-9 -]{5,12}))?\s*$/i.exec(text);
  if (!m) return undefined;
  return m[1] ? m[1].trim() : 'usage';
}
