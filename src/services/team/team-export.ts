// `baton team export`: the roster as a sheet with the same headings the import
// reads, so export → edit → import round-trips.
import { identityValues, type RosterMember } from '../../core/roster.js';
import { TEAM_HEADERS } from './team-fields.js';

const EXTRA = ['active'];

export function rosterRows(roster: RosterMember[]): string[][] {
  return roster.map((m) => [
    m.id,
    m.name,
    m.role,
    m.reportsTo ?? '',
    m.language,
    identityValues(m.identities, 'wecom').join(' '),
    identityValues(m.identities, 'dingtalk').join(' '),
    identityValues(m.identities, 'whatsapp')
      .map((n) => `+${n}`)
      .join(' '),
    m.active ? 'yes' : `left ${m.leftAt?.toISOString().slice(0, 10) ?? ''}`.trim(),
  ]);
}

const csvCell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function rosterCsv(roster: RosterMember[]): string {
  return [[...TEAM_HEADERS, ...EXTRA], ...rosterRows(roster)].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

export async function rosterXlsx(roster: RosterMember[]): Promise<Buffer> {
  // exceljs is loaded on first use: a server that never exports never holds it in memory
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('team');
  ws.addRow([...TEAM_HEADERS, ...EXTRA]);
  for (const r of rosterRows(roster)) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
