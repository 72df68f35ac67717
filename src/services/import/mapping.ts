// Which column holds which field: guessed from the headings (zh or en), then
// corrected by the user (`--map 客户名称=name`, `--map C=tier`, or the page's selects).
import { FIELDS, type FieldDef, type ImportKind } from './fields.js';

/** For each column, the field it feeds, or null when ignored. */
export type Mapping = (string | null)[];

export function normalizeHeader(h: string): string {
  return h
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-./\\()[\]{}:：*#?？'"]+/g, '');
}

export function guessMapping(kind: ImportKind, headers: string[]): Mapping {
  return guessMappingFor(FIELDS[kind], headers);
}

/** The guess for any list of fields (the team import has its own). */
export function guessMappingFor(fields: FieldDef[], headers: string[]): Mapping {
  const norm = headers.map(normalizeHeader);
  const out: Mapping = headers.map(() => null);
  const taken = new Set<string>();
  // Pass 1: exact heading matches; pass 2: a heading containing a known word ("客户名称(英文)").
  for (const pass of ['exact', 'contains'] as const) {
    norm.forEach((h, col) => {
      if (out[col] || !h) return;
      let best: { key: string; len: number } | undefined;
      for (const f of fields) {
        if (taken.has(f.key)) continue;
        for (const s of f.synonyms) {
          const ns = normalizeHeader(s);
          const hit = pass === 'exact' ? h === ns : ns.length >= 2 && h.includes(ns);
          if (hit && (!best || ns.length > best.len)) best = { key: f.key, len: ns.length };
        }
      }
      if (best) {
        out[col] = best.key;
        taken.add(best.key);
      }
    });
  }
  return out;
}

/** Column reference: a heading, a spreadsheet letter (A, B, …, AA) or a 1-based number. */
export function resolveColumn(headers: string[], ref: string): number | undefined {
  const byName = headers.findIndex((h) => h.trim() === ref.trim());
  if (byName >= 0) return byName;
  const byNorm = headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(ref));
  if (byNorm >= 0) return byNorm;
  if (/^\d+$/.test(ref)) {
    const n = Number(ref) - 1;
    return n >= 0 && n < headers.length ? n : undefined;
  }
  if (/^[A-Z]{1,2}$/.test(ref)) {
    const n = [...ref].reduce((acc, c) => acc * 26 + (c.charCodeAt(0) - 64), 0) - 1;
    return n < headers.length ? n : undefined;
  }
  return undefined;
}

/** Apply "col=field" overrides (field empty or '-' ignores the column). Throws on an unknown column or field. */
export function applyOverrides(kind: ImportKind, headers: string[], base: Mapping, overrides: string[]): Mapping {
  return applyOverridesFor(FIELDS[kind], kind, headers, base, overrides);
}

export function applyOverridesFor(
  fields: FieldDef[],
  kind: string,
  headers: string[],
  base: Mapping,
  overrides: string[],
): Mapping {
  const keys = new Set(fields.map((f) => f.key));
  const out = [...base];
  for (const o of overrides) {
    const eq = o.lastIndexOf('=');
    if (eq <= 0) throw new Error(`--map "${o}": expected column=field`);
    const ref = o.slice(0, eq);
    const field = o.slice(eq + 1).trim();
    const col = resolveColumn(headers, ref);
    if (col === undefined) throw new Error(`--map "${o}": no column "${ref}" (columns: ${headers.join(', ')})`);
    if (field === '' || field === '-') {
      out[col] = null;
      continue;
    }
    if (!keys.has(field)) throw new Error(`--map "${o}": "${field}" is not a ${kind} field (${[...keys].join(', ')})`);
    out.forEach((f, i) => {
      if (f === field) out[i] = null;
    });
    out[col] = field;
  }
  return out;
}

/** Required fields no column feeds. */
export function missingRequired(kind: ImportKind, mapping: Mapping): string[] {
  return FIELDS[kind].filter((f) => f.required && !mapping.includes(f.key)).map((f) => f.key);
}

/** When the kind is not given: the kind whose fields the headings match best. */
export function guessKind(headers: string[]): ImportKind {
  const score = (k: ImportKind) => guessMapping(k, headers).filter(Boolean).length;
  const orders = guessMapping('orders', headers);
  if (orders.includes('amount') && orders.includes('date')) return 'orders';
  const fu = guessMapping('followups', headers);
  if (fu.includes('date') && (fu.includes('summary') || fu.includes('channel'))) return 'followups';
  return score('customers') >= score('followups') ? 'customers' : 'followups';
}
