// Split a long text into parts no longer than a platform allows, never cutting a
// character (surrogate pairs stay whole), preferring a line break, then a space, in
// the second half of each part so every part reads on its own. Each adapter
// measures in its platform's unit: UTF-8 bytes (WeCom, DingTalk) or UTF-16 code
// units (WhatsApp's character limit). Pure.

export type Measure = (s: string) => number;

export const utf8Bytes: Measure = (s) => Buffer.byteLength(s, 'utf8');
export const utf16Units: Measure = (s) => s.length;

/**
 * Parts of at most `max` (as measured; the measure must add up over characters, as
 * bytes and code units do). A text that fits comes back as it is; otherwise parts
 * lose the whitespace where they were cut, and blank parts are dropped.
 */
export function splitText(text: string, max: number, measure: Measure = utf8Bytes): string[] {
  if (measure(text) <= max) return [text];
  const parts: string[] = [];
  let rest = text;
  while (measure(rest) > max) {
    const fit = longestPrefix(rest, max, measure);
    if (fit === 0) throw new RangeError(`max ${max} does not fit one character`);
    const cut = preferredCut(rest.slice(0, fit));
    const part = rest.slice(0, cut).trimEnd();
    if (part) parts.push(part);
    rest = rest.slice(cut);
  }
  if (rest.trim()) parts.push(rest.trimEnd());
  return parts.length > 0 ? parts : [''];
}

/** Length (in UTF-16 units) of the longest prefix that fits, in whole code points. */
function longestPrefix(s: string, max: number, measure: Measure): number {
  let used = 0;
  let i = 0;
  for (const ch of s) {
    const m = measure(ch);
    if (used + m > max) break;
    used += m;
    i += ch.length;
  }
  return i;
}

/** After the last line break in the second half of the window, else after the last space there, else at the end. */
function preferredCut(window: string): number {
  const half = Math.floor(window.length / 2);
  const nl = window.lastIndexOf('\n');
  if (nl >= half) return nl + 1;
  const sp = window.lastIndexOf(' ');
  if (sp >= half) return sp + 1;
  return window.length;
}
