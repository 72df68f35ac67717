// Builds test/fixtures/dates/peer-dates.json: delivery-like date expressions
// from two peers' own test suites, with the peer's reference time and answer.
//   node scripts/build-peer-dates.mjs CHRONO_GIT_DIR JIONLP_GIT_DIR
// chrono-node (MIT): test/en/*.test.ts and test/zh/hans/*.test.ts, testSingleCase(…) blocks.
// JioNLP (Apache-2.0): test/test_time_parser.py, the [text, ts, {time: [start, end]}] cases.
// Delivery-like: one calendar day (or a 上旬/中旬/下旬 part of a month, taken at its end as
// Baton does), no time of day, no range, not in the past unless the year is written out.
// A stable hash of the text keeps about a third apart as the held-out part.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';

const [chronoDir, jioDir] = process.argv.slice(2);
const show = (dir, path) =>
  execFileSync('git', ['-C', dir, 'show', `HEAD:${path}`], { encoding: 'utf8', maxBuffer: 1 << 26 });
const ls = (dir, under) =>
  execFileSync('git', ['-C', dir, 'ls-tree', '-r', '--name-only', 'HEAD', under], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
const commit = (dir) => execFileSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
const pad = (n) => String(n).padStart(2, '0');
const ymd = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;

const TIME_OF_DAY =
  /今晚|午后|钟头|刻钟|白天|小时|\d\s?(?:am|pm|a\.m\.|p\.m\.|h)\b|\d[:：]\d|[点時时分秒]|上午|下午|晚上|早上|凌晨|中午|傍晚|夜|\b(?:am|pm|a\.m\.|p\.m\.|noon|midnight|morning|evening|night|tonight|afternoon|o'?clock|hours?|minutes?|seconds?|mins?|hrs?)\b/i;
const RANGE = /[-–~至到]\s*\d|\bto\b|\bthrough\b|\buntil\b|\bfrom\b|—|以来|之间|期间|\bbetween\b/i;
const PAST =
  /\b(?:ago|last|yesterday|previous|past|before)\b|昨|前天|上周|上个|去年|前年|之前|以前|过去|最近|前\d|前[一二三四五六七八九十两]/i;
const YEAR = /\d{4}|[零〇一二三四五六七八九]{2,4}年|\d{2}年|'\d{2}\b/;

// Where Baton's documented conventions (../shared/eval/README.md, needs.md) differ from a peer's
// answer, the case measures the convention, not the reading: left out, with the reason.
const CONVENTION = [
  [/\bwithin\b|[日天]之?内/i, '"within N days" / N天内 is a lead time, not a date'],
  [/^(?:this|next) (?:week|month|year|qtr|quarter)$/i, 'names a period, not a day'],
  [
    /^(?:\d+|a|one|two|three) (?:days?|weeks?|months?)$/i,
    'a bare duration is a lead time (交期N天, "lead time N days"), not a date',
  ],
  [
    /下(?:个)?(?:星期|周|礼拜)([一二三四五六日天])/,
    '下周X is that weekday of the next Monday–Sunday week',
    nextWeekday,
  ],
  [/^\d{1,2}\/\d{1,2}$/, "a bare D/M or M/D is read only in the file's own order, and one a few days past is that day"],
  [/\b(?:CE|AD|BC)\b/, 'historical eras are not delivery dates'],
];
/** Baton's answer for 下周X, so a peer agreeing with it stays in. */
function nextWeekday(m, ref) {
  const wd = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 }[m[1]];
  const t = new Date(`${ref.slice(0, 10)}T00:00:00Z`);
  const iso = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() - iso + 1 + 7 + wd - 1);
  return t.toISOString().slice(0, 10);
}
const excluded = [];
const out = [];
const seen = new Set();
function add(source, text, ref, expected) {
  const key = `${text}|${ref}`;
  if (seen.has(key)) return;
  seen.add(key);
  const refDay = ref.slice(0, 10);
  if (TIME_OF_DAY.test(text) || RANGE.test(text) || PAST.test(text)) return;
  const conv = CONVENTION.find(([re, , baton]) => {
    const m = re.exec(text.trim());
    return m && (!baton || baton(m, ref) !== expected);
  });
  if (conv) {
    excluded.push({ text, ref, expected, source, reason: conv[1] });
    return;
  }
  if (expected < refDay && !YEAR.test(text)) return;
  // a month on its own ("In January", "9/2012") names no day to deliver on
  if (
    expected.endsWith('-01') &&
    !/\b0?1(?:st)?\b|first|[一1][日号]|初一|元旦|今|明|tomorrow|today|now|day|week|周|星期|礼拜|天/i.test(text)
  )
    return;
  const h = parseInt(createHash('md5').update(text).digest('hex').slice(0, 8), 16);
  out.push({ text, ref, expected, source, split: h % 3 === 0 ? 'heldout' : 'dev' });
}

// chrono-node
const chronoCommit = commit(chronoDir);
const chronoFiles = [...ls(chronoDir, 'test/en'), ...ls(chronoDir, 'test/zh/hans')].filter(
  (f) => f.endsWith('.test.ts') && !/performance|negative|timezone|time_exp|time_units_ago|inter_std/.test(f),
);
const CASE = /testSingleCase\(\s*chrono(?:\.[\w.]+)?\s*,\s*"((?:[^"\\]|\\.)*)"\s*,\s*new Date\(([^()]*)\)\s*,/g;
for (const f of chronoFiles) {
  const src = show(chronoDir, f);
  const starts = [...src.matchAll(CASE)];
  starts.forEach((m, i) => {
    const block = src.slice(m.index, starts[i + 1]?.index ?? src.length);
    const get = (k) => new RegExp(`result\\.start\\.get\\("${k}"\\)\\)\\.toBe\\((\\d+)\\)`).exec(block)?.[1];
    let y = get('year');
    let mo = get('month');
    let d = get('day');
    const toBe = /expect\(result\.start\)\.toBeDate\(new Date\((\d{4}),\s*([\d\s+-]+),\s*(\d+)/.exec(block);
    if ((!y || !mo || !d) && toBe) [y, mo, d] = [toBe[1], String(Function(`return ${toBe[2]}`)() + 1), toBe[3]];
    if (!y || !mo || !d || /result\.end\)\.not\.toBeNull|result\.end\.get/.test(block)) return;
    if (!/^[\d\s,+-]+$/.test(m[2])) return;
    const a = Function(`return [${m[2]}]`)();
    const ref = `${ymd(a[0], a[1] + 1, a[2] ?? 1)}T${pad(a[3] ?? 12)}:${pad(a[4] ?? 0)}:00`;
    add(`chrono-node ${chronoCommit.slice(0, 8)} ${f}`, JSON.parse(`"${m[1]}"`), ref, ymd(+y, +mo, +d));
  });
}

// JioNLP
const jioCommit = commit(jioDir);
const py = show(jioDir, 'test/test_time_parser.py');
const TS = { _ts_1: '2021-06-14T01:06:40', _ts_2: '2021-09-01T15:15:32' };
const JCASE =
  /\[\s*'((?:[^'\\]|\\.)*)'\s*,\s*(_ts_\d)\s*,\s*\{'type':\s*'(time_point|time_span)',\s*'definition':\s*'(\w+)',\s*'time':\s*\['(\d{4}-\d{2}-\d{2}) [\d:]+',\s*'(\d{4}-\d{2}-\d{2}) [\d:]+'\]/g;
for (const m of py.matchAll(JCASE)) {
  const [, text, ts, type, , start, end] = m;
  if (type !== 'time_point' || !TS[ts]) continue;
  let expected = start;
  if (start !== end) {
    // a part of a month: Baton reads 上旬/中旬/下旬 as "by" its last day
    if (!/[上中下]旬/.test(text) || start.slice(0, 7) !== end.slice(0, 7)) continue;
    expected = end;
  }
  add(`JioNLP ${jioCommit.slice(0, 8)} test/test_time_parser.py`, text, TS[ts], expected);
}

// JioNLP's extractor tests also list text with no time in it ("身份证号140302197706220124",
// "有十分之一的概率"): no date may be found there (expected "-").
const ext = show(jioDir, 'test/test_time_extractor.py');
for (const m of ext.matchAll(/\[\s*'((?:[^'\\]|\\.)*)'\s*,\s*\[\s*\]\s*\]/g)) {
  const text = m[1];
  const h = parseInt(createHash('md5').update(text).digest('hex').slice(0, 8), 16);
  out.push({
    text,
    ref: TS._ts_1,
    expected: '-',
    source: `JioNLP ${jioCommit.slice(0, 8)} test/test_time_extractor.py (no time)`,
    split: h % 3 === 0 ? 'heldout' : 'dev',
  });
}

const lines = (a) => JSON.stringify(a, null, 0).replace(/\},\{/g, '},\n{') + '\n';
writeFileSync(new URL('../test/fixtures/dates/peer-dates.json', import.meta.url), lines(out));
writeFileSync(new URL('../test/fixtures/dates/peer-dates-excluded.json', import.meta.url), lines(excluded));
console.log('left out by convention:', excluded.length);
const by = (k) => out.reduce((a, x) => ((a[x[k]] = (a[x[k]] ?? 0) + 1), a), {});
console.log(out.length, by('split'), by('source'));
