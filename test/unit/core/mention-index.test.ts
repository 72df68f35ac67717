// The mention index finds exactly what the plain scan finds (the matcher it replaced,
// kept as mentionScan): over generated names — Latin with accents (É, ß, ø), CJK,
// codes, aliases, contacts, first words — and texts built from pieces of them, with
// case changes and word boundaries on either side; and after replace() as before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MentionIndex, mentionScan, type MentionSource } from '../../../src/core/mention-index.js';

const PIECES = [
  'acme',
  'ACME',
  'Acme Trading',
  'École',
  'école',
  'ÉCOLE',
  'Straße',
  'Søren',
  'SC-001',
  'sc-001',
  'O’Neil',
  "O'Neil",
  'A&B',
  '张总',
  '王经理',
  '华为',
  '華為',
  'ｌｉｌｙ',
  'li',
  'x',
  'Mr Lee',
  'Lee2',
  'İstanbul',
  '𝐀bc',
];
const SEPARATORS = [' ', '', ',', '，', '\n', '-', '2', 'é', 'a', '：', '.'];

const piece = fc.constantFrom(...PIECES);
const name = fc.oneof(
  piece,
  fc.tuple(piece, fc.constantFrom(' ', '', '-', '  '), piece).map(([a, s, b]) => `${a}${s}${b}`),
  fc.tuple(fc.constantFrom(' ', ''), piece, fc.constantFrom(' ', '')).map(([a, p, b]) => `${a}${p}${b}`),
);
const source = (id: number) =>
  fc
    .record({
      name,
      code: fc.oneof(
        piece,
        fc.integer({ min: 1, max: 40 }).map((n) => `SC-${String(n).padStart(3, '0')}`),
      ),
      aliases: fc.array(name, { maxLength: 2 }),
      contacts: fc.array(name, { maxLength: 2 }),
    })
    .map((r): MentionSource => ({ customerId: `c${id}`, ...r }));
const sources = fc
  .integer({ min: 0, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => source(i))))
  .map((xs) => [...xs]);
const text = fc
  .array(fc.tuple(fc.constantFrom(...SEPARATORS), piece), { maxLength: 8 })
  .map((parts) => parts.map(([s, p]) => `${s}${p}`).join(''));

const sorted = (s: Set<string>) => [...s].sort();

describe('MentionIndex', () => {
  it('finds what the scan finds, over varied names and texts', () => {
    fc.assert(
      fc.property(sources, fc.array(text, { minLength: 1, maxLength: 5 }), (srcs, texts) => {
        const index = new MentionIndex(srcs);
        for (const t of texts) expect(sorted(index.find(t))).toEqual(sorted(mentionScan(srcs, t)));
      }),
      { numRuns: 400 },
    );
  });

  it('after replace() finds what a scan of the new sources finds', () => {
    fc.assert(
      fc.property(sources, sources, text, (before, after, t) => {
        const index = new MentionIndex(before);
        // Every id of either generation is replaced: ids only in `before` are gone.
        const ids = new Set([...before, ...after].map((s) => s.customerId));
        index.replace(ids, after);
        expect(sorted(index.find(t))).toEqual(sorted(mentionScan(after, t)));
      }),
      { numRuns: 300 },
    );
  });

  const one = (name: string, extra: Partial<MentionSource> = {}): MentionSource => ({
    customerId: 'c1',
    name,
    code: 'ZZ-999',
    aliases: [],
    contacts: [],
    ...extra,
  });

  it('lower-cases as JavaScript does: É matches é (Postgres C-locale lower() would not)', () => {
    const index = new MentionIndex([one('ÉCOLE LYON')]);
    expect([...index.find('we talked to école lyon today')]).toEqual(['c1']);
    expect(mentionScan([one('ÉCOLE LYON')], 'we talked to école lyon today')).toEqual(new Set(['c1']));
  });

  it('matches a Latin name only as a whole word, CJK as a substring', () => {
    const index = new MentionIndex([
      one('Acme', { customerId: 'a' }),
      one('华为', { customerId: 'h', code: 'HW-1' }),
      one('Lee2 Ltd', { customerId: 'l', code: 'LL-1', contacts: ['Mr Lee2'] }),
    ]);
    expect([...index.find('Acmeé and acme2 and xacme')]).toEqual([]);
    expect([...index.find('客户：acme，要2万个')]).toEqual(['a']);
    // A CJK character is a letter too: as in the scan, "是acme" is not the word acme.
    expect([...index.find('客户是acme')]).toEqual([]);
    expect([...index.find('我们是深圳华为技术')]).toEqual(['h']);
    expect([...index.find('mr lee23 said')]).toEqual([]);
    expect([...index.find('MR LEE2: ok')]).toEqual(['l']);
  });

  it('falls back to a first word only when nothing names a customer fully', () => {
    const srcs = [one('Acme Trading', { customerId: 'a' }), one('Bolt Ltd', { customerId: 'b', code: 'BB-1' })];
    const index = new MentionIndex(srcs);
    expect([...index.find('acme wants 500')]).toEqual(['a']);
    expect([...index.find('acme and bolt ltd')]).toEqual(['b']);
  });
});
