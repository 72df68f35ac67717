// Lexicons are data: each one is a block of entries, one a line or separated
// by "|", so a word is added in one place and every gate and rule built from
// it sees it. This helper turns such a block into a clean list.

/** Entries of a lexicon block: split on newlines and "|", trimmed, comments (# …) and blanks dropped. */
export function terms(block: string): string[] {
  return block
    .split(/\n|\|/)
    .map((s) => s.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

/** Entries "a b c = value" (several spellings of one value), as [spelling, value] pairs. */
export function mapping(block: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of block.split('\n')) {
    const clean = line.replace(/#.*$/, '').trim();
    if (!clean) continue;
    const eq = clean.lastIndexOf('=');
    if (eq < 0) continue;
    const value = clean.slice(eq + 1).trim();
    for (const s of clean
      .slice(0, eq)
      .split('|')
      .map((x) => x.trim())
      .filter(Boolean))
      out.push([s, value]);
  }
  return out;
}

/**
 * A regex source matching any of the entries: escaped, longest first, so the
 * longest spelling wins where entries share a start. For gates and rules built
 * from a lexicon, so their words stay data.
 */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
