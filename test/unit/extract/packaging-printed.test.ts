// Packs printed by nature (issue 14): a colour box or gift box asked for with no style word is
// custom packaging, the factory's own ("原厂的") is standard, and a refused or asked-about one
// decides nothing.
import { describe, expect, it } from 'vitest';
import { findLogoPackaging } from '../../../src/extract/rules/logo-packaging.js';
import { readingText } from '../../../src/extract/analyze/normalize.js';

const styles = (t: string): unknown[] =>
  findLogoPackaging(readingText(t))
    .filter((m) => m.kind === 'packaging')
    .map((m) => m.value.style);

describe('printed packs', () => {
  it('reads a colour box or gift box asked for as custom packaging', () => {
    expect(styles('外面用礼盒装')).toEqual(['custom']);
    expect(styles('each set packed in a gift box please')).toEqual(['custom']);
  });
  it("reads the factory's own printed box as standard", () => {
    expect(styles('礼盒用你们原装的就可以')).toEqual(['standard']);
  });
  it('decides nothing from a question, and a refused one is not custom', () => {
    expect(styles('要彩盒吗？')).toEqual([]);
    expect(styles('唔使彩盒')).not.toContain('custom');
  });
});
