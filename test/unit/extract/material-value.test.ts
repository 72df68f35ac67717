// Materials come from the materials lexicon: compositions and material words
// standing as a clause of their own.
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/extract/analyze/normalize.js';
import { findSpecs } from '../../../src/extract/rules/spec-cert.js';

const materials = (t: string): unknown[] =>
  findSpecs(readingText(t), [])
    .filter((m) => m.value.attribute === 'material')
    .map((m) => m.value.value);

describe('material values', () => {
  it('reads a composition of percentages and materials whole', () => {
    expect(materials('The shell is 65% polyester 35% cotton')).toEqual(['65% polyester 35% cotton']);
    expect(materials('lining 100% silk please')).toEqual(['100% silk']);
  });
  it('a material word standing as its own clause is the material', () => {
    expect(materials('Faux leather, dark brown, 40 pieces')).toEqual(['Faux leather']);
    expect(materials('款式照旧，实木的，尺寸不变')).toEqual(['实木']);
  });
  it('keeps a grade code written before the material', () => {
    expect(materials('都要，316不锈钢，别用201')).toEqual(['316不锈钢']);
  });
  it('a material word inside a product name is no material spec', () => {
    expect(materials('we sell cotton bags and glass jars')).toEqual([]);
  });
});

describe('thickness and weight', () => {
  const specs = (t: string): unknown[] => findSpecs(readingText(t), []).map((m) => m.value);
  it('a single millimetre length is other, a centimetre length a size', () => {
    expect(specs('板材要12mm厚的')).toEqual([{ attribute: 'other', value: '12mm' }]);
    expect(specs('width 45cm please')).toEqual([{ attribute: 'size', value: '45cm' }]);
  });
  it('grammage and unit weight are other', () => {
    expect(specs('paper must be 70 gsm')).toEqual([{ attribute: 'other', value: '70 gsm' }]);
    expect(specs('每个2.8g就行')).toEqual([{ attribute: 'other', value: '2.8g' }]);
  });
});
