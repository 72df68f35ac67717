// Whether an extracted need is an expected one, by the key fields the eval scorer compares
// (../shared/eval/README.md, "Matching"); caution by its text containing the expected words.
import type { ExtractedNeed } from '../../../src/core/needs.js';

export interface ExpectedNeed {
  kind: string;
  value: Record<string, unknown>;
  role: 'customer' | 'rep';
}

const norm = (v: unknown): string =>
  String(v ?? '')
    .trim()
    .toLowerCase();

export function matches(e: ExpectedNeed, n: ExtractedNeed): boolean {
  if (e.kind !== n.kind) return false;
  const got = n.value as Record<string, unknown>;
  const want = e.value;
  switch (e.kind) {
    case 'product': {
      const a = norm(want.name);
      const b = norm(got.name);
      return !!b && (a.includes(b) || b.includes(a));
    }
    case 'caution':
      return norm(got.text).includes(norm(want.text));
    case 'quantity':
      return Number(got.value) === Number(want.value) && got.unit === want.unit;
    case 'spec':
      return got.attribute === want.attribute && norm(got.value) === norm(want.value);
    case 'incoterm':
      return got.term === want.term;
    case 'delivery_date':
      return got.date === want.date;
    default:
      // every key field the expectation gives must agree
      return Object.entries(want).every(([k, v]) => norm(got[k]) === norm(v));
  }
}
