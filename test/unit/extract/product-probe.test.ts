// The product probe of issue 14 (test/unit/extract/product-probe.cases.ts):
// fresh sentences across languages and trades, each a one-message chat through
// the whole rules extractor. A product must be found and quoted verbatim where
// one is named, and none where the sentence names only information, money, a
// colour or a material (a wrong product is worse than none).
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../../src/extract/extract-transcript.js';
import { tokenize } from '../../../src/extract/analyze/tokens.js';
import { PROBE } from './product-probe.cases.js';

const opts = { now: new Date('2026-11-20T10:00:00+08:00'), tz: 'Asia/Shanghai', reps: [] };

describe('product probe (issue 14)', () => {
  for (const c of PROBE) {
    it(c.text, () => {
      const r = extractTranscript(c.text, { ...opts, reps: c.reps ?? [] });
      const product = r.needs.find((n) => n.kind === 'product');
      const found = String((product?.value as { name?: string } | undefined)?.name ?? '');
      if (c.product === null) {
        expect(found).toBe('');
        return;
      }
      expect(found.toLowerCase()).toContain(c.product.toLowerCase());
      expect(c.text).toContain(found);
      if (c.quantity) {
        const q = r.needs.find((n) => n.kind === 'quantity');
        expect(q?.value).toMatchObject({ value: c.quantity[0], unit: c.quantity[1] });
      }
    });
  }
});

describe('a measure word after a numeral stays with the count (jieba glues it onward)', () => {
  const cases: [string, string, string][] = [
    ['我们需要两百台商用冰箱', '台', '商用'],
    ['订五十台商用洗碗机', '台', '商用'],
    ['2000台商用制冰机', '台', '商用'],
  ];
  for (const [text, measure, next] of cases) {
    it(text, () => {
      const words = tokenize(text).map((t) => t.text);
      const i = words.indexOf(measure);
      expect(i).toBeGreaterThan(0);
      expect(words[i + 1]).toBe(next);
    });
  }
  it('keeps a word that is a unit or ends the text (五十条件, 三个月)', () => {
    expect(tokenize('五十条件').map((t) => t.text)).toContain('条件');
    expect(tokenize('三个月内').map((t) => t.text)).not.toContain('个');
  });
});
