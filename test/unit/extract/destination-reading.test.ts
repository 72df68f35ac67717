// Destinations read beyond "cue + place" (issue 14): cities of the gazetteer with
// their country, a place opening the clause after a delivery act, a site's
// address, the buyer's own premises (weak readings), and 发票 is no sending.
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/extract/analyze/normalize.js';
import { findDestinations } from '../../../src/extract/rules/incoterm-destination.js';
import { findPlaces } from '../../../src/extract/rules/places.js';

const dest = (t: string): { value: Record<string, unknown>; weak: boolean }[] => {
  const r = readingText(t);
  return findDestinations(r, findPlaces(r)).map((m) => ({ value: m.value, weak: m.weak === true }));
};

describe('destinations', () => {
  it('gives the country of a second-tier city', () => {
    expect(dest('please deliver to Eindhoven')).toEqual([{ value: { country: 'NL', port: 'Eindhoven' }, weak: false }]);
    expect(dest('ship to Ostrava by truck')).toEqual([{ value: { country: 'CZ', port: 'Ostrava' }, weak: false }]);
  });
  it('reads a place opening the clause after a delivery act, weakly', () => {
    expect(dest('货直接送到门店，苏州园区那边')).toEqual([{ value: { country: 'CN', port: '苏州' }, weak: true }]);
  });
  it("reads a site's address, weakly, and the buyer's own premises, weakly", () => {
    expect(dest('工地在无锡新区')).toEqual([{ value: { country: 'CN', port: '无锡' }, weak: true }]);
    expect(dest('送去我哋旺角舖頭')).toEqual([{ value: { country: 'HK', port: '旺角' }, weak: true }]);
  });
  it('does not read 发票 as sending', () => {
    expect(dest('发票开我们公司就行')).toEqual([]);
  });
});
