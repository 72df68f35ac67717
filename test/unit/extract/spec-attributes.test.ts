// English specs read as an attribute word plus a value: finishes, fitting
// codes, performance durations and garment size lists (fresh wording).
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/extract/analyze/normalize.js';
import { findSpecs } from '../../../src/extract/rules/spec-cert.js';

const specs = (t: string, prevOther?: string): unknown[] =>
  findSpecs(readingText(t), [], prevOther).map((m) => m.value);

describe('English spec attributes', () => {
  it('a surface word before "finish" is a finish; a colour there is the colour', () => {
    expect(specs('we would like a satin finish on the lids')).toContainEqual({
      attribute: 'other',
      value: 'satin finish',
    });
    expect(specs('brass hinges, silver finish')).toContainEqual({ attribute: 'color', value: 'silver' });
    expect(specs('no glossy finish this time, customers hate fingerprints')).toEqual([]);
  });
  it('a fitting code next to its part is the spec', () => {
    expect(specs('pendant lamps, lamp holder GU10 please')).toContainEqual({ attribute: 'other', value: 'GU10' });
    expect(specs('bulb base: B22 for the UK shops')).toContainEqual({ attribute: 'other', value: 'B22' });
    expect(specs('the lamp holder looks cheap')).toEqual([]);
  });
  it('a duration next to a performance figure, before or after it', () => {
    expect(specs('speakers with 12 hours battery life')).toContainEqual({
      attribute: 'other',
      value: '12 hours battery life',
    });
    expect(specs('run time at least 40 minutes')).toContainEqual({
      attribute: 'other',
      value: 'run time at least 40 minutes',
    });
    expect(specs('how long is the battery life?')).toEqual([]);
  });
  it('a list of garment sizes after a size cue, but not one lone letter', () => {
    expect(specs('hoodies in sizes M, L, XL')).toContainEqual({ attribute: 'size', value: 'M, L, XL' });
    expect(specs('size M only for the sample')).not.toContainEqual(expect.objectContaining({ attribute: 'size' }));
  });
  it('an answer to "what material?" that states a requirement is no material', () => {
    expect(specs('should be waterproof, rain is common here', 'what material do you want?')).not.toContainEqual(
      expect.objectContaining({ attribute: 'material' }),
    );
  });
  it('a colour with a second colour on a part is read whole', () => {
    expect(specs('Faux leather, grey with white stitching')).toContainEqual({
      attribute: 'color',
      value: 'grey with white stitching',
    });
  });
  it('a compatibility requirement runs to the clause end; a refused one is none', () => {
    expect(specs('the chargers have to be compatible with Samsung tablets, thanks')).toContainEqual({
      attribute: 'other',
      value: 'compatible with Samsung tablets',
    });
    expect(specs('it is not compatible with old models')).toEqual([]);
  });
});
