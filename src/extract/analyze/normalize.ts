// One reading text per message: Traditional → Simplified (opencc-js) and
// Cantonese forms → Mandarin (lexicon), always one character for one, so an
// offset in the reading text is the same offset in the original and evidence
// is sliced from the original verbatim.
import * as OpenCC from 'opencc-js';
import { CANTONESE_CHARS, CANTONESE_PHRASES } from '../lexicon/cantonese.js';

type Convert = (s: string) => string;
let hkToCn: Convert | undefined;
// opencc builds its tables on first use (~10 ms); a read-only converter, shared.
const converter = (): Convert => (hkToCn ??= OpenCC.Converter({ from: 'hk', to: 'cn' }));

const CANTO = new Map(CANTONESE_CHARS);
const CJK = /[\u3400-\u9fff]/;

/** Simplified, Mandarin reading of `text` with exactly the same length. */
export function readingText(text: string): string {
  if (!CJK.test(text)) return text;
  return phrases(charReading(text));
}

let phraseTable: { keys: Map<string, string>; lengths: number[] } | undefined;
// keys go through the same character reading as the text, so "唔使" is looked up as "不使"
function table(): { keys: Map<string, string>; lengths: number[] } {
  if (phraseTable) return phraseTable;
  const keys = new Map<string, string>();
  for (const [from, to] of CANTONESE_PHRASES) {
    const key = charReading(from);
    // an entry that reads as itself ("一定係" → 一定是) is kept: it shields its text from a shorter entry inside it (定係 → 还是)
    if (key.length === to.length) keys.set(key, to);
  }
  const lengths = [...new Set([...keys.keys()].map((k) => k.length))].sort((a, b) => b - a);
  return (phraseTable = { keys, lengths });
}

function phrases(reading: string): string {
  const { keys, lengths } = table();
  let out = '';
  for (let i = 0; i < reading.length;) {
    let hit: string | undefined;
    for (const n of lengths) if ((hit = keys.get(reading.slice(i, i + n)))) break;
    if (hit) {
      out += hit;
      i += hit.length;
    } else out += reading[i++];
  }
  return out;
}

function charReading(text: string): string {
  let canto = '';
  for (const ch of text) canto += CANTO.get(ch) ?? ch;
  let simple = converter()(canto);
  if (simple.length !== text.length) {
    // a phrase conversion changed the length: convert character by character instead
    simple = Array.from(canto, (ch) => {
      const c = converter()(ch);
      return c.length === ch.length ? c : ch;
    }).join('');
  }
  return simple;
}

/**
 * How many characters of `text` are Traditional: opencc writes them as another
 * common character in Simplified. Cantonese characters are read first, and a
 * rare form opencc gives some particles (喎 → 㖞) does not count.
 */
export function traditionalCount(text: string): number {
  if (!CJK.test(text)) return 0;
  let canto = '';
  for (const ch of text) canto += CANTO.get(ch) ?? ch;
  const whole = converter()(canto);
  // one conversion of the whole text; character by character only when a phrase changed the length
  const chars = whole.length === canto.length ? Array.from(whole) : Array.from(canto, (ch) => converter()(ch));
  let n = 0;
  Array.from(canto).forEach((ch, i) => {
    const c = chars[i]!;
    if (c !== ch && c.length === 1 && c >= '\u4e00' && c <= '\u9fff') n++;
  });
  return n;
}

/** Whether `text` (the original) is written in Traditional characters. */
export function isTraditional(text: string, reading: string): boolean {
  let diff = 0;
  for (let i = 0; i < text.length; i++) if (text[i] !== reading[i]) diff++;
  return diff > 0;
}

/**
 * The original text of what a rule found in the reading text: `found` is a
 * substring of `reading`; the same span of `original` is returned. Falls back
 * to `found` when it is not in the reading text.
 */
export function originalOf(found: string, reading: string, original: string, near = 0): string {
  if (reading === original) return found;
  let best = -1;
  for (let i = reading.indexOf(found); i >= 0; i = reading.indexOf(found, i + 1)) {
    if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i;
  }
  return best < 0 ? found : original.slice(best, best + found.length);
}
