// `baton import FILE [--kind customers|orders|followups] [--map col=field …] [--dry-run]`:
// import a sheet all-or-nothing. Every row error is listed ("row 7: …") and then
// nothing is written. A progress bar goes to stderr, only when stderr is a terminal.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { IMPORT_KINDS, type ImportKind } from '../services/import/fields.js';
import { runImport } from '../services/import/run-import.js';
import { runDbCommand, type DbCommand } from './db-command.js';

const USAGE = `usage: baton import FILE [--kind customers|orders|followups] [--map column=field …] [--dry-run]

  FILE        .xlsx or .csv (UTF-8, with or without BOM; GBK/GB18030 is recognised too)
  --kind      what the sheet holds (guessed from its headings when left out)
  --map       correct the guessed column mapping: --map 客户名称=name, --map C=tier, --map 备注=- (ignore)
  --dry-run   check every row and report, write nothing
`;

export interface ImportArgs {
  file: string;
  kind?: ImportKind;
  overrides: string[];
  dryRun: boolean;
}

export function parseImportArgs(argv: string[]): ImportArgs | string {
  const overrides: string[] = [];
  let file: string | undefined;
  let kind: ImportKind | undefined;
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    // "--kind orders" or "--kind=orders"; "--map 客户名称=name" or "--map=客户名称=name".
    const value = (): string | undefined => (/^--(kind|map)=/.test(a) ? a.slice(a.indexOf('=') + 1) : argv[++i]);
    if (a === '--dry-run') dryRun = true;
    else if (a === '--kind' || a.startsWith('--kind=')) {
      const k = value();
      if (!k || !(IMPORT_KINDS as readonly string[]).includes(k))
        return `--kind must be one of ${IMPORT_KINDS.join(', ')}`;
      kind = k as ImportKind;
    } else if (a === '--map' || a.startsWith('--map=')) {
      const m = value();
      if (!m) return '--map needs column=field';
      overrides.push(m);
    } else if (a === '--help' || a === '-h') return '';
    else if (a.startsWith('-')) return `unknown option ${a}`;
    else if (!file) file = a;
    else return `only one FILE, got "${file}" and "${a}"`;
  }
  if (!file) return 'FILE is missing';
  return { file, kind, overrides, dryRun };
}

/** A one-line progress bar redrawn in place; a no-op when stderr is not a terminal. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  let last = 0;
  let finished = '';
  return {
    update(label: string, done: number, total: number) {
      if (!stream.isTTY || total < 1 || finished === `${label}/${total}`) return;
      if (done >= total) finished = `${label}/${total}`;
      const now = performance.now(); // a duration: the monotonic clock, not the time of day
      if (done < total && now - last < 80) return;
      last = now;
      const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 40));
      const filled = Math.round((done / total) * width);
      stream.write(
        `\r${label.padEnd(9)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${Math.floor((done / total) * 100)}%\x1b[K`,
      );
      if (done >= total) stream.write('\n');
    },
  };
}

export async function run(argv: string[]): Promise<number> {
  const args = parseImportArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(args ? `baton import: ${args}\n\n${USAGE}` : USAGE);
    return args ? 2 : 0;
  }
  try {
    readFileSync(args.file);
  } catch (err) {
    process.stderr.write(`baton import: cannot read ${args.file}: ${(err as Error).message}\n`);
    return 2;
  }
  return runDbCommand('import', argv, importCommand);
}

/** The import itself, on whichever database runDbCommand opened (or the running server's). */
export const importCommand: DbCommand = async ({ repos, config, now, io }, argv) => {
  const args = parseImportArgs(argv);
  if (typeof args === 'string') {
    io.err(`baton import: ${args || 'usage'}\n`);
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = io.readFile(args.file);
  } catch (err) {
    io.err(`baton import: cannot read ${args.file}: ${(err as Error).message}\n`);
    return 2;
  }
  const bar = io.isTTY ? progressBar() : undefined;
  const started = performance.now();
  try {
    const report = await runImport(
      {
        repos,
        now,
        tz: config.tz,
        codeFormat: config.customerCode,
        onProgress: (phase, d, t) => bar?.update(phase, d, t),
      },
      {
        bytes,
        filename: basename(args.file),
        kind: args.kind,
        overrides: args.overrides,
        dryRun: args.dryRun,
        actor: null,
      },
    );
    const mapped = report.headers
      .map((h, i) => `${h || `(column ${i + 1})`} → ${report.mapping[i] ?? '(ignored)'}`)
      .join(', ');
    io.err(
      `${args.file}: ${report.rows} rows of ${report.kind}${report.encoding && report.encoding !== 'utf-8' ? ` (read as ${report.encoding})` : ''}\ncolumns: ${mapped}\n`,
    );
    if (report.errors.length) {
      for (const m of report.messages.slice(0, 200)) io.err(`${m}\n`);
      if (report.messages.length > 200) io.err(`… and ${report.messages.length - 200} more\n`);
      io.err(`${report.errors.length} error(s): nothing was imported.\n`);
      return 1;
    }
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    if (!report.committed) {
      io.out(`dry run: all ${report.rows} rows are valid (${report.records} ${report.kind}); nothing written.\n`);
    } else {
      const c = report.counts!;
      io.out(
        `imported ${report.kind}: ${c.created} created, ${c.updated} updated, ${c.skipped} unchanged${report.kind === 'customers' ? `, ${c.contacts} contacts added` : ''} (${secs}s)\n`,
      );
    }
    return 0;
  } catch (err) {
    io.err(`baton import: ${(err as Error).message}\nnothing was imported.\n`);
    return 1;
  }
};
