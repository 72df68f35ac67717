// Which customers a text names — their names, codes, aliases or contacts' names —
// at a cost that depends on the text, not on how many customers there are. Patterns
// are kept in a hash by their exact (lower-cased) text and, per two-character prefix,
// the lengths that occur; a text is scanned once, and at each position only the
// lengths of patterns starting there are looked up. The rules are those of a plain
// scan (mentionScan below, which the tests compare against): case-insensitive as
// JavaScript lower-cases (É → é, which Postgres' C-locale lower() does not), 2+
// characters, substring for CJK, whole words for Latin names.

/** What may name one customer. */
export interface MentionSource {
  customerId: string;
  name: string;
  code: string;
  aliases: string[];
  contacts: string[];
}

const LATIN = /^[\p{Script=Latin}\d\s.&'-]+$/u;
const WORD_CHAR = /^[\p{L}\d]$/u;

/** The form a pattern is stored and looked up in; undefined when too short to mean anything. */
function normalise(name: string): string | undefined {
  const n = name.trim().toLowerCase();
  return n.length < 2 ? undefined : n;
}

/** The distinctive first word of a multi-word name ("ACME" of "ACME Trading"), matched only when nothing else is. */
function firstWord(name: string): string | undefined {
  const first = name.split(/\s+/)[0] ?? '';
  return first.length >= 3 && first !== name ? normalise(first) : undefined;
}

function fullNames(s: MentionSource): string[] {
  return [s.name, s.code, ...s.aliases, ...s.contacts];
}

function isWordAt(hay: string, cp: number | undefined): boolean {
  return cp !== undefined && WORD_CHAR.test(String.fromCodePoint(cp));
}

function codePointBefore(hay: string, i: number): number | undefined {
  if (i === 0) return undefined;
  const lo = hay.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = hay.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return hay.codePointAt(i - 2);
  }
  return lo;
}

/** A Latin name counts only as a whole word: no letter or digit right before or after it. */
function wholeWordAt(hay: string, i: number, len: number): boolean {
  return !isWordAt(hay, codePointBefore(hay, i)) && !isWordAt(hay, hay.codePointAt(i + len));
}

interface Pattern {
  latin: boolean;
  ids: Set<string>;
}

class PatternSet {
  private readonly byText = new Map<string, Pattern>();
  /** Two-character prefix → pattern length → how many patterns have it. */
  private readonly lengths = new Map<string, Map<number, number>>();

  add(text: string, id: string): void {
    const p = this.byText.get(text);
    if (p) {
      p.ids.add(id);
      return;
    }
    this.byText.set(text, { latin: LATIN.test(text), ids: new Set([id]) });
    const prefix = text.slice(0, 2);
    const lens = this.lengths.get(prefix) ?? new Map<number, number>();
    lens.set(text.length, (lens.get(text.length) ?? 0) + 1);
    this.lengths.set(prefix, lens);
  }

  remove(text: string, id: string): void {
    const p = this.byText.get(text);
    if (!p || !p.ids.delete(id) || p.ids.size > 0) return;
    this.byText.delete(text);
    const prefix = text.slice(0, 2);
    const lens = this.lengths.get(prefix)!;
    const left = (lens.get(text.length) ?? 1) - 1;
    if (left > 0) lens.set(text.length, left);
    else lens.delete(text.length);
    if (lens.size === 0) this.lengths.delete(prefix);
  }

  find(hay: string, out: Set<string>): void {
    for (let i = 0; i + 2 <= hay.length; i++) {
      const lens = this.lengths.get(hay.slice(i, i + 2));
      if (!lens) continue;
      for (const len of lens.keys()) {
        if (i + len > hay.length) continue;
        const p = this.byText.get(hay.slice(i, i + len));
        if (!p || (p.latin && !wholeWordAt(hay, i, len))) continue;
        for (const id of p.ids) out.add(id);
      }
    }
  }
}

export class MentionIndex {
  private readonly full = new PatternSet();
  private readonly first = new PatternSet();
  /** What each customer was indexed under, so a change replaces exactly that. */
  private readonly indexed = new Map<string, { full: string[]; first: string | undefined }>();

  constructor(sources: Iterable<MentionSource> = []) {
    for (const s of sources) this.put(s);
  }

  get size(): number {
    return this.indexed.size;
  }

  /** Replace what `ids` are indexed under by `sources` (an id without a source is gone). */
  replace(ids: Iterable<string>, sources: Iterable<MentionSource>): void {
    for (const id of ids) this.drop(id);
    for (const s of sources) this.put(s);
  }

  /** Ids of the customers `text` names; their first words only when nothing names one fully. */
  find(text: string): Set<string> {
    const hay = text.toLowerCase();
    const hit = new Set<string>();
    this.full.find(hay, hit);
    if (hit.size === 0) this.first.find(hay, hit);
    return hit;
  }

  private put(s: MentionSource): void {
    this.drop(s.customerId);
    const full = [
      ...new Set(
        fullNames(s)
          .map(normalise)
          .filter((n): n is string => n !== undefined),
      ),
    ];
    const first = firstWord(s.name);
    for (const n of full) this.full.add(n, s.customerId);
    if (first) this.first.add(first, s.customerId);
    this.indexed.set(s.customerId, { full, first });
  }

  private drop(id: string): void {
    const was = this.indexed.get(id);
    if (!was) return;
    for (const n of was.full) this.full.remove(n, id);
    if (was.first) this.first.remove(was.first, id);
    this.indexed.delete(id);
  }
}

function appears(text: string, name: string): boolean {
  const n = normalise(name);
  if (!n) return false;
  const hay = text.toLowerCase();
  if (!LATIN.test(n)) return hay.includes(n);
  const re = new RegExp(`(^|[^\\p{L}\\d])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\d])`, 'u');
  return re.test(hay);
}

/**
 * The same answer by a scan over every source: the rule the index must keep, written
 * the simple way (the index's tests compare the two over varied names and texts).
 */
export function mentionScan(sources: MentionSource[], text: string): Set<string> {
  const hit = new Set<string>();
  for (const s of sources) if (fullNames(s).some((n) => appears(text, n))) hit.add(s.customerId);
  if (hit.size === 0) {
    for (const s of sources) {
      const first = s.name.split(/\s+/)[0] ?? '';
      if (first.length >= 3 && first !== s.name && appears(text, first)) hit.add(s.customerId);
    }
  }
  return hit;
}
