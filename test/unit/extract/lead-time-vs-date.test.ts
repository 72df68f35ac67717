// "交货期12月20日前" is a delivery date, not a 12-month lead time; "交货期一个月" is 30 days.
import { describe, expect, it } from 'vitest';
import { findLeadTimes } from '../../../src/extract/rules/delivery.js';
import { extractTranscript } from '../../../src/extract/extract-transcript.js';

const opts = { now: new Date('2026-11-22T10:00:00+08:00'), tz: 'Asia/Shanghai', reps: ['陈莉'] };

describe('lead time next to a month-day date', () => {
  it('reads no lead time from a date after 交货期', () => {
    expect(findLeadTimes('你好，我们要5000个，交货期12月20日前')).toEqual([]);
    expect(findLeadTimes('交期3月15号之前要到')).toEqual([]);
  });
  it('still reads durations in months and days', () => {
    expect(findLeadTimes('交货期一个月').map((m) => m.value)).toEqual([{ days: 30 }]);
    expect(findLeadTimes('交期2个月').map((m) => m.value)).toEqual([{ days: 60 }]);
    expect(findLeadTimes('交期35天').map((m) => m.value)).toEqual([{ days: 35 }]);
  });
  it('gives the delivery date and no lead time for the whole message', () => {
    const r = extractTranscript(
      '张总 2026-11-18 10:02\n你好，我们要5000个，交货期12月20日前\n陈莉 2026-11-18 10:05\n好的\n',
      opts,
    );
    expect(r.needs.filter((n) => n.kind === 'lead_time')).toEqual([]);
    expect(r.needs.find((n) => n.kind === 'delivery_date')?.value).toEqual({ date: '2026-12-20', constraint: 'by' });
  });
});
