// Sends that finish while a mark is being written are marked together in the next statement.
import { describe, expect, it } from 'vitest';
import { batchSentMarks, type SentMark } from '../../../src/jobs/sent-marks.js';

const mark = (id: string): SentMark => ({ id, externalId: `x-${id}`, attemptId: `a-${id}` });

describe('batchSentMarks', () => {
  it('writes the first mark at once and the ones that arrive meanwhile together', async () => {
    const batches: string[][] = [];
    let release!: () => void;
    const write = async (marks: SentMark[]) => {
      batches.push(marks.map((m) => m.id));
      if (batches.length === 1) await new Promise<void>((r) => (release = r));
    };
    const markSent = batchSentMarks(write);
    const first = markSent(mark('a'));
    const later = [markSent(mark('b')), markSent(mark('c'))];
    expect(batches).toEqual([['a']]);
    release();
    await Promise.all([first, ...later]);
    expect(batches).toEqual([['a'], ['b', 'c']]);
    await markSent(mark('d'));
    expect(batches).toEqual([['a'], ['b', 'c'], ['d']]);
  });

  it('fails every mark of a batch whose statement failed, and keeps going', async () => {
    let calls = 0;
    const markSent = batchSentMarks(async () => {
      if (++calls === 1) throw new Error('connection lost');
    });
    await expect(markSent(mark('a'))).rejects.toThrow('connection lost');
    await expect(markSent(mark('b'))).resolves.toBeUndefined();
  });
});
