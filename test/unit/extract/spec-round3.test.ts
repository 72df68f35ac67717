// Spec values, round 3 (issue 14, fourth blind set): colour names by their 色 morpheme after a
// cue, a thickness word said as the predicate, dimensions with their axis, ounces of a cup,
// a colour listed after a measure, replies that decline, property words that are not goods,
// and a spec value that another spec's words already hold.
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/extract/analyze/normalize.js';
import { findSpecs } from '../../../src/extract/rules/spec-cert.js';
import { extractTranscript } from '../../../src/extract/extract-transcript.js';

const specs = (t: string, attribute: string, prevOther?: string): unknown[] =>
  findSpecs(readingText(t), [], prevOther)
    .filter((m) => m.value.attribute === attribute)
    .map((m) => m.value.value);

const chat = (lines: string[]): { kind: string; value: Record<string, unknown> }[] =>
  extractTranscript(lines.join('\n'), {
    now: new Date('2026-12-02T10:00:00+08:00'),
    tz: 'Asia/Shanghai',
    reps: ['Mia'],
  }).needs as { kind: string; value: Record<string, unknown> }[];

describe('spec round 3', () => {
  it('reads a word ending in 色 after a colour cue as the colour, even when the lexicon lacks it', () => {
    expect(specs('颜色：驼灰色，别做太深', 'color')).toEqual(['驼灰色']);
    expect(specs('顏色要藕荷色', 'color')).toEqual(['藕荷色']);
    // particles and verbs are no part of a colour name
    expect(specs('颜色的话要个色', 'color')).toEqual([]);
  });
  it('keeps a thickness word said as the predicate, not one that qualifies the goods', () => {
    expect(specs('垫子底部要防滑，8mm厚', 'other')[0]).toBe('8mm厚');
    expect(specs('这批要12mm厚的', 'other')[0]).toBe('12mm');
  });
  it('reads dimensions with their axis written on each number', () => {
    expect(specs('尺寸 900宽 x 400深 x 2000高', 'size')).toEqual(['900宽 x 400深 x 2000高']);
    expect(specs('cabinet W80 x D45 x H180cm', 'size')).toEqual(['W80 x D45 x H180cm']);
  });
  it('reads ounces as a capacity unless a fabric word holds them', () => {
    expect(specs('travel tumblers, 20oz, stainless', 'capacity')).toEqual(['20oz']);
    expect(specs('tote bags in 10oz canvas', 'capacity')).toEqual([]);
  });
  it('reads a colour standing after a measure in a spec list', () => {
    expect(specs('need enamel mugs, 12oz red, with lid', 'color')).toEqual(['red']);
    // a price is no measure of the goods
    expect(specs('老板说了，60美金哑黑', 'color')).toEqual([]);
  });
  it('takes no colour from a reply that declines an offer about colours', () => {
    expect(specs('no thanks, maybe later', 'color', 'Would you like the colour changing version too?')).toEqual([]);
    expect(specs('charcoal please', 'color', 'Which colour do you need?')).toEqual(['charcoal']);
  });
  it('never names a property the goods', () => {
    const needs = chat(['Leo: 要订一批地垫', 'Leo: 底面要防滑，2000张']);
    expect(needs.filter((n) => n.kind === 'product').map((n) => n.value.name)).toEqual(['地垫']);
    // a property word that ends on goods is goods, not a property
    const goods = chat(['Leo: 想要防尘罩，500个']);
    expect(goods.filter((n) => n.kind === 'product').map((n) => n.value.name)).toEqual(['防尘罩']);
    expect(goods.filter((n) => n.kind === 'spec')).toEqual([]);
  });
  it('drops a spec value another spec of the chat already holds in its words', () => {
    const needs = chat([
      'Leo: we need shopping bags, 10oz cotton, 2000 pcs',
      'Mia: ok 10oz, natural colour. USD 1.1 each',
      'Leo: ok',
    ]);
    const values = needs.filter((n) => n.kind === 'spec').map((n) => `${n.value.attribute}=${n.value.value}`);
    expect(values).toContain('material=10oz cotton');
    expect(values).not.toContain('capacity=10oz');
  });
  it('reads a colour said for the logo or print as the colour of the mark, not the goods', () => {
    expect(specs('好的，丝印我们的店名，用红色', 'color')).toEqual([]);
    expect(specs('要刺绣logo，银色线', 'color')).toEqual([]);
    // a colour cue of its own names the goods' colour
    expect(specs('盖子丝印logo，颜色要灰色', 'color')).toEqual(['灰色']);
    expect(specs('要黑色的，印白色logo', 'color')).toEqual(['黑色']);
  });
});
