// English goods noun phrases: a verb or unit word inside a compound is a noun.
import { describe, expect, it } from 'vitest';
import { productCandidates } from '../../../src/extract/rules/product-grammar.js';

const names = (t: string): string[] => productCandidates(t).map((c) => c.name);

describe('English compounds', () => {
  it('keeps a verb-looking word inside the compound', () => {
    expect(names('we need bike lock chains, 1.2m long')).toContain('bike lock chains');
    expect(names('looking for LED grow tents for a farm')).toContain('LED grow tents');
  });
  it('keeps a unit word that ends the compound', () => {
    expect(names('we want 300 tool sets for the workshop')).toContain('tool sets');
  });
  it('a past form after the goods is no part of them', () => {
    expect(names('we need 400 jackets delivered to Lyon')).toEqual(['jackets']);
  });
});
