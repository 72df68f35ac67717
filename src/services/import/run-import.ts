// One import of one file: read → map columns → validate every row → write all in
// one transaction, or nothing at all when any row has an error.
import type { Repositories } from '../../deps.js';
import type { Member } from '../../core/team.js';
import { FIELDS, type ImportKind } from './fields.js';
import { applyOverrides, guessKind, guessMapping, missingRequired, type Mapping } from './mapping.js';
import { readSheet, type Sheet } from './sheet.js';
import { formatRowError, validateRows, type RowError } from './validate.js';
import { writeRecords, type WriteCounts } from './write.js';
import type { KnownCustomer } from './lookup.js';

export interface ImportRequest {
  bytes: Uint8Array;
  filename: string;
  kind?: ImportKind;
  /** A full mapping (from the page) or undefined to guess. */
  mapping?: Mapping;
  /** "col=field" corrections on top of the guess (CLI --map). */
  overrides?: string[];
  dryRun?: boolean;
  actor: Member | null;
}

export interface ImportEnv {
  repos: Repositories;
  now: Date;
  tz: string;
  codeFormat: { format: string; prefix: string };
  onProgress?: (phase: 'checking' | 'writing', done: number, total: number) => void;
  /** How to read the file; the web passes a limited, off-thread reader (sheet-reader.ts). */
  readSheet?: (bytes: Uint8Array, filename: string) => Promise<Sheet>;
}

export interface ImportReport {
  kind: ImportKind;
  headers: string[];
  mapping: Mapping;
  rows: number;
  /** Records that would be / were written (customers group their contact rows). */
  records: number;
  errors: RowError[];
  /** Rendered "row 7: …" lines. */
  messages: string[];
  committed: boolean;
  counts?: WriteCounts;
  sample: (string | null)[][];
  encoding?: string;
}

export async function loadImportContextCustomers(repos: Repositories): Promise<KnownCustomer[]> {
  return repos.imports.knownCustomers();
}

export async function runImport(env: ImportEnv, req: ImportRequest): Promise<ImportReport> {
  const sheet: Sheet = await (env.readSheet ?? readSheet)(req.bytes, req.filename);
  const kind = req.kind ?? guessKind(sheet.headers);
  let mapping =
    req.mapping && req.mapping.length === sheet.headers.length ? req.mapping : guessMapping(kind, sheet.headers);
  const known = new Set(FIELDS[kind].map((f) => f.key));
  mapping = mapping.map((m) => (m && known.has(m) ? m : null));
  if (req.overrides?.length) mapping = applyOverrides(kind, sheet.headers, mapping, req.overrides);
  const base = {
    kind,
    headers: sheet.headers,
    mapping,
    rows: sheet.rows.length,
    encoding: sheet.encoding,
    sample: sheet.rows.slice(0, 5).map((r) =>
      sheet.headers.map((_h, i) => {
        const c = r[i];
        return c === null || c === undefined ? null : c instanceof Date ? c.toISOString().slice(0, 10) : String(c);
      }),
    ),
  };
  const missing = missingRequired(kind, mapping);
  if (missing.length) {
    const errors = [{ row: 0, message: `no column is mapped to ${missing.join(', ')} (required for ${kind})` }];
    return { ...base, records: 0, errors, messages: errors.map(formatRowError), committed: false };
  }
  if (sheet.rows.length === 0) {
    const errors = [{ row: 0, message: 'the sheet has headings but no rows' }];
    return { ...base, records: 0, errors, messages: errors.map(formatRowError), committed: false };
  }
  const [members, customers] = await Promise.all([env.repos.team.listMembers(), loadImportContextCustomers(env.repos)]);
  const v = validateRows(kind, sheet, mapping, { members, customers, actor: req.actor, tz: env.tz }, (d, t) =>
    env.onProgress?.('checking', d, t),
  );
  const result = { ...base, records: v.records.items.length, errors: v.errors, messages: v.errors.map(formatRowError) };
  if (v.errors.length > 0 || req.dryRun) return { ...result, committed: false };
  const counts = await env.repos.transaction((tx) =>
    writeRecords(tx, v.records, {
      now: env.now,
      codeFormat: env.codeFormat,
      actor: req.actor?.id ?? null,
      onProgress: (d, t) => env.onProgress?.('writing', d, t),
    }),
  );
  return { ...result, committed: true, counts };
}
