// Tesseract's words back into message text: words into lines, lines into one text per crop.
// Chinese joins without spaces, English with one; a line that stops well short of the bubble's
// width ended a line the sender typed, so it keeps its line break.
import type { OcrWord } from './tesseract.js';

export interface CropText {
  text: string;
  /** Mean word confidence, 0–1 (0 when nothing was read). */
  confidence: number;
  words: number;
  /** Words read with a confidence under 70: a better model for the script leaves fewer. */
  weak: number;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

function glue(a: string, b: string): string {
  if (!a) return b;
  const last = a[a.length - 1]!;
  const first = b[0]!;
  // a browser breaks a line after a hyphen or slash inside a word ("GL-|08", "T/|T") and nowhere else
  if (CJK.test(last) || CJK.test(first) || (/[-/]/.test(last) && /[\p{L}\p{N}]/u.test(first))) return a + b;
  return `${a} ${b}`;
}

interface Line {
  words: OcrWord[];
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function lines(words: OcrWord[]): Line[] {
  const map = new Map<string, OcrWord[]>();
  for (const w of words) {
    const k = `${w.block}.${w.par}.${w.line}`;
    (map.get(k) ?? map.set(k, []).get(k)!).push(w);
  }
  return [...map.values()]
    .map((ws) => ({
      words: ws.sort((a, b) => a.left - b.left),
      left: Math.min(...ws.map((w) => w.left)),
      right: Math.max(...ws.map((w) => w.left + w.width)),
      top: Math.min(...ws.map((w) => w.top)),
      bottom: Math.max(...ws.map((w) => w.top + w.height)),
    }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * Tesseract's one systematic confusion that changes a need: a lower-case l read as a capital I in
 * a unit after a number ("500mI"). Only that spot is touched; "I" elsewhere is a word.
 */
export function fixOcrConfusions(text: string): string {
  return text.replace(/(\d)\s?(m|k)I\b/g, '$1$2l');
}

/** Text of the words inside one crop (already filtered to it). */
export function cropText(words: OcrWord[]): CropText {
  const ls = lines(words);
  const scored = words.filter((w) => w.conf >= 0);
  const confidence = scored.length ? scored.reduce((s, w) => s + w.conf, 0) / scored.length / 100 : 0;
  const widest = Math.max(0, ...ls.map((l) => l.right - l.left));
  let text = '';
  ls.forEach((l, i) => {
    const t = l.words.reduce((s, w) => glue(s, w.text), '');
    if (i === 0) {
      text = t;
      return;
    }
    const prev = ls[i - 1]!;
    // the app wraps a line only when the next word does not fit; if it would have fitted in the
    // room the previous line left, the sender typed that line break
    const first = l.words[0]!;
    const cjk = CJK.test(first.text[0]!);
    const need = cjk ? first.width / Math.max(1, [...first.text].length) : first.width + (l.bottom - l.top) * 0.3;
    const room = prev.left + widest - prev.right;
    text = room > need * 1.15 + 4 ? `${text}\n${t}` : glue(text, t);
  });
  return {
    text: fixOcrConfusions(text.trim()),
    confidence,
    words: words.length,
    weak: scored.filter((w) => w.conf < 70).length,
  };
}
