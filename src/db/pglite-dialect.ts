// A Kysely dialect over PGlite (Postgres compiled to WASM, embedded in-process).
// PGlite is one connection; a mutex hands it to one Kysely connection at a time,
// so a transaction holds it until commit/rollback exactly like a pooled client would;
// an urgent statement (urgent.ts) is served before the others waiting.
import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import { isUrgent } from './urgent.js';

/**
 * Hands the one connection out in turn; an urgent caller (src/db/urgent.ts) goes ahead of
 * everyone waiting, never ahead of the holder (a transaction keeps it until it ends).
 */
class Mutex {
  private held = false;
  private readonly waiting: (() => void)[] = [];
  private readonly urgentWaiting: (() => void)[] = [];
  lock(urgent = false): Promise<() => void> {
    return new Promise((resolve) => {
      const grant = () => {
        this.held = true;
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          this.held = false;
          (this.urgentWaiting.shift() ?? this.waiting.shift())?.();
        });
      };
      if (!this.held) grant();
      else if (urgent) this.urgentWaiting.push(grant);
      else this.waiting.push(grant);
    });
  }
}

class PgliteConnection implements DatabaseConnection {
  constructor(private readonly pg: PGlite) {}
  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    // The extended protocol takes one statement; migrations send several with no parameters.
    if (query.parameters.length === 0 && /;\s*\S/.test(query.sql)) {
      const results = await this.pg.exec(query.sql);
      const last = results[results.length - 1];
      return { rows: (last?.rows ?? []) as R[] };
    }
    const res = await this.pg.query<R>(query.sql, query.parameters as unknown[]);
    return {
      rows: res.rows,
      numAffectedRows: res.affectedRows !== undefined ? BigInt(res.affectedRows) : undefined,
    };
  }
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('PGlite dialect does not stream');
  }
}

class PgliteDriver implements Driver {
  private readonly mutex = new Mutex();
  private readonly releases = new WeakMap<DatabaseConnection, () => void>();
  constructor(private readonly pg: PGlite) {}
  async init(): Promise<void> {
    await this.pg.waitReady;
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    const urgent = isUrgent();
    // PGlite runs on this thread and a chain of statements is only microtasks: without a turn
    // of the event loop before each one, requests that arrived (acks) would not even be read
    // until a whole message's work was done; with it, their urgent write queues first. Not
    // inside a transaction: one that waited here would keep everyone waiting the longer.
    if (!urgent) await new Promise<void>((resolve) => setImmediate(resolve));
    const release = await this.mutex.lock(urgent);
    const conn = new PgliteConnection(this.pg);
    this.releases.set(conn, release);
    return conn;
  }
  async beginTransaction(conn: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const iso = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : '';
    await conn.executeQuery(CompiledQuery.raw(`begin${iso}`));
  }
  async commitTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('commit'));
  }
  async rollbackTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('rollback'));
  }
  async releaseConnection(conn: DatabaseConnection): Promise<void> {
    this.releases.get(conn)?.();
    this.releases.delete(conn);
  }
  async destroy(): Promise<void> {
    if (!this.pg.closed) await this.pg.close();
  }
}

export class PgliteDialect implements Dialect {
  constructor(private readonly pg: PGlite) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PgliteDriver(this.pg);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  createIntrospector(db: Kysely<any>) {
    return new PostgresIntrospector(db);
  }
}
