// Spec probe (issue 14): every sentence of spec-probe.data.ts gives exactly
// its hand-written specs (an attribute word or a unit-bearing value, one need
// per attribute), and the questions, past orders and negations give none.
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/extract/analyze/normalize.js';
import { findSpecs } from '../../../src/extract/rules/spec-cert.js';
import { PROBE, type Spec } from './spec-probe.data.js';

const order = (xs: Spec[]): Spec[] =>
  [...xs].sort((a, b) => a.attribute.localeCompare(b.attribute) || a.value.localeCompare(b.value));
const specs = (t: string): Spec[] => order(findSpecs(readingText(t), []).map((m) => m.value as Spec));

describe('spec probe: fresh sentences across languages', () => {
  for (const [sentence, want] of PROBE)
    it(sentence, () => {
      expect(specs(sentence)).toEqual(order(want));
    });
});
