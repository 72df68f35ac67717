// How many of the peers' delivery-like date expressions (test/fixtures/dates/peer-dates.json,
// built by scripts/build-peer-dates.mjs) Baton's resolver reads as the peer does.
//   npx tsx scripts/check-peer-dates.ts [--show]
// Each expression is one message written at the peer's reference time; it is right
// when the first date found in it is the peer's date.
import { readFileSync } from 'node:fs';
import { formatDate, parseIsoDate } from '../src/extract/dates/calendar.js';
import { findDates } from '../src/extract/dates/resolve-date.js';

interface Case {
  text: string;
  ref: string;
  expected: string;
  source: string;
  split: 'dev' | 'heldout';
}

const cases = JSON.parse(
  readFileSync(new URL('../test/fixtures/dates/peer-dates.json', import.meta.url), 'utf8'),
) as Case[];
const show = process.argv.includes('--show');
const tally = new Map<string, { n: number; ok: number }>();
for (const c of cases) {
  const hits = findDates(c.text, parseIsoDate(c.ref)!);
  const got = hits[0] ? formatDate(hits[0].date) : '-';
  const right = got === c.expected;
  const k = `${c.split} ${c.source.split(' ')[0]}${c.expected === '-' ? ' (no date)' : ''}`;
  const t = tally.get(k) ?? { n: 0, ok: 0 };
  t.n++;
  if (right) t.ok++;
  tally.set(k, t);
  if (!right && (show || c.split === 'dev'))
    process.stdout.write(
      `MISS [${c.split}] ${JSON.stringify(c.text)} @${c.ref.slice(0, 10)}: want ${c.expected}, got ${got}\n`,
    );
}
let all = 0;
let ok = 0;
for (const split of ['dev', 'heldout']) {
  let n = 0;
  let r = 0;
  for (const [k, v] of tally) {
    if (!k.startsWith(split)) continue;
    process.stdout.write(`${k}: ${v.ok}/${v.n}\n`);
    n += v.n;
    r += v.ok;
  }
  process.stdout.write(`${split}: ${r}/${n} (${((100 * r) / n).toFixed(1)}%)\n`);
  all += n;
  ok += r;
}
process.stdout.write(`all: ${ok}/${all}\n`);
