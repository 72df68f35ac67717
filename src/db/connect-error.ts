// A database that cannot be reached is reported by the setting that names it, with
// the URL (password hidden) and what went wrong, instead of a bare
// "getaddrinfo ENOTFOUND base" or 'role "u" does not exist'.
import { ConfigError } from '../core/errors.js';

export function redactDbUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparsable URL)';
  }
}

const HINTS: [RegExp, string][] = [
  [/ENOTFOUND|EAI_AGAIN/, 'the host name does not resolve'],
  [/ECONNREFUSED/, 'nothing listens at that host and port'],
  [/ETIMEDOUT|timeout/i, 'the server did not answer in time'],
  [/role .* does not exist/, 'the user name is wrong'],
  [/password authentication failed/, 'the user name or password is wrong'],
  [/database .* does not exist/, 'the database name is wrong (create it first)'],
  [/SSL|ssl/, 'SSL settings do not match the server (try ?sslmode=require, or no sslmode)'],
];

/** Turn a connection failure into a ConfigError naming DATABASE_URL; other errors pass through. */
export function explainDbError(err: unknown, url: string | undefined): unknown {
  if (!url) return err;
  const e = err as { message?: string; code?: string };
  const msg = `${e.code ?? ''} ${e.message ?? String(err)}`;
  const hint = HINTS.find(([re]) => re.test(msg));
  const connectionLevel = hint || /^(28|3D|08)/.test(e.code ?? '');
  if (!connectionLevel) return err;
  return new ConfigError(
    `DATABASE_URL (${redactDbUrl(url)}): cannot connect${hint ? ` — ${hint[1]}` : ''} (${(e.message ?? String(err)).trim()})`,
  );
}
