// A spec picked from the other side's offer of alternatives (issue 14): the
// rep's question or list names the options and the attribute, the customer's
// answer names one of them.
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/extract/analyze/normalize.js';
import { chosenSpecs } from '../../../src/extract/rules/spec-choice.js';
import { findSpecs } from '../../../src/extract/rules/spec-cert.js';

const chosen = (offer: string, answer: string): string[] =>
  chosenSpecs(readingText(answer), readingText(offer)).map((c) => `${c.attribute}=${c.value}`);

describe('spec chosen from an offer', () => {
  it('takes the attribute from the cue word of the question', () => {
    expect(chosen('面料用针织布还是天丝？天丝贵一点', '针织布就好，天丝不用')).toEqual(['material=针织布']);
    expect(chosen('Which finish do you want, matte or glossy?', 'glossy please')).toEqual(['other=glossy']);
  });
  it('reads a list after 有 and a cue after the options', () => {
    expect(chosen('颜色有灰、绿、香芋紫', '香芋紫吧')).toEqual(['color=香芋紫']);
    expect(chosen('有单电机和双电机两种配置', '双电机的')).toEqual(['other=双电机']);
  });
  it('takes the cue from an earlier sentence of the same message', () => {
    expect(chosen('是要什么质地的？我们有丝绒感和镜面感两种', '丝绒感，不要镜面感')).toEqual(['other=丝绒感']);
  });
  it('reads Traditional and Cantonese answers through the reading text', () => {
    expect(chosen('膠條要天然橡膠定係矽膠？', '天然橡膠得啦')).toEqual(['material=天然橡胶']);
  });
  it('classes an option by the lexicon when the offer has no cue', () => {
    expect(chosen('Leather or fabric?', 'leather, grey')).toEqual(['material=leather']);
  });
  it('picks nothing when the answer names every option or refuses the one it names', () => {
    expect(chosen('颜色要黑色还是白色？', '黑色白色都要')).toEqual([]);
    expect(chosen('面料用针织布还是天丝？', '不要天丝')).toEqual([]);
  });
  it('leaves offers about other kinds to their rules', () => {
    expect(chosen('Packing: brown carton or color box?', 'brown carton')).toEqual([]);
    expect(chosen('付款是T/T还是信用证？', 'T/T吧')).toEqual([]);
  });
  it('is one spec of the message through findSpecs', () => {
    const found = findSpecs(readingText('双电机的'), [], readingText('有单电机和双电机两种配置'));
    expect(found.map((m) => m.value)).toEqual([{ attribute: 'other', value: '双电机' }]);
  });
});

describe('Cantonese 定係 (or)', () => {
  it('reads as 还是 in a question, but not inside 一定係 (must be)', () => {
    expect(readingText('要黑色定係白色？')).toBe('要黑色还是白色？');
    expect(readingText('一定係要準時')).toBe('一定是要准时');
  });
});
