// Spec values on chats nobody tuned to (issue 14, round 2): dimensions with a
// unit on every number, spec units (公升, uF), and chat tails after a value.
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/extract/analyze/normalize.js';
import { findSpecs } from '../../../src/extract/rules/spec-cert.js';

const specs = (t: string, attribute: string): unknown[] =>
  findSpecs(readingText(t), [])
    .filter((m) => m.value.attribute === attribute)
    .map((m) => m.value.value);

describe('spec round 2', () => {
  it('reads dimensions with a unit after every number whole', () => {
    expect(specs('纸箱尺寸：45cm×30cm×20cm', 'size')).toEqual(['45cm×30cm×20cm']);
    expect(specs('规格 12cm*12cm 一片', 'size')).toEqual(['12cm*12cm']);
    expect(specs('Tray size 40cm x 30cm please', 'size')).toEqual(['40cm x 30cm']);
    expect(specs('photo frames, 8"x10", 300 pcs', 'size')).toEqual(['8"x10"']);
  });
  it('reads 公升 as a capacity and a capacitance as a rated value', () => {
    expect(specs('要一款12公升嘅电饭煲', 'capacity')).toEqual(['12公升']);
    expect(specs('capacitors 470uF 16V, 5000 pcs', 'other')).toEqual(['470uF']);
    expect(specs('电容 100μF 50V', 'other')).toEqual(['100μF']);
  });
  it('drops a chat tail after a cue value', () => {
    expect(specs('材质：纯棉就好', 'material')).toEqual(['纯棉']);
    expect(specs('颜色要黑色就好', 'color')).toEqual(['黑色']);
  });
});
