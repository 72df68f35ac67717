// Console page sessions: the page (GET /) hands its browser a random session id in a
// SameSite=Strict cookie, and the person picked in the page is bound to it. A local caller
// without CONSOLE_TOKEN may then post only as that person and read only that person's
// chats, so nobody can ask for Lily's /web link by writing "from": "lily". In memory: the
// console is a demo-mode tool on one process; a restart just means reloading the page.
import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const CONSOLE_COOKIE = 'baton_console';
const MAX_SESSIONS = 10_000;

export class ConsoleSessions {
  readonly #as = new Map<string, string | null>();

  /** A new session for a page load (the oldest is forgotten beyond MAX_SESSIONS). */
  create(): string {
    const sid = randomBytes(24).toString('base64url');
    this.#as.set(sid, null);
    if (this.#as.size > MAX_SESSIONS) this.#as.delete(this.#as.keys().next().value!);
    return sid;
  }

  has(sid: string | undefined): sid is string {
    return sid !== undefined && this.#as.has(sid);
  }

  bind(sid: string, as: string): void {
    this.#as.set(sid, as);
  }

  /** Who the page behind this request chose, if anyone. */
  whoOf(req: FastifyRequest): string | undefined {
    const sid = readConsoleCookie(req);
    return sid ? (this.#as.get(sid) ?? undefined) : undefined;
  }
}

export function readConsoleCookie(req: FastifyRequest): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === CONSOLE_COOKIE) return part.slice(i + 1).trim();
  }
  return undefined;
}

export function setConsoleCookie(reply: FastifyReply, sid: string): void {
  void reply.header('set-cookie', `${CONSOLE_COOKIE}=${sid}; Path=/; HttpOnly; SameSite=Strict`);
}
