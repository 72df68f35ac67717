// Colour names after a colour cue (issue 14): thing + colour words are one
// name ("湖水蓝", "樱花粉"), a finish before it stays ("雾面墨绿"), and two
// Chinese colours written together are one list.
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/extract/analyze/normalize.js';
import { findSpecs } from '../../../src/extract/rules/spec-cert.js';

const colour = (t: string): unknown[] =>
  findSpecs(readingText(t), [])
    .filter((m) => m.value.attribute === 'color')
    .map((m) => m.value.value);

describe('colour names after a cue', () => {
  it('keeps the words glued before the colour', () => {
    expect(colour('颜色：天空蓝')).toEqual(['天空蓝']);
    expect(colour('外壳颜色要薄荷绿')).toEqual(['薄荷绿']);
    expect(colour('顏色亮面酒紅')).toEqual(['亮面酒红']);
  });
  it('leaves verbs and particles before the colour out', () => {
    expect(colour('颜色都要黑色')).toEqual(['黑色']);
    expect(colour('颜色还是白色')).toEqual(['白色']);
  });
  it('reads two colours written together as one list', () => {
    expect(colour('这批要400个，红色黑色各一半')).toEqual(['红色黑色']);
  });
});
