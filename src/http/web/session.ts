// The session cookie: HttpOnly, SameSite=Lax, Secure when served over https.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.js';
import type { Member } from '../../core/team.js';
import { findSessionMember, SESSION_TTL_MS } from '../../services/web-auth/tokens.js';

export const COOKIE = 'baton_web';

export function readCookie(req: FastifyRequest, name = COOKIE): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return decodeCookieValue(part.slice(i + 1).trim());
  }
  return undefined;
}

/** A cookie value someone else may have written: bad percent-escapes mean "no cookie", not a URIError. */
export function decodeCookieValue(v: string): string | undefined {
  try {
    return decodeURIComponent(v);
  } catch {
    return undefined;
  }
}

export function setSessionCookie(reply: FastifyReply, deps: AppDeps, value: string, clear = false): void {
  const secure = deps.config.server.publicUrl?.startsWith('https://') ? '; Secure' : '';
  const age = clear ? 0 : Math.floor(SESSION_TTL_MS / 1000);
  void reply.header(
    'set-cookie',
    `${COOKIE}=${clear ? '' : encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${age}${secure}`,
  );
}

export async function currentMember(deps: AppDeps, req: FastifyRequest): Promise<Member | undefined> {
  const sid = readCookie(req);
  if (!sid) return undefined;
  const id = await findSessionMember(deps.repos, sid, deps.clock.now());
  if (!id) return undefined;
  const m = await deps.repos.team.findMember(id);
  return m?.active ? m : undefined;
}
