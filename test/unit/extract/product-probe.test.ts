// The product probe of issue 14 (test/unit/extract/product-probe.cases.ts):
// fresh sentences across languages and trades, each a one-message chat through
// the whole rules extractor. A product must be found and quoted verbatim where
// one is named, and none where the sentence names only information, money, a
// colour or a material (a wrong product is worse than none).
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../../src/extract/extract-transcript.js';
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
