// The embedded database is opened by one process only. `baton import` started while
// the server runs goes through the server (visible at once, still there after a
// restart); a second server, or a restore, is refused with a message naming the
// running server. Backup → restore round-trips the embedded database.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { createApp, type App } from '../../../src/main.js';
import { runCli } from '../../helpers/run-cli.js';

let dir: string;
let env: Record<string, string>;
let app: App | undefined;
let url = '';

const start = async () => {
  app = await createApp(loadConfig(env), { logger: createLogger('silent') });
  url = await app.listen();
  return app;
};
const customers = async () =>
  (await app!.db.db.selectFrom('customers').select('name').orderBy('name').execute()).map((r) => r.name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'baton-lock-'));
  env = { NODE_ENV: 'production', DATA_DIR: join(dir, 'data'), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' };
  writeFileSync(join(dir, 'customers.csv'), '客户名称,等级,国家\nACME Trading,A,US\n');
  writeFileSync(join(dir, 'more.csv'), 'customer,tier\nBeta Imports,B\n');
  await start();
});
afterAll(async () => {
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('one process per embedded database', () => {
  it('baton import while the server runs is done by the server and seen at once', async () => {
    const r = await runCli(['import', 'customers.csv'], env, dir);
    expect(r.stderr).toContain(`run by the Baton server at ${url}`);
    expect(r.stdout).toContain('imported customers: 1 created');
    expect(r.code).toBe(0);
    expect(await customers()).toEqual(['ACME Trading']);
  });

  it('a second server on the same data directory refuses, naming the running one', async () => {
    const r = await runCli(['start'], env, dir);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`is open in the Baton server (pid ${process.pid}, ${url}`);
  });

  it('baton backup runs through the server; restore refuses while it runs', async () => {
    const b = await runCli(['backup', 'snap.tar.gz'], env, dir);
    expect(b.stdout).toContain('backup written to snap.tar.gz');
    expect(existsSync(join(dir, 'snap.tar.gz'))).toBe(true);
    const r = await runCli(['restore', 'snap.tar.gz'], env, dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`the Baton server (pid ${process.pid}, ${url}`);
  });

  it('after a restart the imported customer is still there; restore brings back the backup', async () => {
    const more = await runCli(['import', 'more.csv'], env, dir);
    expect(more.code).toBe(0);
    await app!.stop();
    await start();
    expect(await customers()).toEqual(['ACME Trading', 'Beta Imports']);
    await app!.stop();
    app = undefined;
    const r = await runCli(['restore', 'snap.tar.gz'], env, dir);
    expect(r.stdout).toContain('restored snap.tar.gz');
    expect(r.code).toBe(0);
    await start();
    // Beta was imported after the backup: the restored database has ACME only.
    expect(await customers()).toEqual(['ACME Trading']);
  });
});
