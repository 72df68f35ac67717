// Split a long text into parts no longer than `max` (as measured), preferring line breaks,
// then spaces, and never cutting a character in half. The outbox splits by maxMessageBytes
// already; this is the adapter's own guard so one send never exceeds the platform's limit.

export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

export function splitText(text: string, max: number, measure: (s: string) => number = utf8Bytes): string[] {
  if (measure(text) <= max) return [text];
  const parts: string[] = [];
  let rest = Array.from(text); // code points, so surrogate pairs stay whole
  while (rest.length > 0 && measure(rest.join('')) > max) {
    // Longest prefix that fits (binary search over code points).
    let lo = 1;
    let hi = rest.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (measure(rest.slice(0, mid).join('')) <= max) lo = mid;
      else hi = mid - 1;
    }
    let cut = lo;
    const prefix = rest.slice(0, lo);
    const nl = prefix.lastIndexOf('\n');
    const sp = prefix.lastIndexOf(' ');
    if (nl >= lo / 2) cut = nl + 1;
    else if (sp >= lo / 2) cut = sp + 1;
    const part = rest.slice(0, cut).join('').trimEnd();
    if (part) parts.push(part);
    rest = rest.slice(cut);
  }
  const last = rest.join('');
  if (last.trim()) parts.push(last.trimEnd());
  return parts;
}
