// The catalogues: zh and en hold the same keys, every key the code uses exists, every
// placeholder a message names in one language is also given in the other, and no message is empty.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, tr } from '../../../src/core/i18n/index.js';

const SRC = join(import.meta.dirname, '..', '..', '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every literal key passed to tr(lang, 'key' …) or written as a catalogue key constant (msg('key')). */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\btr\(\s*[^,()]+(?:\([^()]*\))?,\s*'([^']+)'/g)) used.set(m[1]!, file);
    for (const m of text.matchAll(/\bmsgKey\(\s*'([^']+)'/g)) used.set(m[1]!, file);
  }
  return used;
}

describe('message catalogues', () => {
  const zh = CATALOGUES.zh,
    en = CATALOGUES.en;

  it('zh and en have exactly the same keys', () => {
    expect(Object.keys(zh).filter((k) => !(k in en))).toEqual([]);
    expect(Object.keys(en).filter((k) => !(k in zh))).toEqual([]);
  });

  it('every key used in src is in both catalogues', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(300);
    const missing = [...used].filter(([k]) => !(k in zh) || !(k in en)).map(([k, f]) => `${k} (${f})`);
    expect(missing).toEqual([]);
  });

  it('no message is empty in one language and filled in the other', () => {
    const uneven = Object.keys(en).filter((k) => (en[k]!.trim() === '') !== ((zh[k] ?? '').trim() === ''));
    expect(uneven).toEqual([]);
  });

  it('fills placeholders and picks the language', () => {
    expect(tr('zh', 'web.layout.customers')).toBe('客户');
    expect(tr('en', 'web.layout.customers')).toBe('Customers');
    expect(tr('en', 'bot.cards.more_already_known_unchanged', { unchanged: 3 })).toBe(
      '3 more already known, unchanged.',
    );
  });
});
