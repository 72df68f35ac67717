import { describe, expect, it } from 'vitest';
import { parseShownTime, splitBubbleTime } from '../../../src/extract/screenshot/times.js';

const today = { y: 2026, m: 11, d: 22 }; // a Sunday

describe('times shown on a chat screen', () => {
  it('reads WeChat, DingTalk and WhatsApp dividers', () => {
    expect(parseShownTime('11月12日 上午10:05', today)).toEqual({ date: { y: 2026, m: 11, d: 12 }, hh: 10, mi: 5 });
    expect(parseShownTime('11 月 12 日 下午 2:30', today)).toEqual({ date: { y: 2026, m: 11, d: 12 }, hh: 14, mi: 30 });
    expect(parseShownTime('2025年12月30日 晚上9:15', today)).toEqual({
      date: { y: 2025, m: 12, d: 30 },
      hh: 21,
      mi: 15,
    });
    expect(parseShownTime('10月5日 09:14', today)).toEqual({ date: { y: 2026, m: 10, d: 5 }, hh: 9, mi: 14 });
    expect(parseShownTime('12 November 2026', today)).toEqual({ date: { y: 2026, m: 11, d: 12 } });
    expect(parseShownTime('November 3, 2026', today)).toEqual({ date: { y: 2026, m: 11, d: 3 } });
    expect(parseShownTime('2026年11月3日', today)).toEqual({ date: { y: 2026, m: 11, d: 3 } });
  });

  it('dates a yearless day in the past, never the future', () => {
    expect(parseShownTime('12月30日 上午9:00', today)?.date).toEqual({ y: 2025, m: 12, d: 30 });
  });

  it('reads relative dividers from today', () => {
    expect(parseShownTime('昨天 下午3:10', today)).toEqual({ date: { y: 2026, m: 11, d: 21 }, hh: 15, mi: 10 });
    expect(parseShownTime('YESTERDAY', today)?.date).toEqual({ y: 2026, m: 11, d: 21 });
    expect(parseShownTime('星期三 10:00', today)?.date).toEqual({ y: 2026, m: 11, d: 18 });
    expect(parseShownTime('10:05', today)).toEqual({ date: today, hh: 10, mi: 5 });
  });

  it('keeps a misread divider on the day of the one above it', () => {
    const before = { date: { y: 2026, m: 10, d: 5 }, hh: 9, mi: 0 };
    // "10月5日" misread; not a bare clock, so not today
    expect(parseShownTime('10A5H 10:40', today, before)).toEqual({ date: before.date, hh: 10, mi: 40 });
    // a date before the divider above is a misread too
    expect(parseShownTime('1月5日 10:40', today, before)?.date).toEqual(before.date);
    // "上午9:41" with 上午 read as "£4"
    expect(parseShownTime('11月16日£49:41', today)).toEqual({ date: { y: 2026, m: 11, d: 16 }, hh: 9, mi: 41 });
  });

  it('says nothing of text that is no time', () => {
    expect(parseShownTime('以上是打招呼的内容', today)).toBeUndefined();
  });

  it("splits WhatsApp's own time from the end of a bubble", () => {
    expect(splitBubbleTime('1200 pcs for the first order 15:09')).toEqual({
      text: '1200 pcs for the first order',
      hh: 15,
      mi: 9,
    });
    expect(splitBubbleTime('see you 3:05 pm')).toEqual({ text: 'see you', hh: 15, mi: 5 });
    expect(splitBubbleTime('no time here')).toEqual({ text: 'no time here' });
  });
});
