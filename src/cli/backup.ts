// `baton backup [FILE]`: Postgres through pg_dump (custom format, for pg_restore);
// the embedded database as a gzipped tarball of its data directory (PGlite's own
// dump, taken inside the process that holds it — the server when one runs).
import { spawn } from 'node:child_process';
import { runDbCommand, type DbCommand } from './db-command.js';

export function defaultBackupName(kind: 'postgres' | 'pglite', now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  return `baton-backup-${stamp}.${kind === 'postgres' ? 'pgdump' : 'tar.gz'}`;
}

/** Run a PostgreSQL client tool; a missing binary says which package brings it. */
export function runPgTool(tool: 'pg_dump' | 'pg_restore', args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(tool, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
    });
    child.on('error', (err: NodeJS.ErrnoException) =>
      resolve({
        code: 127,
        stderr:
          err.code === 'ENOENT'
            ? `${tool} is not installed (apt-get install postgresql-client, matching the server's major version)\n`
            : `${tool}: ${err.message}\n`,
      }),
    );
    child.on('close', (code) => resolve({ code: code ?? 1, stderr }));
  });
}

export const backupCommand: DbCommand = async ({ handle, config, now, io }, argv) => {
  const file = argv.find((a) => !a.startsWith('-'));
  if (config.database.url) {
    const out = file ?? defaultBackupName('postgres', now);
    const r = await runPgTool('pg_dump', [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      `--file=${out}`,
      `--dbname=${config.database.url}`,
    ]);
    if (r.code !== 0) {
      io.err(`baton backup: pg_dump failed (exit ${r.code}): ${r.stderr}`);
      return 1;
    }
    io.out(`backup written to ${out} (pg_dump custom format; restore with: baton restore ${out})\n`);
    return 0;
  }
  const dump = handle?.dumpDataDir;
  if (!dump) {
    io.err('baton backup: this database cannot be dumped from here\n');
    return 1;
  }
  const out = file ?? defaultBackupName('pglite', now);
  const bytes = Buffer.from(await (await dump()).arrayBuffer());
  io.writeFile(out, bytes);
  io.out(
    `backup written to ${out} (${(bytes.length / 1024).toFixed(0)} KiB, the embedded data directory; restore with: baton restore ${out})\n`,
  );
  return 0;
};

export const run = (argv: string[]) => runDbCommand('backup', argv, backupCommand);
