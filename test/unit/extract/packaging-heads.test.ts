// Packaging read from pack words the list does not hold (a Chinese word ending
// on 盒/箱/袋), English "the usual" + a pack word, and the Cantonese 唔使 as a
// negation of a mark on the box (issue 14).
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/extract/analyze/normalize.js';
import { findLogoPackaging } from '../../../src/extract/rules/logo-packaging.js';

const read = (t: string): string[] =>
  findLogoPackaging(readingText(t)).map((m) =>
    m.kind === 'packaging' ? `packaging=${String(m.value.style)}` : `logo=${String(m.value.required)}`,
  );

describe('packaging from pack heads', () => {
  it('a mark printed on a box the lexicon does not list is custom packaging, not a product logo', () => {
    expect(read('木盒上印我们的店名')).toEqual(['packaging=custom']);
    expect(read('收纳袋印客户的品牌')).toEqual(['packaging=custom']);
  });
  it('a mark on the product stays a logo', () => {
    expect(read('杯身上印我们的logo')).toEqual(['logo=true']);
  });
  it('reads the usual English pack as standard', () => {
    expect(read('regular master cartons are ok')).toEqual(['packaging=standard']);
  });
  it('reads a Cantonese refusal of a mark on the carton as neutral packaging', () => {
    expect(read('外箱唔使印logo')).toEqual(['logo=false', 'packaging=neutral']);
  });
});
