// Issue 19's done-when on the picture we keep apart: a WeChat-style screenshot of a chat written
// for this test (in no eval set) yields at least 7 of its 9 needs, each from the customer's side.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractWithRules } from '../../../src/extract/extract-transcript.js';
import { createScreenshotReader } from '../../../src/extract/screenshot/index.js';
import { FIXTURES, hasTesseract, SKIP_NOTE } from './helpers.js';
import { matches, type ExpectedNeed } from './needs-match.js';

const expected = JSON.parse(readFileSync(join(FIXTURES, 'kept-apart/wechat-9-needs.expected.json'), 'utf8')) as {
  now: string;
  tz: string;
  reps: string[];
  customer: string;
  needs: ExpectedNeed[];
};

describe.skipIf(!hasTesseract)(`kept-apart WeChat screenshot${SKIP_NOTE}`, () => {
  it('yields at least 7 of its 9 needs, with the right roles', async () => {
    const opts = { now: new Date(expected.now), tz: expected.tz, reps: expected.reps };
    const reading = await createScreenshotReader().read(readFileSync(join(FIXTURES, 'kept-apart/wechat-9-needs.png')), {
      ...opts,
      timeoutMs: 120_000,
    });
    expect(reading.layout).toBe('wechat');
    expect(reading.title).toBe(expected.customer);
    const result = extractWithRules(reading.transcript, opts);
    // the role of the message each need's evidence was read from: the left bubbles are the customer's
    const roleOf = (i: number | undefined) => (i === undefined ? undefined : reading.transcript.messages[i]?.role);
    const found = expected.needs.filter((e) =>
      result.needs.some((n) => matches(e, n) && roleOf(n.messageIndex) === e.role),
    );
    const missed = expected.needs.filter((e) => !found.includes(e)).map((e) => e.kind);
    expect(found.length, `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(7);
  });
});
