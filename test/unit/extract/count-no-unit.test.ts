// An English count with no unit word ("we need 2000 bamboo cutting boards")
// is a quantity only of the chat's own goods, and only while no count with a
// unit is said: it never replaces one, so it makes no change.
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../../src/extract/extract-transcript.js';

const opts = { now: new Date('2026-11-20T10:00:00+08:00'), tz: 'Asia/Shanghai', reps: ['Amy'] };
const run = (lines: string[]) => extractTranscript(lines.join('\n'), opts);
const quantities = (lines: string[]): unknown[] =>
  run(lines)
    .needs.filter((n) => n.kind === 'quantity')
    .map((n) => n.value);

describe('a count with no unit', () => {
  it('counts the goods the chat is about', () => {
    expect(quantities(['Olaf: Hi Amy, we need 2,400 linen napkins for a hotel group.'])).toEqual([
      { value: 2400, unit: 'pcs' },
    ]);
  });
  it('is no quantity when it counts something else', () => {
    expect(
      quantities(['Olaf: Hi Amy, we want oak coasters with our logo.', 'Olaf: We have 300 stores across Norway.']),
    ).toEqual([]);
  });
  it('never replaces a count with a unit, so it is no change', () => {
    const r = run([
      'Olaf: Hi Amy, we want 900 pcs oak coasters with our logo.',
      'Amy: Noted, sample first?',
      'Olaf: Yes, send 4 oak coasters to check.',
      'Olaf: Our designers love 12 coasters on a tray in the photos.',
    ]);
    expect(r.needs.filter((n) => n.kind === 'quantity').map((n) => n.value)).toEqual([{ value: 900, unit: 'pcs' }]);
    expect(r.changes.filter((c) => c.kind === 'quantity')).toEqual([]);
  });
});
