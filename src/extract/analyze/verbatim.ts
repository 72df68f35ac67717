// Rules read the reading text (Simplified, masked); needs must quote the
// original. Both have the same length, so a span found in one is the same
// span of the other: evidence and the customer's own words (product names,
// spec values, caution text) are taken back from the original here.
import type { Mention } from '../rules/mention.js';

const WORD_FIELDS: Partial<Record<string, string[]>> = {
  product: ['name'],
  spec: ['value'],
  caution: ['text'],
  logo: ['details'],
  packaging: ['details'],
  payment_terms: ['details'],
  incoterm: ['place'],
  destination: ['port'],
  certification: ['name'],
};

/** Position of `found` in `reading` nearest to `near`, or -1. */
function nearest(found: string, reading: string, near: number): number {
  let best = -1;
  for (let i = reading.indexOf(found); i >= 0; i = reading.indexOf(found, i + 1)) {
    if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i;
  }
  return best;
}

function back(found: string, reading: string, original: string, near: number): string {
  if (!found || reading === original) return found;
  const at = nearest(found, reading, near);
  return at < 0 ? found : original.slice(at, at + found.length);
}

export function verbatimMentions(mentions: Mention[], original: string, reading: string): Mention[] {
  if (original === reading) return mentions;
  return mentions.map((m) => {
    const out: Mention = { ...m, evidence: back(m.evidence, reading, original, m.start) };
    const fields = WORD_FIELDS[m.kind];
    if (fields) {
      const value = { ...m.value };
      for (const f of fields)
        if (typeof value[f] === 'string') value[f] = back(value[f] as string, reading, original, m.start);
      out.value = value;
    }
    return out;
  });
}
