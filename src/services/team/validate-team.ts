// Team sheet rows → members to write, or per-row errors naming the row and the
// problem. Pure: the current roster comes in, nothing is read or written here.
import {
  identitiesFor,
  isMemberId,
  normalizePhone,
  parseLang,
  parseRole,
  type Identity,
  type RosterMember,
} from '../../core/roster.js';
import type { Lang } from '../../core/language.js';
import type { Role } from '../../core/types.js';
import type { Mapping } from '../import/mapping.js';
import type { Cell, Sheet } from '../import/sheet.js';
import { cellText } from '../import/values.js';
import type { RowError } from '../import/validate.js';

export interface TeamRecord {
  row: number;
  id: string;
  name: string;
  role: Role;
  reportsTo: string | null;
  language: Lang;
  identities: Identity[];
}

const split = (s: string) =>
  s
    .split(/[,;，；、/\n]+/)
    .map((x) => x.trim())
    .filter(Boolean);

export function validateTeamRows(
  sheet: Sheet,
  mapping: Mapping,
  roster: RosterMember[],
): { records: TeamRecord[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const records: TeamRecord[] = [];
  const pendingBoss: { rec: TeamRecord; ref: string }[] = [];
  const seenId = new Map<string, number>();
  const seenIdentity = new Map<string, { row: number; id: string }>();
  const owners = new Map<string, string>();
  for (const m of roster) for (const i of m.identities) owners.set(`${i.platform}:${i.externalId}`, m.id);

  sheet.rows.forEach((cells, idx) => {
    const row = sheet.rowNumbers[idx] ?? sheet.firstRowNumber + idx;
    const f: Record<string, Cell> = {};
    mapping.forEach((k, col) => {
      if (k) f[k] = cells[col] ?? null;
    });
    const get = (k: string) => cellText(f[k] ?? null).trim();
    const fail = (message: string) => errors.push({ row, message });
    const before = errors.length;

    const id = get('id').toLowerCase();
    const name = get('name');
    if (!id) fail('id is empty (a short handle such as lily)');
    else if (!isMemberId(id)) fail(`id "${id}" must be lower-case letters, digits, . _ or - (at most 40)`);
    else if (seenId.has(id)) fail(`id "${id}" is also on row ${seenId.get(id)}`);
    if (!name) fail('name is empty');
    const roleText = get('role');
    const role = roleText ? parseRole(roleText) : 'rep';
    if (!role) fail(`role "${roleText}" is not one of admin, supervisor, rep, ops, finance, after_sales, technical`);
    const langText = get('language');
    const language = langText ? parseLang(langText) : 'zh';
    if (!language) fail(`language "${langText}" is not zh or en`);

    const identities: Identity[] = [];
    const wecom = get('wecom');
    if (wecom) identities.push(...identitiesFor('wecom', wecom));
    const ding = get('dingtalk');
    if (ding) identities.push(...identitiesFor('dingtalk', ding));
    for (const n of split(get('whatsapp'))) {
      if (!normalizePhone(n)) fail(`WhatsApp "${n}" is not a phone number with country code (e.g. +86 138 0013 8000)`);
      else identities.push(...identitiesFor('whatsapp', n));
    }
    for (const i of identities) {
      const key = `${i.platform}:${i.externalId}`;
      const other = seenIdentity.get(key);
      if (other && other.id !== id) {
        if (!i.externalId.endsWith('@c.us') && i.platform !== 'wecom-aibot')
          fail(`${i.platform} ${i.externalId} is also on row ${other.row}`);
        continue;
      }
      const owner = owners.get(key);
      if (owner && owner !== id && !i.externalId.endsWith('@c.us') && i.platform !== 'wecom-aibot') {
        fail(`${i.platform} ${i.externalId} already belongs to team member "${owner}"`);
      }
      seenIdentity.set(key, { row, id });
    }
    if (id) seenId.set(id, row);
    if (errors.length > before || !role || !language) return;
    const rec: TeamRecord = { row, id, name, role, reportsTo: null, language, identities };
    records.push(rec);
    const boss = get('reports_to');
    if (boss) pendingBoss.push({ rec, ref: boss });
  });

  // reports_to may name a member by id or name, on this sheet or already in Baton.
  const byRef = new Map<string, string>();
  for (const m of roster) {
    byRef.set(m.id, m.id);
    byRef.set(m.name.toLowerCase(), m.id);
  }
  for (const r of records) {
    byRef.set(r.id, r.id);
    byRef.set(r.name.toLowerCase(), r.id);
  }
  for (const { rec, ref } of pendingBoss) {
    const boss = byRef.get(ref.toLowerCase());
    if (!boss)
      errors.push({ row: rec.row, message: `reports_to "${ref}" is not a team member (on this sheet or in Baton)` });
    else if (boss === rec.id) errors.push({ row: rec.row, message: `${rec.id} cannot report to themselves` });
    else rec.reportsTo = boss;
  }
  const chain = new Map<string, string | null>(roster.map((m) => [m.id, m.reportsTo]));
  for (const r of records) chain.set(r.id, r.reportsTo);
  for (const r of records) {
    const seen = new Set<string>([r.id]);
    for (let at = chain.get(r.id) ?? null; at; at = chain.get(at) ?? null) {
      if (seen.has(at)) {
        errors.push({ row: r.row, message: `reports_to makes a loop (${[...seen, at].join(' → ')})` });
        break;
      }
      seen.add(at);
    }
  }
  errors.sort((a, b) => a.row - b.row);
  return { records, errors };
}
