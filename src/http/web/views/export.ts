// /web/export.xlsx: the customers the viewer may see (with the list's filters) and
// their current needs; sensitive needs only for roles that may see them.
import type { Repositories } from '../../../deps.js';
import type { Member } from '../../../core/team.js';
import { maySayHere } from '../../../core/permissions.js';
import type { ListFilters } from '../../../db/repositories/web-customer-list.js';
import type { Scope } from '../../../web/queries/visibility.js';
import { tr } from '../../../core/i18n/index.js';
import { describeValue, kindLabel, stageLabel, tierLabel } from './format.js';

export async function exportWorkbook(
  repos: Repositories,
  me: Member,
  scope: Scope,
  f: ListFilters,
  now: Date,
  tz: string,
): Promise<Buffer> {
  const { rows } = await repos.web.listVisibleCustomers(scope, f, now, 100_000);
  const ids = rows.map((r) => r.id);
  // exceljs is loaded on first use: a server that never exports never holds it in memory
  const { default: ExcelJS } = await import('exceljs');
  const L = me.language;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Baton';
  wb.created = now;
  const day = (d: Date | null) => (d ? new Intl.DateTimeFormat('en-CA', { timeZone: tz }).format(d) : '');

  const cs = wb.addWorksheet(tr(L, 'export.sheet.customers'));
  cs.columns = [
    { header: tr(L, 'export.column.code'), key: 'code', width: 14 },
    { header: tr(L, 'export.column.name'), key: 'name', width: 30 },
    { header: tr(L, 'export.column.aliases'), key: 'aliases', width: 18 },
    { header: tr(L, 'export.column.tier'), key: 'tier', width: 6 },
    { header: tr(L, 'export.column.stage'), key: 'stage', width: 12 },
    { header: tr(L, 'export.column.owner'), key: 'owner', width: 10 },
    { header: tr(L, 'export.column.country'), key: 'country', width: 10 },
    { header: tr(L, 'export.column.last'), key: 'last', width: 12 },
    { header: tr(L, 'export.column.next'), key: 'next', width: 14 },
    { header: tr(L, 'export.column.contact'), key: 'contact', width: 18 },
    { header: tr(L, 'export.column.phone'), key: 'phone', width: 16 },
    { header: tr(L, 'export.column.email'), key: 'email', width: 24 },
  ];
  const contacts = new Map<string, { name: string; phone: string | null; email: string | null }>();
  for (let i = 0; i < ids.length; i += 1000) {
    const batch = ids.slice(i, i + 1000);
    for (const [id, c] of await repos.web.primaryContactsOf(batch)) if (!contacts.has(id)) contacts.set(id, c);
  }
  for (const r of rows) {
    const k = contacts.get(r.id);
    cs.addRow({
      code: r.code,
      name: r.name,
      aliases: r.aliases.join(', '),
      tier: tierLabel(r.tier, L),
      stage: stageLabel(r.stage, L),
      owner: r.ownerId ?? '',
      country: r.country ?? '',
      last: day(r.lastContactAt),
      next: day(r.nextFollowUpAt),
      contact: k?.name ?? '',
      phone: k?.phone ?? '',
      email: k?.email ?? '',
    });
  }
  cs.getRow(1).font = { bold: true };
  cs.views = [{ state: 'frozen', ySplit: 1 }];

  const ns = wb.addWorksheet(tr(L, 'export.sheet.needs'));
  ns.columns = [
    { header: tr(L, 'export.column.code'), key: 'code', width: 14 },
    { header: tr(L, 'export.column.name'), key: 'name', width: 30 },
    { header: tr(L, 'export.column.kind'), key: 'kind', width: 14 },
    { header: tr(L, 'export.column.value'), key: 'value', width: 30 },
    { header: tr(L, 'export.column.evidence'), key: 'evidence', width: 50 },
    { header: tr(L, 'export.column.speaker'), key: 'speaker', width: 14 },
    { header: tr(L, 'export.column.at'), key: 'at', width: 12 },
  ];
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (let i = 0; i < ids.length; i += 1000) {
    const batch = ids.slice(i, i + 1000);
    const needs = await repos.web.currentNeedsOf(batch);
    for (const n of needs) {
      if (!maySayHere(me, false, n.kind)) continue;
      const c = byId.get(n.customerId)!;
      ns.addRow({
        code: c.code,
        name: c.name,
        kind: kindLabel(n.kind, L),
        value: describeValue(n.kind, n.value, L),
        evidence: n.evidence,
        speaker: n.speaker ?? '',
        at: day(n.saidAt),
      });
    }
  }
  ns.getRow(1).font = { bold: true };
  ns.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
