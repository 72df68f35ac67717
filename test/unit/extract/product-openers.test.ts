// Question openers ("想问下", "咨询一下") are verbs to the tokeniser, so they
// never become the start of a product name.
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../../src/extract/extract-transcript.js';

const opts = { now: new Date('2026-11-20T10:00:00+08:00'), tz: 'Asia/Shanghai', reps: [] };
const products = (t: string): unknown[] =>
  extractTranscript(t, opts)
    .needs.filter((n) => n.kind === 'product')
    .map((n) => n.value);

describe('question openers are not goods', () => {
  it('keeps the opener out of the product name', () => {
    expect(products('想问下不锈钢饭盒有现货吗')).toEqual([{ name: '不锈钢饭盒' }]);
    expect(products('咨询下陶瓷马克杯有货吗')).toEqual([{ name: '陶瓷马克杯' }]);
  });
});
