// Colour specs are the colour words of the colour lexicon, without the words
// around them, and a cue followed by no colour states none.
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/extract/analyze/normalize.js';
import { findSpecs } from '../../../src/extract/rules/spec-cert.js';

const colours = (t: string): unknown[] =>
  findSpecs(readingText(t), [])
    .filter((m) => m.value.attribute === 'color')
    .map((m) => m.value.value);

describe('colour values', () => {
  it('drops the words before and after the colour', () => {
    expect(colours('颜色这回改做浅蓝色那种吧')).toEqual(['浅蓝色']);
    expect(colours('颜色还是藏青色吗')).toEqual(['藏青色']);
    expect(colours('colour should be olive green only, thanks')).toEqual(['olive green']);
  });
  it('keeps two colours joined by a slash and a descriptive word before a Latin colour', () => {
    expect(colours('颜色要navy/white两色')).toEqual(['navy/white']);
    expect(colours('Color: Arctic white for all units')).toEqual(['Arctic white']);
  });
  it('takes a shade or finish written before the colour', () => {
    expect(colours('我们要哑光白，不要亮面')).toEqual(['哑光白']);
    expect(colours('款式不变，暗红色')).toEqual(['暗红色']);
  });
  it('a chosen colour needs a choice, and a negated one is none', () => {
    expect(colours('要透明的，唔要黑色')).toEqual(['透明']);
    expect(colours('这批我们不要黑色')).toEqual([]);
  });
  it('a colour cue followed by no colour word gives no spec', () => {
    expect(colours('上次两批的颜色都不一样')).toEqual([]);
  });
});
