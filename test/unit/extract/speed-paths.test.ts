// The fast paths added for extraction speed (issue 14) keep the readings they replace:
// the phrase trie's char-code walk, the token cache and the chrono gate.
import { describe, expect, it } from 'vitest';
import { PhraseSet } from '../../../src/extract/analyze/phrase-set.js';
import { tokenize } from '../../../src/extract/analyze/tokens.js';
import { chronoDates } from '../../../src/extract/dates/english-chrono.js';

describe('PhraseSet (char-code walk)', () => {
  const set = new PhraseSet(['ai', 'Café', ['纸箱', 'carton'], 'hard case', 'case', '𠀀箱']);

  it('matches case-insensitively, longest first, Latin only on word edges', () => {
    expect(set.findAll('A HARD CASE, not said').map((h) => [h.word, h.start, h.end])).toEqual([['hard case', 2, 11]]);
    expect(set.has('said')).toBe(false);
    expect(set.findAll('AI ok').map((h) => h.word)).toEqual(['ai']);
    expect(set.findAll('cases').length).toBe(0);
  });

  it('lower-cases accented letters and matches CJK anywhere', () => {
    expect(set.findAll('CAFÉ 双层纸箱').map((h) => h.value)).toEqual(['Café', 'carton']);
    expect(set.is('纸箱')).toBe(true);
    expect(set.matchAt('纸箱', -1)).toBeUndefined();
    expect(set.matchAt('纸箱', 2)).toBeUndefined();
  });

  it('never matches an entry with a character outside the BMP, as before', () => {
    expect(set.has('𠀀箱')).toBe(false);
  });
});

describe('tokenize cache', () => {
  it('gives the same tokens on a second call, and they cannot be changed', () => {
    const text = '2000 ceramic mugs, 要纯棉T恤';
    const a = tokenize(text);
    const b = tokenize(text);
    expect(b).toBe(a);
    expect(b.map((t) => t.text)).toContain('ceramic');
    expect(() => {
      (a[0] as { tag: string }).tag = 'x';
    }).toThrow();
  });
});

describe('chrono gate', () => {
  const today = { y: 2026, m: 11, d: 22 };
  it('still reads dates chrono alone finds', () => {
    expect(chronoDates('ship it 5 days from now please', today).map((h) => h.date)).toEqual([
      { y: 2026, m: 11, d: 27 },
    ]);
    expect(chronoDates('deliver on 10-August-2027', today).map((h) => h.date)).toEqual([{ y: 2027, m: 8, d: 10 }]);
  });
  it('reads nothing in text without any date word', () => {
    expect(chronoDates('we need 500 pcs with blue logo', today)).toEqual([]);
  });
});
