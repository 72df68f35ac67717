// The date grammar: English through chrono-node with Baton's conventions on top, the
// Chinese grammar (numeral and two-digit years, 明日, 下周周六, 第N个周X, 旬, lunar dates),
// weekday-plus-date, numeric dates in the file's own order, and the peer suite.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDate, parseIsoDate } from '../../../src/extract/dates/calendar.js';
import { findDates } from '../../../src/extract/dates/resolve-date.js';

const on = (today: string, text: string, dayFirst?: boolean) => {
  const hits = findDates(text, parseIsoDate(today)!, { dayFirst });
  return hits.map((h) => formatDate(h.date));
};

describe('English through chrono-node, Baton conventions first', () => {
  it.each([
    ['2 days later', '2026-11-24'],
    ['ship it 5 days from now', '2026-11-27'],
    ['by 10-August-2027', '2027-08-10'],
    ['ETD 09-JAN-2027', '2027-01-09'],
    ['2027 March 18', '2027-03-18'],
    ['next tuesday +10 days', '2026-12-04'],
  ])('%s', (text, want) => {
    expect(on('2026-11-22', text)[0]).toBe(want);
  });

  it('keeps Baton’s readings where they differ: next Friday is in the next Monday–Sunday week, within N days is no date', () => {
    expect(on('2026-11-22', 'next Friday')).toEqual(['2026-11-27']); // Sunday → the week starting tomorrow
    expect(on('2026-11-22', 'delivery within 30 days')).toEqual([]);
    expect(on('2026-11-22', 'production 25 days + shipping 15 days')).toEqual([]);
    expect(on('2026-11-22', 'we confirm this week')).toEqual([]);
    expect(on('2026-11-22', 'LED tube T8 1.2m, 15W')).toEqual([]);
  });

  it('a weekday with a date is one expression: the date wins, a disagreeing weekday is kept as a doubt', () => {
    const hits = findDates('The deadline is Tuesday, 10 January', { y: 2026, m: 11, d: 22 });
    expect(hits).toHaveLength(1);
    expect(formatDate(hits[0]!.date)).toBe('2027-01-10');
    expect(hits[0]!.weekdayAgrees).toBe(false); // 2027-01-10 is a Sunday
    const zh = findDates('3月11日(周四)前到货', { y: 2026, m: 11, d: 22 });
    expect(zh.map((h) => [formatDate(h.date), h.weekdayAgrees])).toEqual([['2027-03-11', true]]);
  });
});

describe('Chinese date grammar', () => {
  it.each([
    ['二零二七年三月三号交货', '2027-03-03'],
    ['27年3月2日前', '2027-03-02'],
    ['明日发货', '2026-11-23'],
    ['大大后天', '2026-11-26'],
    ['下周周六之前', '2026-11-28'],
    ['下个星期的周五', '2026-11-27'],
    ['下下周周一', '2026-11-30'],
    ['一月份的第一个周二', '2027-01-05'],
    ['下个月的第二个星期五', '2026-12-11'],
    ['十二月31前', '2026-12-31'],
    ['12月上旬', '2026-12-10'],
    ['下个月中旬', '2026-12-20'],
    ['农历腊月十八', '2027-01-25'],
    ['2026年大年三十', '2027-02-05'],
    ['除夕前', '2027-02-05'],
    ['妇女节前', '2027-03-08'],
    ['6·30前', '2027-06-30'],
    ['20261215交货', '2026-12-15'],
  ])('%s', (text, want) => {
    expect(on('2026-11-22', text)[0]).toBe(want);
  });

  it('does not take quantities or codes for dates', () => {
    expect(on('2026-11-22', '12月5个柜')).toEqual([]);
    expect(on('2026-11-22', '身份证号140302197706220124')).toEqual([]);
  });
});

describe('numeric D/M and M/D', () => {
  it('an ambiguous one is read only in the file’s own order', () => {
    expect(on('2026-11-22', 'before 12/10')).toEqual([]);
    expect(on('2026-11-22', 'before 12/10', true)).toEqual(['2027-10-12']);
    expect(on('2026-11-22', 'before 12/10', false)).toEqual(['2026-12-10']);
    expect(on('2026-11-22', 'before 18/12')).toEqual(['2026-12-18']);
  });
});

describe('peer suite (chrono-node and JioNLP tests, test/fixtures/dates/peer-dates.json)', () => {
  const cases = JSON.parse(readFileSync(new URL('../../fixtures/dates/peer-dates.json', import.meta.url), 'utf8')) as {
    text: string;
    ref: string;
    expected: string;
    split: string;
  }[];
  it('resolves at least 95% of each part as the peer does', () => {
    for (const split of ['dev', 'heldout']) {
      const part = cases.filter((c) => c.split === split);
      const right = part.filter((c) => (on(c.ref.slice(0, 10), c.text)[0] ?? '-') === c.expected).length;
      expect(right / part.length, `${split}: ${right}/${part.length}`).toBeGreaterThanOrEqual(0.95);
    }
  });
});
