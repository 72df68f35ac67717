// A repository module is a table of query functions taking the database first
// (`(db, ...args)`); binding it to a database — the pool or an open transaction —
// gives the object services call (`repos.needs.currentNeeds(customerId)`).
import type { Db } from '../client.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any callable whose first parameter is the database
export type QueryFn = (db: Db, ...args: any[]) => unknown;

export type Bound<T extends Record<string, QueryFn>> = {
  [K in keyof T]: T[K] extends (db: Db, ...args: infer A) => infer R ? (...args: A) => R : never;
};

export function bindQueries<T extends Record<string, QueryFn>>(db: Db, table: T): Bound<T> {
  const out: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(table)) out[name] = (...args: unknown[]) => fn(db, ...args);
  return out as Bound<T>;
}
