// A production sheet's content: the needs production works from, as they stood
// when the sheet was made, and the differences between two versions. Pure.
import { SENSITIVE_KINDS, type NeedKind } from '../needs.js';
import type { Member } from '../team.js';
import { roleMaySeeSensitive } from '../permissions.js';

/** The order kinds print on a sheet (what production needs first). Money kinds print last, when allowed. */
export const SHEET_KINDS: NeedKind[] = [
  'product',
  'quantity',
  'spec',
  'logo',
  'packaging',
  'certification',
  'delivery_date',
  'lead_time',
  'destination',
  'incoterm',
  'sample',
  'caution',
  'payment_terms',
  'price_target',
];

export interface SheetItem {
  slot: string;
  kind: NeedKind;
  value: Record<string, unknown>;
  /** The customer's words it came from. */
  evidence: string;
  speaker: string | null;
  saidAt: string | null;
}

export interface SheetDiffLine {
  slot: string;
  kind: NeedKind;
  from: Record<string, unknown> | null;
  to: Record<string, unknown> | null;
  evidence: string | null;
}

export function sortItems(items: SheetItem[]): SheetItem[] {
  const rank = (k: NeedKind) => {
    const i = SHEET_KINDS.indexOf(k);
    return i < 0 ? 99 : i;
  };
  return [...items].sort((a, b) => rank(a.kind) - rank(b.kind) || a.slot.localeCompare(b.slot));
}

/** Prices and payment terms: only for roles with money rights, never in a group. */
export function isMoneyKind(kind: string): boolean {
  return (SENSITIVE_KINDS as string[]).includes(kind);
}

/**
 * Whether a sheet line may be shown: money only to a member with money rights in a
 * direct chat; cautions are production's business (that is why they are on the sheet)
 * but never where outsiders read.
 */
export function maySeeOnSheet(
  kind: string,
  audience: { member: Member | null; group: boolean; hasExternal: boolean },
): boolean {
  if (audience.hasExternal) return !isMoneyKind(kind) && kind !== 'caution';
  if (!isMoneyKind(kind)) return true;
  return !audience.group && audience.member !== null && roleMaySeeSensitive(audience.member);
}

const MONEY_CLAUSE =
  /定金|订金|尾款|余款|付款|货款|预付|价格|单价|目标价|报价|美元|人民币|欧元|元\b|deposit|balance|payment|price|\bUSD\b|\bEUR\b|\bRMB\b|\bCNY\b|[$¥€]|\d\s*%|\bT\/T\b|\bL\/C\b/i;

/**
 * A customer's quote with its money clauses cut out, for readers without money
 * rights: "要印我们的logo，中性包装，30%定金70%发货前" → "要印我们的logo，中性包装，…".
 */
export function redactMoney(text: string): string {
  const parts = text.split(/([，,；;。.!！]\s*)/);
  let cut = false;
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const clause = parts[i] ?? '';
    if (MONEY_CLAUSE.test(clause)) {
      cut = true;
      continue;
    }
    out.push(clause + (parts[i + 1] ?? ''));
  }
  const kept = out.join('').replace(/[，,；;\s]+$/, '');
  return cut ? (kept ? `${kept}…` : '…') : text;
}

/** Differences by slot; `same` decides equality of two values (canonical JSON). */
export function diffSheets(
  prev: SheetItem[],
  next: SheetItem[],
  same: (a: unknown, b: unknown) => boolean,
): SheetDiffLine[] {
  const before = new Map(prev.map((i) => [i.slot, i]));
  const after = new Map(next.map((i) => [i.slot, i]));
  const out: SheetDiffLine[] = [];
  for (const n of next) {
    const p = before.get(n.slot);
    if (!p) out.push({ slot: n.slot, kind: n.kind, from: null, to: n.value, evidence: n.evidence });
    else if (!same(p.value, n.value))
      out.push({ slot: n.slot, kind: n.kind, from: p.value, to: n.value, evidence: n.evidence });
  }
  for (const p of prev)
    if (!after.has(p.slot)) out.push({ slot: p.slot, kind: p.kind, from: p.value, to: null, evidence: null });
  const rank = (k: NeedKind) => SHEET_KINDS.indexOf(k);
  return out.sort((a, b) => rank(a.kind) - rank(b.kind));
}

/** "PS-3", "ps3", "PS 03" → "PS-3". */
export function normaliseSheetId(s: string): string {
  const m = /^ps[-\s]?0*(\d+)$/i.exec(s.trim());
  return m ? `PS-${m[1]}` : s.trim();
}
