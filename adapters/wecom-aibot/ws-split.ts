// Keep one frame under WeCom's 20480-byte markdown limit: cut at the last line break that fits
// (else at a character boundary). Restated, not imported: adapters never import each other.

export function splitUtf8(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (Buffer.byteLength(rest, 'utf8') > maxBytes) {
    const chars = Array.from(rest); // code points: a surrogate pair is never cut
    let bytes = 0;
    let fit = 0;
    while (fit < chars.length && bytes + Buffer.byteLength(chars[fit]!, 'utf8') <= maxBytes)
      bytes += Buffer.byteLength(chars[fit++]!, 'utf8');
    const nl = chars.slice(0, fit).lastIndexOf('\n');
    const cut = nl >= fit / 2 ? nl + 1 : Math.max(1, fit);
    parts.push(chars.slice(0, cut).join('').trimEnd());
    rest = chars.slice(cut).join('');
  }
  if (rest.trim() || parts.length === 0) parts.push(rest);
  return parts.filter((p, i) => p !== '' || i === 0);
}
