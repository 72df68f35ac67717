// Grounding quotes in the transcript. The contract wants `evidence` to be a
// verbatim substring of one message; models often change only whitespace,
// punctuation width or wrapping quotes, so we look the quote up leniently and
// then return the ORIGINAL text of the message, never the model's version.

export interface EvidenceMatch {
  /** The substring of the message text, exactly as written there. */
  text: string;
  start: number;
  /** False when the quote was only found after normalising whitespace/punctuation. */
  exact: boolean;
}

const FULL_WIDTH: Record<string, string> = {
  '，': ',',
  '。': '.',
  '：': ':',
  '；': ';',
  '！': '!',
  '？': '?',
  '（': '(',
  '）': ')',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '、': ',',
  '～': '~',
  '％': '%',
  '＄': '$',
};

/** Normalise one character for lenient matching; '' drops it (whitespace). */
function normChar(ch: string): string {
  if (/\s/.test(ch)) return '';
  const code = ch.codePointAt(0)!;
  // Full-width ASCII variants (Ａ-ｚ, ０-９) → ASCII.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCodePoint(code - 0xfee0).toLowerCase();
  return (FULL_WIDTH[ch] ?? ch).toLowerCase();
}

/** Normalised text plus, for each normalised character, its index in the original. */
function normalise(s: string): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of s) {
    const n = normChar(ch);
    for (let k = 0; k < n.length; k++) map.push(i);
    text += n;
    i += ch.length;
  }
  return { text, map };
}

function stripQuotes(s: string): string {
  return s
    .trim()
    .replace(/^["'“”‘’「」『』]+|["'“”‘’「」『』]+$/g, '')
    .trim();
}

/** Find `quote` in `message`: exactly first, then leniently. Quotes under 2 characters are too weak to ground anything. */
export function findEvidence(message: string, quote: string): EvidenceMatch | undefined {
  const q = stripQuotes(quote);
  if (q.length < 2) return undefined;
  const at = message.indexOf(q);
  if (at >= 0) return { text: q, start: at, exact: true };
  const nq = normalise(q).text;
  if (nq.length < 2) return undefined;
  const nm = normalise(message);
  const pos = nm.text.indexOf(nq);
  if (pos < 0) return undefined;
  const start = nm.map[pos]!;
  const lastOrig = nm.map[pos + nq.length - 1]!;
  // Extend to the end of the (possibly surrogate-pair) last character.
  const end = lastOrig + (message.codePointAt(lastOrig)! > 0xffff ? 2 : 1);
  return { text: message.slice(start, end), start, exact: false };
}
