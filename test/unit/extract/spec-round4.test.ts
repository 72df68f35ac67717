// Spec values on chats nobody tuned to (issue 14, round 4): a material said with the part it
// makes or as a clause of its own, in a list item, or in a labelled field with a part's name.
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/extract/analyze/normalize.js';
import { findSpecs } from '../../../src/extract/rules/spec-cert.js';

const specs = (t: string, attribute: string): unknown[] =>
  findSpecs(readingText(t), [])
    .filter((m) => m.value.attribute === attribute)
    .map((m) => m.value.value);

describe('spec round 4: materials', () => {
  it('reads a material before the part it makes, the part left out', () => {
    expect(specs('铝合金外壳，银色的', 'material')).toEqual(['铝合金']);
    expect(specs('好的，球墨铸铁车架，两百台', 'material')).toEqual(['球墨铸铁']);
  });
  it('reads a material with no lexicon entry as a clause of its own ending in 的 or a part', () => {
    expect(specs('尺寸45x30公分，樟木的', 'material')).toEqual(['樟木']);
    expect(specs('要两千只，锰钢刀身', 'material')).toEqual(['锰钢']);
  });
  it('reads an English material word with 的 after it, spaced or not', () => {
    expect(specs('tinplate 的, 500 pcs', 'material')).toEqual(['tinplate']);
    expect(specs('我要acetate的，颜色随意', 'material')).toEqual(['acetate']);
  });
  it('reads a Cantonese name of a material (the reading text; the extractor quotes the words as written)', () => {
    expect(specs('要亞加力嗰隻，透明', 'material')).toEqual(['亚克力']);
  });
  it('reads a material in a list item or a labelled field with a part name', () => {
    expect(specs('- 外壳要 ABS，不要回收料', 'material')).toEqual(['ABS']);
    expect(specs('2. 材料：内层 600D 牛津布', 'material')).toEqual(['600D 牛津布']);
  });
});
