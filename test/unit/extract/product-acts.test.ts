// The product as the object of a purchase act, read over tokens: a size or code after the goods
// is a spec of them, a note in brackets is no part of the name, the object of an act may be a
// modifier clause's goods or the topic said before the act, a reply to "which … do you need?"
// names the goods first, and a quality word, a logo technique, a currency or a department
// (采购部) never gives the goods.
//
// Also: more purchase acts and more words that never name goods: a restock (要补), a repeat order of the
// topic (再来一批), a question about goods (想问), a "what price" or "the need for" after the goods;
// a grade (食品级), a time word (礼拜), a sample act (打样), a relative or a verb after "want" are no
// goods; a goods word that is also a colour heads a compound, a reply may open with assent before
// its goods; a form field's value ends at an aside in brackets, and a line break ends English goods.
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../../src/extract/extract-transcript.js';
import { insideNoun, plausibleProduct, productCandidates } from '../../../src/extract/rules/product-grammar.js';

const opts = { now: new Date('2026-11-20T10:00:00+08:00'), tz: 'Asia/Shanghai', reps: ['Amy'] };
const products = (lines: string[]): string[] =>
  extractTranscript(lines.join('\n'), opts)
    .needs.filter((n) => n.kind === 'product')
    .map((n) => String((n.value as { name?: string }).name));
const ok = (name: string, text = name): boolean => plausibleProduct(name, text, text.indexOf(name));

describe('what follows a size or a code is a spec', () => {
  it('a measure after the goods does not start new goods', () => {
    expect(products(['Kofi: hello, we need glass vials 10ml screw cap, 50000 pcs'])).toEqual(['glass vials']);
  });
  it('a model code after a plural head is cut', () => {
    expect(products(['Kofi: Good day. We need ball valves DN50 for a pipeline job'])).toEqual(['ball valves']);
  });
  it('a note in brackets is cut', () => {
    expect(products(['Kofi: We are interested in your nylon webbing (item W-38) for our bags'])).toEqual([
      'nylon webbing',
    ]);
    expect(products(['老周：我们需要一批防水胶带（加厚）'])).toEqual(['防水胶带']);
  });
});

describe('the object of a purchase act', () => {
  it('the goods after a modifier closed by 的', () => {
    expect(products(['老周：我们打算做一款自己品牌的沐浴露，你们能做吗'])).toEqual(['沐浴露']);
  });
  it('the topic before an act whose object is left out', () => {
    expect(products(['Amy：周总好', '老周：展会上看到的那款不锈钢保温杯，我们想先进一批'])).toEqual(['不锈钢保温杯']);
  });
  it('the topic is the clause before the act, and the act says whether it is wanted now', () => {
    expect(products(['Amy：周总好', '老周：王经理好，上回你推荐的那款电动牙刷，我们想先进一批'])).toEqual(['电动牙刷']);
  });
  it('印 acts on printed goods, not on a mark', () => {
    expect(products(['老周：我们公司想印一批台历送客户'])).toEqual(['台历']);
    expect(products(['老周：盒子上要印我们的logo'])).toEqual([]);
  });
  it('the reply to a which-question opens on the goods', () => {
    const chat = [
      'Amy: Thanks for your message. Which resistors are you looking for?',
      'Kofi: Carbon film resistor, axial, 1/4W, 5% tolerance',
    ];
    expect(products(chat)).toEqual(['Carbon film resistor']);
    // without the question the same line is only specs
    expect(products(chat.slice(1))).toEqual([]);
  });
});

describe('more ways to name the goods', () => {
  it('goods glued to their count', () => {
    expect(products(['Amy：您好', '老周：帮我报个价，雨伞5000把，要印logo'])).toEqual(['雨伞']);
  });
  it("goods pointed at among the supplier's", () => {
    const names = productCandidates('你们那个带刻度的玻璃水杯，样品寄一个过来').map((c) => c.name);
    expect(names).toContain('玻璃水杯');
  });
  it('a stock question with 你们有 … 吗', () => {
    expect(products(['Amy：您好', '老周：请问你们有保温杯吗？想要两千个'])).toEqual(['保温杯']);
  });
  it('你们的 + goods in an inquiry, and "要X的" is a spec of goods left unsaid', () => {
    expect(products(['Amy：您好', '老周：想了解一下你们的办公椅', '老周：要网布的，带头枕，300把'])).toEqual([
      '办公椅',
    ]);
  });
  it('a Latin word and a qualifying verb before a Chinese noun', () => {
    expect(products(['Amy：您好', '老周：你好，客户需要一款USB充电台灯，可折叠的，5000台'])).toEqual(['USB充电台灯']);
  });
  it('a reply to "which model" that opens with a determiner and a size', () => {
    const chat = ['Amy: Which model are you interested in?', 'Kofi: The 12V car vacuum cleaner in your catalogue'];
    expect(products(chat)).toEqual(['car vacuum cleaner']);
  });
});

describe('no goods', () => {
  it('the value of a quality word', () => {
    expect(ok('牛皮纸袋', '包装要牛皮纸袋')).toBe(false);
    expect(ok('牛皮纸袋', '我们要牛皮纸袋')).toBe(true);
  });
  it('a logo technique or a currency after a count', () => {
    expect(ok('丝印', '两千个丝印')).toBe(false);
    expect(ok('美金', '20块美金')).toBe(false);
  });
  it('a phrase ending on a colour or material, a pack given per piece, a notification', () => {
    expect(ok('白底磨砂', '要白底磨砂的')).toBe(false);
    expect(ok('自封袋', '每件一个自封袋')).toBe(false);
    expect(ok('自封袋', '我们要采购自封袋')).toBe(true);
    expect(ok('customs notification', 'we must file a customs notification')).toBe(false);
  });
  it('a trigger inside a noun is no purchase act', () => {
    expect(insideNoun('采购部会联系你们', 0, 2)).toBe(true);
    expect(insideNoun('我们采购保温杯', 2, 4)).toBe(false);
    expect(products(['老周：下个月采购部会联系你们'])).toEqual([]);
  });
});

describe('more purchase acts', () => {
  it('a restock names the goods after it', () => {
    expect(products(['老周：月底前我们要补 ceramic mugs 了'])).toEqual(['ceramic mugs']);
  });
  it('a repeat order takes the topic said before it', () => {
    expect(products(['老周：上次那个大号的折叠雨伞，再来一批'])).toEqual(['折叠雨伞']);
  });
  it('a question about goods names them', () => {
    expect(products(['老周：你好，想问保温杯'])).toEqual(['保温杯']);
  });
  it('a price question after the goods', () => {
    expect(products(['老周：你们的蓝牙音箱啥价'])).toEqual(['蓝牙音箱']);
  });
});

describe('words that never name goods', () => {
  it('a grade is a spec', () => {
    expect(ok('食品级', '内层要食品级的')).toBe(false);
    expect(ok('F4', '板材要F4级的')).toBe(false);
  });
  it('a time word, a sample act, a relative, a verb', () => {
    expect(ok('礼拜', '提前一个礼拜')).toBe(false);
    expect(ok('打样', '先打样')).toBe(false);
    expect(ok('wife', 'I came with my wife')).toBe(false);
    expect(ok('start', 'we want start')).toBe(false);
  });
});

describe('a goods word that is also a colour', () => {
  it('heads a compound after a purchase act', () => {
    expect(products(['老周：我们要 bamboo charcoal，装袋的'])).toEqual(['bamboo charcoal']);
  });
  it('alone it stays a colour', () => {
    expect(products(['老周：外壳要 charcoal'])).toEqual([]);
  });
});

describe('a reply that opens with assent', () => {
  it('names the goods in its next clause', () => {
    expect(products(['Amy：您好', '老周：嗯，竹制砧板，大号的'])).toEqual(['竹制砧板']);
  });
});

describe('where the goods end', () => {
  it('a form value stops at an aside in brackets', () => {
    expect(
      products(['Kofi: Please quote.\nItem: folding camping chair (like your catalogue page 4)\nQty: 300']),
    ).toEqual(['folding camping chair']);
  });
  it('a line break ends English goods', () => {
    expect(products(['Kofi: Please quote 40 trolleys\n- Wheels: rubber'])).toEqual(['trolleys']);
  });
});
