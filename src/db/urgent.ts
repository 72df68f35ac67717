// Statements that must not wait in line. PGlite is one connection that queries take in
// turn; marking a reply sent right after the platform accepted it is the one write whose
// delay costs something (a kill before it commits sends the reply again), so it goes ahead
// of everything queued (src/db/pglite-dialect.ts). On Postgres's pool it changes nothing.
import { AsyncLocalStorage } from 'node:async_hooks';

const urgent = new AsyncLocalStorage<true>();

/** Run `fn` with its database connection taken ahead of queued ones. */
export function urgently<T>(fn: () => Promise<T>): Promise<T> {
  return urgent.run(true, fn);
}

export function isUrgent(): boolean {
  return urgent.getStore() === true;
}
