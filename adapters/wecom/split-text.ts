// Split a text into parts of at most `maxBytes` UTF-8 bytes without cutting a character,
// preferring line breaks, then spaces, so each part reads on its own. Pure.

const encoder = new TextEncoder();
const bytes = (s: string): number => encoder.encode(s).length;

export function splitUtf8(text: string, maxBytes: number): string[] {
  if (maxBytes < 4) throw new RangeError('maxBytes must fit one UTF-8 character (4 bytes)');
  const parts: string[] = [];
  let rest = text;
  while (bytes(rest) > maxBytes) {
    const fit = longestPrefix(rest, maxBytes);
    const cut = preferredCut(rest.slice(0, fit));
    parts.push(rest.slice(0, cut).replace(/\s+$/, ''));
    rest = rest.slice(cut).replace(/^\n+/, '');
  }
  parts.push(rest);
  const nonEmpty = parts.filter((p) => p.length > 0);
  return nonEmpty.length > 0 ? nonEmpty : [''];
}

/** Length (in UTF-16 units) of the longest prefix that fits, never splitting a surrogate pair. */
function longestPrefix(s: string, maxBytes: number): number {
  let used = 0;
  let i = 0;
  for (const ch of s) {
    const b = bytes(ch);
    if (used + b > maxBytes) break;
    used += b;
    i += ch.length;
  }
  return i;
}

/** Cut after the last line break in the second half of the window, else after the last space there, else at the end. */
function preferredCut(window: string): number {
  const half = Math.floor(window.length / 2);
  const nl = window.lastIndexOf('\n');
  if (nl >= half) return nl + 1;
  const sp = window.lastIndexOf(' ');
  if (sp >= half) return sp + 1;
  return window.length;
}
