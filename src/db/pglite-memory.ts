// Embedded PGlite, kept small. Postgres in WASM holds every page it ever touched
// (WASM memory only grows), so two things decide its resident size:
// - shared_buffers: PGlite's default is 128 MB of buffer pool; a team's data is
//   served from the OS page cache just as well, so 16 MB is enough.
// - initdb: creating a data directory runs a second WASM Postgres whose memory
//   the process would keep for its lifetime (about 400 MB); a fresh directory is
//   therefore created by a short-lived child process, and the server opens it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const PGLITE_SHARED_BUFFERS = '16MB';

/** PGlite's own start parameters plus ours (it replaces its defaults when given any). */
export function pgliteStartParams(defaults: readonly string[]): string[] {
  return [...defaults, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`];
}

/** Create `dir` as a PGlite data directory in a child process, unless it already is one. */
export async function initDataDirApart(dir: string): Promise<void> {
  if (existsSync(join(dir, 'PG_VERSION'))) return;
  const entry = pathToFileURL(createRequire(import.meta.url).resolve('@electric-sql/pglite')).href.replace(
    /index\.cjs$/,
    'index.js',
  );
  const script = `const { PGlite } = await import(${JSON.stringify(entry)});
const pg = await PGlite.create(process.argv[1]);
await pg.close();`;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, dir], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`creating the PGlite data directory failed: ${err.trim()}`)),
    );
  });
}
