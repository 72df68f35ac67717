// Lengths and rated values (issue 14): a length in mm is a size unless said as
// a thickness (near it, or in the other side's last message); kVA is a rated
// power; 吋 is an inch.
import { describe, expect, it } from 'vitest';
import { findSpecs } from '../../../src/extract/rules/spec-cert.js';

const specs = (t: string, lastOther?: string): unknown[] => findSpecs(t, [], undefined, lastOther).map((m) => m.value);

describe('lengths and rated values', () => {
  it('reads a length in mm as a size by default', () => {
    expect(specs('pile height 35mm, soft')).toEqual([{ attribute: 'size', value: '35mm' }]);
  });
  it('reads it as a thickness when one is said near it or asked just before', () => {
    expect(specs('要12mm的，10mm太薄了')).toEqual([{ attribute: 'other', value: '12mm' }]);
    expect(specs('12mm please', 'Thickness 10mm or 12mm?')).toEqual([{ attribute: 'other', value: '12mm' }]);
  });
  it('reads kVA as a rated power and 吋 as inches', () => {
    expect(specs('we need the 3kVA model')).toEqual([{ attribute: 'other', value: '3kVA' }]);
    expect(specs('要26吋的')).toEqual([{ attribute: 'size', value: '26吋' }]);
  });
});
