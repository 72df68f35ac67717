// `baton backup` → `baton restore` on a Postgres server database (pg_dump / pg_restore),
// on two throwaway databases so no one else's schema is touched. Runs when
// DATABASE_URL names a server and pg_dump is installed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';

const base = process.env.DATABASE_URL;
const hasPgDump = (() => {
  try {
    execFileSync('pg_dump', ['--version']);
    return true;
  } catch {
    return false;
  }
})();
const suffix = randomBytes(4).toString('hex');
const names = [`baton_bk_a_${suffix}`, `baton_bk_b_${suffix}`];
const urlFor = (db: string) => {
  const u = new URL(base!);
  u.pathname = `/${db}`;
  return u.toString();
};
let dir: string;

async function admin<T>(fn: (c: pg.Client) => Promise<T>, db?: string): Promise<T> {
  const c = new pg.Client({ connectionString: db ? urlFor(db) : base });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

describe.skipIf(!base || !hasPgDump)('baton backup / restore on Postgres', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'baton-pgbk-'));
    await admin(async (c) => {
      for (const n of names) await c.query(`create database ${n}`);
    });
  });
  afterAll(async () => {
    await admin(async (c) => {
      for (const n of names) await c.query(`drop database if exists ${n} with (force)`);
    });
    rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips the team into a second database', async () => {
    const a = { NODE_ENV: 'production', DATABASE_URL: urlFor(names[0]!) };
    const add = await runCli(
      ['team', 'add', 'zhou', '--name', 'Zhou Admin', '--role', 'admin', '--wecom', 'ZhouA'],
      a,
      dir,
    );
    expect(add.code).toBe(0);
    const b = await runCli(['backup', 'db.pgdump'], a, dir);
    expect(b.stdout).toContain('backup written to db.pgdump');
    const r = await runCli(['restore', 'db.pgdump'], { NODE_ENV: 'production', DATABASE_URL: urlFor(names[1]!) }, dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = await admin(
      (c) =>
        c.query(
          'select m.id, m.role, i.platform, i.external_id from team_members m join member_identities i on i.member_id = m.id order by i.platform',
        ),
      names[1],
    );
    expect(rows.rows).toEqual([
      { id: 'zhou', role: 'admin', platform: 'wecom', external_id: 'ZhouA' },
      { id: 'zhou', role: 'admin', platform: 'wecom-aibot', external_id: 'ZhouA' },
    ]);
  });
});
