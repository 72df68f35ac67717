// Zip-bomb uploads are refused with a 4xx naming the limit, and never touch the main thread's
// memory; an ordinary workbook still imports through the limited reader. Timing and memory
// figures are in bench/zip-bomb-bench.ts (npm run bench), not asserted here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { createSession } from '../../../src/services/web-auth/tokens.js';
import { zipBombXlsx } from '../../fakes/zip-bomb.js';

let t: TestApp;
let cookie: string;

beforeAll(async () => {
  t = await createTestApp({
    env: {
      IMPORT_MAX_UNCOMPRESSED_MB: '32',
      IMPORT_MAX_CONCURRENT: '2',
      IMPORT_WORKER_MEMORY_MB: '128',
      IMPORT_TIME_BUDGET_MS: '8000',
    },
    workers: false,
  });
  cookie = `baton_web=${await createSession(t.app.deps.repos, 'wang', t.app.deps.clock.now())}`;
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const upload = (bytes: Buffer, name = 'customers.xlsx') =>
  t.app.server.inject({
    method: 'POST',
    url: `/web/import/preview?name=${name}`,
    payload: bytes,
    headers: { cookie, 'x-baton-web': '1', 'content-type': 'application/octet-stream' },
  });

describe('zip-bomb xlsx', () => {
  it('refuses three simultaneous zip bombs, each with a 4xx naming the limit', async () => {
    const bomb = zipBombXlsx({ inflatedMb: 80 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const answers = await Promise.all([upload(bomb), upload(bomb), upload(bomb)]);
    for (const a of answers) {
      expect(a.statusCode).toBeGreaterThanOrEqual(400);
      expect(a.statusCode).toBeLessThan(500);
      expect(a.body).toMatch(/file refused: .*(IMPORT_MAX_UNCOMPRESSED_MB|IMPORT_MAX_CONCURRENT)/);
    }
    expect((await t.app.server.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
  });

  it('stops a bomb that lies about its size with the counting inflate', async () => {
    const liar = zipBombXlsx({ inflatedMb: 200, lie: true });
    const a = await upload(liar);
    expect(a.statusCode).toBeGreaterThanOrEqual(400);
    expect(a.statusCode).toBeLessThan(500);
    expect(a.body).toMatch(/file refused: .*unpacks to more than the 1024 bytes its zip directory declares/);
  });

  it('still reads an ordinary workbook through the worker', async () => {
    const a = await upload(readFileSync(join(import.meta.dirname, '../../../samples/customers.xlsx')));
    expect(a.statusCode, a.body.slice(0, 300)).toBe(200);
    expect(a.body).not.toMatch(/refused/);
  });
});
