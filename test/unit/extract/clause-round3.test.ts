// Clause readings, round 3 (issue 14, fourth blind set): a value named right after a negation is
// the refused one ("FOB not CIF"), Cantonese 旧年 ("last year") is a past reference, and a vague
// count (几万, 数千, 十几) names no number.
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../../src/extract/extract-transcript.js';
import { NUM, parseNum } from '../../../src/extract/text.js';
import { negatedRightBefore } from '../../../src/extract/analyze/clauses.js';

const opts = { now: new Date('2026-12-02T10:00:00+08:00'), tz: 'Asia/Shanghai', reps: ['Vera'] };
const run = (lines: string[]) => extractTranscript(lines.join('\n'), opts);
const values = (lines: string[], kind: string): unknown[] =>
  run(lines)
    .needs.filter((n) => n.kind === kind)
    .map((n) => n.value);

describe('clause round 3', () => {
  it('drops a value named right after a negation, keeps the one chosen', () => {
    expect(values(['Kwame: we need 300 water tanks', 'Kwame: price it FOB not CIF'], 'incoterm')).toEqual([
      { term: 'FOB' },
    ]);
    expect(values(['阿杰: 要订500个水箱', '阿杰: 不是201，要316不锈钢'], 'spec')).toEqual([
      { attribute: 'material', value: '316不锈钢' },
    ]);
    expect(values(['Kwame: we need 300 water tanks', 'Kwame: no need CE, only RoHS'], 'certification')).toEqual([
      { name: 'RoHS' },
    ]);
  });
  it('makes no change from a refused value', () => {
    const r = run(['Kwame: 300 water tanks, CIF Tema', 'Vera: ok', 'Kwame: sorry, make it CFR not CIF']);
    expect(r.changes.map((c) => [c.kind, (c.to as { term?: string }).term])).toEqual([['incoterm', 'CFR']]);
  });
  it('reads 旧年 as last year: that price is no target', () => {
    const prices = values(['阿杰: 想订一批挥春，8000张', '阿杰: 旧年我哋喺第二间先0.3蚊一张'], 'price_target');
    expect(prices).toEqual([]);
  });
  it('reads no number from a vague count', () => {
    const re = new RegExp(`^(?:${NUM})$`);
    expect(re.test('几万')).toBe(false);
    expect(re.test('万')).toBe(true); // NUM itself still reads a bare 万; 几 before it blocks it in text
    expect(values(['阿杰: 想订一批红包，大概要几万个，睇吓价钱先'], 'quantity')).toEqual([]);
    expect(values(['阿杰: 想订一批红包，要三十几万个'], 'quantity')).toEqual([]);
    expect(values(['阿杰: 想订一批红包，要三万个'], 'quantity')).toEqual([{ value: 30000, unit: 'pcs' }]);
    expect(parseNum('两千五')).toBe(2500);
  });
  it('reads 对 before a sentence particle as "right", not as pairs', () => {
    const lines = [
      '阿杰: 要订不锈钢水槽，要36个',
      'Vera: 一个人民币260',
      '阿杰: 能不能240？',
      'Vera: 含运的话250',
      '阿杰: 好，一个250对吧',
    ];
    expect(values(lines, 'quantity')).toEqual([{ value: 36, unit: 'pcs' }]);
    expect(values(lines, 'price_target')).toEqual([{ amount: 250, currency: 'CNY' }]);
    expect(values(['阿杰: 耳环要500对，银色'], 'quantity')).toEqual([{ value: 500, unit: 'other' }]);
  });
  it('refuses only the value right after the negation, through a link word at most', () => {
    const at = (t: string, w: string): boolean => negatedRightBefore(t, t.indexOf(w));
    expect(at('不是CIF，是FOB', 'CIF')).toBe(true);
    expect(at('we use FOB, not CIF', 'CIF')).toBe(true);
    expect(at('we use FOB, not CIF', 'FOB')).toBe(false);
    // a negation earlier in the clause, with words between, reaches no value
    expect(at('不要太贵的CIF报价', 'CIF')).toBe(false);
  });
});
