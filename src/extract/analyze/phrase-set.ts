// Finding lexicon entries in a text: a character trie, longest match first.
// Latin entries only match on word edges ("ai" never inside "said"); CJK
// entries match anywhere. Lookup is case-insensitive. Built once per lexicon.

interface Node {
  next: Map<string, Node>;
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
function isLatin(c: string | undefined): boolean {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  return (k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122) || (k >= 0xc0 && k <= 0xff);
}

export class PhraseSet {
  private readonly root: Node = { next: new Map() };
  readonly size: number;

  constructor(entries: (string | [string, string])[]) {
    for (const e of entries) {
      const [word, value] = typeof e === 'string' ? [e, e] : e;
      let n = this.root;
      for (const ch of word.toLowerCase()) {
        let c = n.next.get(ch);
        if (!c) n.next.set(ch, (c = { next: new Map() }));
        n = c;
      }
      n.value = value;
      n.word = word;
    }
    this.size = entries.length;
  }

  /** The longest entry starting at `i`, if any. */
  matchAt(text: string, i: number): PhraseHit | undefined {
    const first = text[i];
    if (first === undefined || !this.root.next.has(first.toLowerCase())) return undefined;
    if (isLatin(first) && isLatin(text[i - 1])) return undefined;
    let n: Node | undefined = this.root;
    let best: PhraseHit | undefined;
    for (let j = i; j < text.length && n; j++) {
      n = n.next.get(text[j]!.toLowerCase());
      if (!n) break;
      if (n.value !== undefined) {
        // a Latin entry must end on a word edge
        if (isLatin(text[j]) && isLatin(text[j + 1])) continue;
        best = { start: i, end: j + 1, word: n.word!, value: n.value };
      }
    }
    return best;
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
