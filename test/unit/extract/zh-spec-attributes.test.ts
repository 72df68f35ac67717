// Chinese specs named by an attribute word from the lexicon (issue 14): the
// word plus a measured value is one need per word; sentences written fresh,
// none taken from the eval sets.
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/extract/analyze/normalize.js';
import { extractTranscript } from '../../../src/extract/extract-transcript.js';
import { findLogoPackaging } from '../../../src/extract/rules/logo-packaging.js';
import { findCaution } from '../../../src/extract/rules/sample-caution.js';
import { findSpecs } from '../../../src/extract/rules/spec-cert.js';

const specs = (t: string): unknown[] => findSpecs(readingText(t), []).map((m) => m.value);
const opts = { now: new Date('2026-11-20T10:00:00+08:00'), tz: 'Asia/Shanghai', reps: [] };

describe('Chinese attribute word + value', () => {
  it('a named measure keeps its word, so two of them stand side by side', () => {
    expect(specs('管子的壁厚要2.5mm，克重不低于180克')).toEqual([
      { attribute: 'other', value: '壁厚2.5mm' },
      { attribute: 'other', value: '克重180克' },
    ]);
    expect(specs('电机功率在750W左右')).toEqual([{ attribute: 'other', value: '功率750W' }]);
  });
  it('a spoken length keeps its tail digit', () => {
    expect(specs('这款布幅宽1米5够了')).toEqual([{ attribute: 'size', value: '幅宽1米5' }]);
  });
  it('a generic size word gives the value alone, dimensions with 米 included', () => {
    expect(specs('沙发垫尺寸：1.2×0.6米')).toEqual([{ attribute: 'size', value: '1.2×0.6米' }]);
    expect(specs('长度30公分')).toEqual([{ attribute: 'size', value: '30公分' }]);
  });
  it('Chinese length units without a word: dimensions, centimetres, spoken lengths', () => {
    expect(specs('桌面做1.2米×0.6米的')).toEqual([{ attribute: 'size', value: '1.2米×0.6米' }]);
    expect(specs('外箱50×40×30厘米')).toEqual([{ attribute: 'size', value: '50×40×30厘米' }]);
    expect(specs('要3毫米的')).toEqual([{ attribute: 'other', value: '3毫米' }]);
  });
  it('an attribute word asked about, or without a measured value, is no spec', () => {
    expect(specs('厚度有什么要求？')).toEqual([]);
    expect(specs('密度高一点的好')).toEqual([]);
  });
  it('units alone still read as before', () => {
    expect(specs('要220V的，插头欧规')).toEqual([
      { attribute: 'voltage', value: '220V' },
      { attribute: 'plug', value: 'EU' },
    ]);
  });
  it('through the whole extractor: the measure survives quantity reading', async () => {
    const r = await extractTranscript('门帘要300米，门幅1米6，颜色深蓝色', opts);
    const got = r.needs.filter((n) => n.kind === 'spec').map((n) => n.value);
    expect(got).toContainEqual({ attribute: 'size', value: '门幅1米6' });
  });
  it('a spoken measure after its word is no order quantity', async () => {
    const r = await extractTranscript('要浅咖色的，幅宽1米8就可以', opts);
    expect(r.needs.filter((n) => n.kind === 'spec').map((n) => n.value)).toContainEqual({
      attribute: 'size',
      value: '幅宽1米8',
    });
    expect(r.needs.filter((n) => n.kind === 'quantity')).toEqual([]);
  });
});

describe('Chinese usual packing', () => {
  const styles = (t: string): unknown[] =>
    findLogoPackaging(t)
      .filter((m) => m.kind === 'packaging')
      .map((m) => m.value.style);
  it('"the usual" before a packing word is standard packing', () => {
    expect(styles('外箱用常规纸箱，每箱50个')).toEqual(['standard']);
    expect(styles('包装就按一般的彩盒来')).toEqual(['standard']);
  });
  it('a packing word alone states no style', () => {
    expect(styles('纸箱多大？')).toEqual([]);
  });
});

describe('Chinese cautions', () => {
  const cautions = (t: string): number => findCaution(t).length;
  it('a bad experience or a thing the buyer stresses is a caution', () => {
    expect(cautions('我们以前在别家吃过亏，货到了才发现不对')).toBe(1);
    expect(cautions('这批交期绝对不能延误，延误要罚款的')).toBe(1);
    expect(cautions('老板对手感非常在意')).toBe(1);
  });
  it('a plain request is none', () => {
    expect(cautions('颜色要浅灰色，数量两千个')).toBe(0);
  });
});

describe('Chinese materials from the lexicon', () => {
  const materials = (t: string): unknown[] =>
    specs(t)
      .filter((v) => (v as { attribute: string }).attribute === 'material')
      .map((v) => (v as { value: string }).value);
  it('a material word standing as its own clause is the material', () => {
    expect(materials('要樟子松的，颜色原木色')).toEqual(['樟子松']);
    expect(materials('全新料，不要回料')).toEqual(['全新料']);
  });
  it('a material inside a word is none', () => {
    expect(materials('麻烦尽快回复')).toEqual([]);
  });
});
