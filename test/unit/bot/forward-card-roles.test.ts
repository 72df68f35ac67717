// A forwarded chat whose sides were guessed from content (no --rep or forwarder name in it):
// the card asks about the guess instead of silently assuming it, in the asker's language.
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../src/extract/extract-transcript.js';
import { forwardCard } from '../../../src/services/bot/format/cards.js';

const card = (lang: 'zh' | 'en', unsureRep?: string) =>
  forwardCard(
    {
      customer: { name: 'ACME', code: 'HZ-2026-001' },
      messages: 2,
      understood: [],
      changed: [],
      inChat: [],
      unchanged: 0,
      stale: 0,
      unknown: [],
      hidden: [],
      unsureRep,
    },
    { lang, tz: 'Asia/Shanghai' },
  );

describe('forward card and guessed roles', () => {
  it('asks "Is Grace our side?" when the guess is unsure, and says nothing otherwise', () => {
    expect(card('en', 'Grace')).toContain('Is Grace our side?');
    expect(card('zh', 'Grace')).toContain('Grace 是我们这边的人吗？');
    expect(card('en')).not.toContain('our side');
  });

  it('a chat with no cues gives a guess below the asking threshold; a named rep does not', () => {
    const now = new Date('2026-11-22T10:00:00+08:00');
    const guessed = parseTranscript('Grace: hello\nTom: hi', { now, tz: 'Asia/Shanghai', reps: [] });
    expect(guessed.roles!.find((g) => g.role === 'rep')!.confidence).toBeLessThan(0.6);
    const named = parseTranscript('Grace: hello\nTom: hi', { now, tz: 'Asia/Shanghai', reps: ['Grace'] });
    expect(named.roles!.find((g) => g.role === 'rep')).toMatchObject({ speaker: 'Grace', basis: 'rep-name' });
  });
});
