// Logo needs read from the technique, the mark and the object it goes on (issue 14):
// a mark said as its text, the buyer's own mark after a putting verb, a mark
// presented in one clause and placed in the next, and the objects before 上.
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/extract/analyze/normalize.js';
import { findLogoPackaging } from '../../../src/extract/rules/logo-packaging.js';
import { logoRefusals } from '../../../src/extract/rules/logo-refusal.js';

const read = (t: string): string[] =>
  findLogoPackaging(readingText(t)).map((m) =>
    m.kind === 'logo' ? `logo ${String(m.value.required)}` : `packaging ${String(m.value.style)}`,
  );

describe('the mark said as its text', () => {
  it('reads 字, a name after a measure word, quoted text and capitals after a technique', () => {
    expect(read('杯身要印字，黑色就行')).toEqual(['logo true']);
    expect(read('好，杯底印埋個名')).toEqual(['logo true']);
    expect(read('收到货即刻FPS转账')).toEqual([]);
    expect(read('管子要无缝 ABS料')).toEqual([]);
    expect(read('瓶身丝印「晨光」两个字')).toEqual(['logo true']);
    expect(read('handle print ARDEN in white')).toEqual(['logo true']);
    expect(read('门牌上铸"118"三个字')).toEqual(['logo true']);
  });
  it('does not take a word that only starts with the mark', () => {
    expect(read('顺便帮我们印名片')).toEqual([]);
  });
});

describe("the buyer's own mark", () => {
  it('reads a putting verb with the owner and the mark', () => {
    expect(read('吊牌换成我们公司的标')).toEqual(['logo true']);
    expect(read('腰部要缝我们的label')).toEqual(['logo true']);
  });
  it('is packaging when the object is the pack said before', () => {
    expect(read('每个配一张吊卡，卡上印我们的牌子')).toEqual(['packaging custom']);
  });
});

describe('a mark presented, then placed', () => {
  it('reads the placement in the next clause of the sentence', () => {
    expect(read('這個係我哋嘅logo，要激光喺手柄')).toEqual(['logo true']);
    expect(read('here is our shop logo, put it on the lid please')).toEqual(['logo true']);
  });
});

describe('objects of a technique before 上', () => {
  it('marks the goods when one of the objects is no pack', () => {
    expect(read('背包和防尘袋上都要印我们的logo')).toEqual(['logo true', 'packaging custom']);
  });
});

describe('refusals', () => {
  it('reads a negated technique on anything as no logo', () => {
    expect(read('杯子唔使印嘢，素身就得')).toEqual(['logo false']);
  });
  it('reads "no need our logo"', () => {
    expect(read('no need our logo, plain is ok')).toEqual(['logo false']);
  });
  it('leaves a refusal right after a pack clause to the pack', () => {
    expect(read('外面套个布袋，简单的就行不用印字')).toEqual([]);
    expect(logoRefusals(readingText('外面套个布袋，简单的就行不用印字'))).toEqual([]);
  });
});
