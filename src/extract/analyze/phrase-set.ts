// Finding lexicon entries in a text: a character trie, longest match first.
// Latin entries only match on word edges ("ai" never inside "said"); CJK
// entries match anywhere. Lookup is case-insensitive. Built once per lexicon.

interface Node {
  // keyed by the lower-cased UTF-16 code unit: no one-character strings are made per lookup
  next: Map<number, Node>;
  value?: string;
  word?: string;
}

export interface PhraseHit {
  start: number;
  end: number;
  /** The entry as written in the lexicon. */
  word: string;
  /** The value the lexicon gives it (the entry itself for plain lists). */
  value: string;
}

// char-code test: this runs for every character of every message
function isLatinCode(k: number): boolean {
  return (k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122) || (k >= 0xc0 && k <= 0xff);
}

// The lower-case form of one UTF-16 code unit, as `String.fromCharCode(k).toLowerCase()` gives it;
// -1 when that is not one code unit (no entry can match there). Filled in as units are met
// (stored plus one, 0 = not yet known).
const LOWER = new Int32Array(0x10000);
function lowerUnit(k: number): number {
  if (k < 128) return k >= 65 && k <= 90 ? k + 32 : k;
  let l = LOWER[k]!;
  if (l === 0) {
    const s = String.fromCharCode(k).toLowerCase();
    l = (s.length === 1 ? s.charCodeAt(0) : -1) + 1;
    LOWER[k] = l;
  }
  return l - 1;
}

export class PhraseSet {
  private readonly root: Node = { next: new Map() };
  // one bit per lower-cased first unit of an entry: most positions of a text start no entry
  private readonly firsts = new Uint32Array(0x800);
  readonly size: number;

  constructor(entries: (string | [string, string])[]) {
    for (const e of entries) {
      const [word, value] = typeof e === 'string' ? [e, e] : e;
      let n = this.root;
      // lookup walks code units, so a character outside the BMP (two units) is never matched
      let reachable = true;
      for (const ch of word.toLowerCase()) {
        if (ch.length !== 1) {
          reachable = false;
          break;
        }
        const k = ch.charCodeAt(0);
        if (n === this.root) this.firsts[k >>> 5]! |= 1 << (k & 31);
        let c = n.next.get(k);
        if (!c) n.next.set(k, (c = { next: new Map() }));
        n = c;
      }
      if (!reachable) continue;
      n.value = value;
      n.word = word;
    }
    this.size = entries.length;
  }

  /** The longest entry starting at `i`, if any. */
  matchAt(text: string, i: number): PhraseHit | undefined {
    if (i < 0 || i >= text.length) return undefined;
    const first = text.charCodeAt(i);
    const k = lowerUnit(first);
    if (k < 0 || (this.firsts[k >>> 5]! & (1 << (k & 31))) === 0) return undefined;
    let n: Node | undefined = this.root.next.get(k);
    if (!n) return undefined;
    if (isLatinCode(first) && i > 0 && isLatinCode(text.charCodeAt(i - 1))) return undefined;
    let bestEnd = -1;
    let bestNode: Node | undefined;
    for (let j = i; ;) {
      if (n.value !== undefined) {
        // a Latin entry must end on a word edge
        if (!(isLatinCode(text.charCodeAt(j)) && j + 1 < text.length && isLatinCode(text.charCodeAt(j + 1)))) {
          bestEnd = j + 1;
          bestNode = n;
        }
      }
      j++;
      if (j >= text.length) break;
      n = n.next.get(lowerUnit(text.charCodeAt(j)));
      if (!n) break;
    }
    return bestNode ? { start: i, end: bestEnd, word: bestNode.word!, value: bestNode.value! } : undefined;
  }

  /** Every non-overlapping entry in `text`, left to right, longest first. */
  findAll(text: string, from = 0, to = text.length): PhraseHit[] {
    const out: PhraseHit[] = [];
    for (let i = from; i < to; i++) {
      const h = this.matchAt(text, i);
      if (h && h.end <= to) {
        out.push(h);
        i = h.end - 1;
      }
    }
    return out;
  }

  has(text: string): boolean {
    for (let i = 0; i < text.length; i++) if (this.matchAt(text, i)) return true;
    return false;
  }

  /** Whether the whole of `word` is an entry. */
  is(word: string): boolean {
    const h = this.matchAt(word, 0);
    return h !== undefined && h.end === word.length;
  }
}
