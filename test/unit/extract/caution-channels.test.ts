// Cautions about how to reach the buyer (issue 14): a contact channel refused within a few words
// after a negation is a caution ("别给我打电话", "no voice notes", "do not contact our staff"), a
// question about a channel is not, and a scratched past delivery is a bad experience.
import { describe, expect, it } from 'vitest';
import { findCaution } from '../../../src/extract/rules/sample-caution.js';

const caution = (t: string): boolean => findCaution(t).length > 0;

describe('channel cautions', () => {
  it('reads a refused contact channel as a caution', () => {
    expect(caution('还有，白天别打给我，我在车间听不到')).toBe(true);
    expect(caution('please no voice messages, I read at night')).toBe(true);
    expect(caution('Do not contact our warehouse team, send everything to me')).toBe(true);
  });
  it('takes no caution from a question about a channel or a plain negation', () => {
    expect(caution('你没打电话给我吗？')).toBe(false);
    expect(caution('不用了，就要这款')).toBe(false);
  });
  it('reads a scratched past delivery as a bad experience', () => {
    expect(caution('上次那批到货全部刮花了')).toBe(true);
    expect(caution('the last shipment came scratched')).toBe(true);
  });
});
