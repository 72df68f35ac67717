// A message that names two values of one need without revising anything
// states one need: the strictest deadline, else the first value.
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../../src/extract/extract-transcript.js';

const opts = { now: new Date('2026-11-20T10:00:00+08:00'), tz: 'Asia/Shanghai', reps: ['Lily'] };
const chat = (...lines: string[]): ReturnType<typeof extractTranscript> => extractTranscript(lines.join('\n'), opts);
const dates = (r: ReturnType<typeof extractTranscript>): string[] =>
  r.needs.filter((n) => n.kind === 'delivery_date').map((n) => String((n.value as { date: string }).date));

describe('one value per slot within a message', () => {
  it('two deadlines in one message keep the earlier one and record no change', () => {
    const r = chat('Lily: 您好', 'Tom: 两千个保温杯，最晚12月15号要到宁波仓库，元旦前一定要出货');
    expect(dates(r)).toEqual(['2026-12-15']);
    expect(r.changes.filter((c) => c.kind === 'delivery_date')).toEqual([]);
  });
  it('a change cue about another need elsewhere in the message revises nothing here', () => {
    const r = chat('Lily: 您好', 'Tom: 数量三百个\n把手请换成木柄\n12月18日前要到厦门，我们圣诞节有成果发表会');
    expect(dates(r)).toEqual(['2026-12-18']);
    expect(r.changes.filter((c) => c.kind === 'delivery_date')).toEqual([]);
  });
  it('the earlier deadline wins whichever comes first', () => {
    const r = chat('Lily: hi', 'Tom: 800 mugs, ship before Christmas, they must arrive by December 10');
    expect(dates(r)).toEqual(['2026-12-10']);
  });
  it('a message that revises its own value keeps the revision and records the change', () => {
    const r = chat('Lily: hello', 'Tom: 要500个保温杯', 'Tom: 数量从500个改成800个');
    expect(r.needs.filter((n) => n.kind === 'quantity').map((n) => n.value)).toEqual([{ value: 800, unit: 'pcs' }]);
    expect(r.changes.some((c) => c.kind === 'quantity')).toBe(true);
  });
});
