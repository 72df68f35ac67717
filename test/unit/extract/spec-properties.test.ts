// Specs with no attribute word (issue 14): properties by their shape, bare
// counts in a spec unit, and a part named before its material. Properties
// are weak: they fill the chat's one "other" slot only when nothing measured does.
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/extract/analyze/normalize.js';
import { findPropertySpecs } from '../../../src/extract/rules/spec-properties.js';
import { findMaterials } from '../../../src/extract/rules/material-value.js';
import { extractTranscript } from '../../../src/extract/extract-transcript.js';

const props = (t: string): string[] => findPropertySpecs(readingText(t)).map((f) => f.value);

describe('property specs', () => {
  it('reads Chinese 耐/防/抗 properties, several in a row as one, with a measure after them', () => {
    expect(props('密封圈要耐低温的')).toEqual(['耐低温']);
    expect(props('外壳防水防尘')).toEqual(['防水防尘']);
    expect(props('手柄耐热200度')).toEqual(['耐热200度']);
  });
  it('leaves words that only start like a property', () => {
    expect(props('为了防止漏水请用胶带')).toEqual([]);
    expect(props('谢谢你的耐心')).toEqual([]);
  });
  it('reads English property words and shapes with a finish noun after them', () => {
    expect(props('we need anti-slip coating on the bottom')).toEqual(['anti-slip coating']);
    expect(props('must be rainproof')).toEqual(['rainproof']);
    expect(props('the foam must be flame retardant')).toEqual(['flame retardant']);
  });
  it('reads a bare count in a spec unit, but not the plies of a carton', () => {
    expect(props('接口12pin，SMT')).toEqual(['12pin']);
    expect(props('film 25 micron, clear')).toEqual(['25 micron']);
    expect(props('外箱用5层瓦楞纸箱')).toEqual([]);
  });
});

describe('material after a part', () => {
  it('reads the material a part is made of', () => {
    expect(findMaterials('把手用实木，其他照旧').map((f) => f.value)).toEqual(['实木']);
    expect(findMaterials('The handle must be brass, not iron.').map((f) => f.value)).toEqual(['brass']);
  });
  it('still leaves a material inside a product name', () => {
    expect(findMaterials('我们要不锈钢水壶').map((f) => f.value)).toEqual([]);
  });
});

describe('weak specs in a chat', () => {
  const needs = (lines: string[]) =>
    extractTranscript(lines.join('\n'), {
      now: new Date('2026-11-20T09:00:00+08:00'),
      tz: 'Asia/Shanghai',
      reps: ['Rep'],
    })
      .needs.filter((n) => n.kind === 'spec')
      .map((n) => `${(n.value as { attribute: string }).attribute}=${(n.value as { value: string }).value}`);
  it('fills the other slot with a property when nothing measured does', () => {
    expect(needs(['Buyer: 我们要2000个密封圈', 'Rep: 好的', 'Buyer: 要耐低温的'])).toEqual(['other=耐低温']);
  });
  it('never lets a property replace a measured other value, and records no change', () => {
    const r = extractTranscript(['Buyer: 我们要2000台风扇，功率45W', 'Rep: 好的', 'Buyer: 外壳要防水'].join('\n'), {
      now: new Date('2026-11-20T09:00:00+08:00'),
      tz: 'Asia/Shanghai',
      reps: ['Rep'],
    });
    expect(r.needs.filter((n) => n.kind === 'spec').map((n) => (n.value as { value: string }).value)).toEqual([
      '功率45W',
    ]);
    expect(r.changes).toEqual([]);
  });
});

describe('a property that names a measure', () => {
  it('is no spec of its own', () => {
    expect(props('防水等级要IP65')).toEqual([]);
    expect(props('water resistance rating 5ATM')).toEqual([]);
  });
});

describe('materials the lexicon does not hold', () => {
  const mats = (t: string): string[] => findMaterials(readingText(t)).map((f) => f.value);
  it('reads the value after a part and its copula when it ends on a material head', () => {
    expect(mats('底座要球墨铸钢的')).toEqual(['球墨铸钢']);
    expect(mats('琴身用相思木')).toEqual(['相思木']);
    expect(mats('90%柞蚕丝')).toEqual(['90%柞蚕丝']);
  });
  it('leaves goods and values with no material head', () => {
    expect(mats('我们要卫生纸，1000箱')).toEqual([]);
    expect(mats('颜色要黑色')).toEqual([]);
  });
});
