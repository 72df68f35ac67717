// `baton team import` and its API twin: read the sheet, map the headings, check every
// row, then write all members and identities in one transaction — or nothing.
import type { Repositories } from '../../deps.js';
import { applyOverridesFor, guessMappingFor, type Mapping } from '../import/mapping.js';
import { readSheet } from '../import/sheet.js';
import { formatRowError, type RowError } from '../import/validate.js';
import { TEAM_FIELDS } from './team-fields.js';
import { validateTeamRows } from './validate-team.js';

export interface TeamImportRequest {
  bytes: Uint8Array;
  filename: string;
  overrides?: string[];
  dryRun?: boolean;
}

export interface TeamImportReport {
  headers: string[];
  mapping: Mapping;
  rows: number;
  errors: RowError[];
  messages: string[];
  committed: boolean;
  counts?: { created: number; updated: number; unchanged: number; identities: number };
  encoding?: string;
}

export async function runTeamImport(repos: Repositories, req: TeamImportRequest): Promise<TeamImportReport> {
  const sheet = await readSheet(req.bytes, req.filename);
  let mapping = guessMappingFor(TEAM_FIELDS, sheet.headers);
  if (req.overrides?.length) mapping = applyOverridesFor(TEAM_FIELDS, 'team', sheet.headers, mapping, req.overrides);
  const base = { headers: sheet.headers, mapping, rows: sheet.rows.length, encoding: sheet.encoding };
  const fail = (errors: RowError[]): TeamImportReport => ({
    ...base,
    errors,
    messages: errors.map(formatRowError),
    committed: false,
  });
  const missing = TEAM_FIELDS.filter((f) => f.required && !mapping.includes(f.key)).map((f) => f.key);
  if (missing.length)
    return fail([
      { row: 0, message: `no column is mapped to ${missing.join(', ')} (headings: ${sheet.headers.join(', ')})` },
    ]);
  if (sheet.rows.length === 0) return fail([{ row: 0, message: 'the sheet has headings but no rows' }]);
  const roster = await repos.members.listRoster();
  const v = validateTeamRows(sheet, mapping, roster);
  if (v.errors.length) return fail(v.errors);
  if (req.dryRun) return { ...base, errors: [], messages: [], committed: false };
  const counts = await repos.transaction(async (tx) => {
    const c = await tx.members.upsertMembers(v.records);
    let identities = 0;
    for (const r of v.records) {
      const fresh = await tx.members.linkIdentities(r.id, r.identities);
      identities += fresh.filter((i) => i.platform !== 'wecom-aibot' && !i.externalId.endsWith('@c.us')).length;
    }
    return { ...c, identities };
  });
  return { ...base, errors: [], messages: [], committed: true, counts };
}
