// English goods noun phrases: a verb or unit word inside a compound is a noun.
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../../src/extract/extract-transcript.js';
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
  it('a verb that takes an object is the predicate, not part of the goods', () => {
    // the rep's own note of a count: the name and the verb are no product
    expect(names('ACME wants 8000 pcs')).toEqual([]);
    expect(names('Nordlys needs 1200 units by March')).toEqual([]);
    expect(names('The buyer needs blue cups')).toEqual(['blue cups']);
    expect(names('we need car seat covers.')).toContain('car seat covers');
  });
  it('a past form after the goods is no part of them', () => {
    expect(names('we need 400 jackets delivered to Lyon')).toEqual(['jackets']);
  });
});

describe('product chosen across the chat', () => {
  const opts = { now: new Date('2026-11-20T10:00:00+08:00'), tz: 'Asia/Shanghai', reps: ['Amy'] };
  const products = (lines: string[]): unknown[] =>
    extractTranscript(lines.join('\n'), opts)
      .needs.filter((n) => n.kind === 'product')
      .map((n) => n.value);
  it('a later message narrowing the goods to a kind of them names the need', () => {
    expect(
      products([
        'Olaf: Hi Amy, we need blankets for a ski lodge.',
        'Amy: Sure, fleece or wool?',
        'Olaf: This time we only need wool throw blankets, 140x180cm.',
      ]),
    ).toEqual([{ name: 'wool throw blankets' }]);
  });
  it('another kind of goods said later does not replace the first', () => {
    expect(
      products(['Olaf: Hi Amy, we need beach towels for a resort.', 'Olaf: Maybe kitchen towels next year.']),
    ).toEqual([{ name: 'beach towels' }]);
  });
});
