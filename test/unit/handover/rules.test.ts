import { describe, expect, it } from 'vitest';
import { addWorkingDays, isoWeekKey, isWorkingDay, localDateKey } from '../../../src/core/handover/deadline.js';
import { splitCustomers } from '../../../src/core/handover/split.js';
import { checkCompleteness, missingLabels } from '../../../src/core/handover/completeness.js';
import { canHandOver, roleSeesMoney } from '../../../src/core/handover/permissions.js';
import { parseHandoverCommand, normaliseHandoverId } from '../../../src/core/handover/parse-command.js';
import {
  findPromises,
  findUnansweredQuestions,
  splitSaid,
  classifyMoment,
} from '../../../src/core/handover/conversation.js';

const TZ = 'Asia/Shanghai';

describe('working-day deadlines', () => {
  it('skips weekends and keeps the local time of day', () => {
    // Friday 2026-11-27 10:00 +08 → Wednesday 2026-12-02 10:00 +08
    expect(addWorkingDays(new Date('2026-11-27T02:00:00Z'), 3, TZ).toISOString()).toBe('2026-12-02T02:00:00.000Z');
    // Monday → Thursday
    expect(addWorkingDays(new Date('2026-11-23T02:00:00Z'), 3, TZ).toISOString()).toBe('2026-11-26T02:00:00.000Z');
    // Saturday counts from Monday: Mon, Tue, Wed
    expect(addWorkingDays(new Date('2026-11-28T02:00:00Z'), 3, TZ).toISOString()).toBe('2026-12-02T02:00:00.000Z');
  });
  it('uses the business zone for the calendar day', () => {
    // 2026-11-27 23:30 UTC is already Saturday in Shanghai.
    expect(localDateKey(new Date('2026-11-27T23:30:00Z'), TZ)).toBe('2026-11-28');
    expect(isWorkingDay(new Date('2026-11-27T23:30:00Z'), TZ)).toBe(false);
    expect(isWorkingDay(new Date('2026-11-27T23:30:00Z'), 'UTC')).toBe(true);
    // Saturday 07:30 local + 1 working day = Monday 07:30 local (Sunday 23:30 UTC).
    expect(addWorkingDays(new Date('2026-11-27T23:30:00Z'), 1, TZ).toISOString()).toBe('2026-11-29T23:30:00.000Z');
  });
  it('handles a DST change in a zone that has one', () => {
    // Friday 2026-03-06 09:00 New York (EST) + 3 working days = Wednesday 09:00 EDT.
    expect(addWorkingDays(new Date('2026-03-06T14:00:00Z'), 3, 'America/New_York').toISOString()).toBe(
      '2026-03-11T13:00:00.000Z',
    );
  });
  it('names ISO weeks', () => {
    expect(isoWeekKey(new Date('2026-12-01T02:00:00Z'), TZ)).toBe('2026-W49');
    expect(isoWeekKey(new Date('2027-01-01T02:00:00Z'), TZ)).toBe('2026-W53');
  });
});

describe('splitting customers among receivers', () => {
  const items = Array.from({ length: 23 }, (_, i) => ({
    id: `c${i}`,
    tier: ['A', 'B', 'C', 'D'][i % 4]!,
    revenue: (i * 37) % 100,
  }));
  it('balanced: tiers and head-counts within one, revenue close', () => {
    const out = splitCustomers(items, ['bob', 'sun', 'zhao'], 'balanced');
    const counts = [...out.values()].map((l) => l.length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    for (const tier of ['A', 'B', 'C', 'D']) {
      const per = [...out.values()].map((l) => l.filter((x) => x.tier === tier).length);
      expect(Math.max(...per) - Math.min(...per)).toBeLessThanOrEqual(1);
    }
    expect(
      [...out.values()]
        .flat()
        .map((x) => x.id)
        .sort(),
    ).toEqual(items.map((x) => x.id).sort());
  });
  it('balanced: the biggest customers do not all land on one receiver', () => {
    const big = [
      { id: 'x', tier: 'A', revenue: 100 },
      { id: 'y', tier: 'A', revenue: 90 },
      { id: 'z', tier: 'A', revenue: 10 },
      { id: 'w', tier: 'A', revenue: 5 },
    ];
    const out = splitCustomers(big, ['bob', 'sun'], 'balanced');
    expect(out.get('bob')!.map((x) => x.id)).toEqual(['x', 'w']);
    expect(out.get('sun')!.map((x) => x.id)).toEqual(['y', 'z']);
  });
  it('round-robin deals in order', () => {
    const out = splitCustomers(items.slice(0, 5), ['bob', 'sun'], 'round_robin');
    expect(out.get('bob')!.map((x) => x.id)).toEqual(['c0', 'c2', 'c4']);
    expect(out.get('sun')!.map((x) => x.id)).toEqual(['c1', 'c3']);
  });
});

describe('completeness', () => {
  it('lists missing essentials and a missing contact', () => {
    const c = checkCompleteness({ needKinds: ['quantity', 'logo', 'caution'], contactCount: 0 });
    expect(c).toEqual({
      complete: false,
      missingEssentials: ['delivery_date', 'packaging', 'payment_terms'],
      noContact: true,
    });
    expect(missingLabels(c, 'zh')).toEqual(['交货期', '包装', '付款方式', '联系人']);
    expect(
      checkCompleteness({
        needKinds: ['delivery_date', 'quantity', 'logo', 'packaging', 'payment_terms'],
        contactCount: 1,
      }).complete,
    ).toBe(true);
  });
});

describe('permissions', () => {
  it('rep: own only; supervisor: team; admin: all', () => {
    expect(canHandOver({ id: 'lily', role: 'rep' }, 'lily', 'wang')).toBe(true);
    expect(canHandOver({ id: 'bob', role: 'rep' }, 'lily', 'wang')).toBe(false);
    expect(canHandOver({ id: 'wang', role: 'supervisor' }, 'lily', 'wang')).toBe(true);
    expect(canHandOver({ id: 'li', role: 'supervisor' }, 'lily', 'wang')).toBe(false);
    expect(canHandOver({ id: 'root', role: 'admin' }, 'lily', 'wang')).toBe(true);
    expect(canHandOver({ id: 'zhao', role: 'ops' }, 'lily', 'wang')).toBe(false);
    expect(roleSeesMoney('ops')).toBe(false);
    expect(roleSeesMoney('after_sales')).toBe(false);
    expect(roleSeesMoney('finance')).toBe(true);
  });
});

describe('handover commands', () => {
  it('parses starts in English and Chinese', () => {
    expect(parseHandoverCommand('/handover ACME to bob')).toEqual({
      kind: 'start',
      target: { customers: ['ACME'] },
      receivers: ['bob'],
    });
    expect(parseHandoverCommand('/handover all lily to bob,sun round-robin')).toEqual({
      kind: 'start',
      target: { all: 'lily' },
      receivers: ['bob', 'sun'],
      split: 'round_robin',
    });
    expect(parseHandoverCommand('/handover ACME stage fulfilment to zhao')).toEqual({
      kind: 'start',
      target: { customers: ['ACME'] },
      receivers: ['zhao'],
      stage: 'fulfilment',
    });
    expect(parseHandoverCommand('把ACME交接给李波')).toEqual({
      kind: 'start',
      target: { customers: ['ACME'] },
      receivers: ['李波'],
    });
    expect(parseHandoverCommand('把陈莉的全部客户交接给李波、孙宇')).toEqual({
      kind: 'start',
      target: { all: '陈莉' },
      receivers: ['李波', '孙宇'],
    });
    expect(parseHandoverCommand('把ACME的售后交接给赵磊')).toEqual({
      kind: 'start',
      target: { customers: ['ACME'] },
      receivers: ['赵磊'],
      stage: 'after_sales',
    });
    expect(parseHandoverCommand('/handover')).toEqual({ kind: 'usage' });
    expect(parseHandoverCommand('/handover ACME stage lunch to zhao')).toEqual({ kind: 'usage' });
  });
  it('parses sign-off, refusal, questions and answers', () => {
    expect(parseHandoverCommand('确认接收')).toEqual({ kind: 'ack' });
    expect(parseHandoverCommand('ack')).toEqual({ kind: 'ack' });
    expect(parseHandoverCommand('/ack ho3')).toEqual({ kind: 'ack', id: 'HO-3' });
    expect(parseHandoverCommand('/refuse HO-3 too many customers')).toEqual({
      kind: 'refuse',
      id: 'HO-3',
      reason: 'too many customers',
    });
    expect(parseHandoverCommand('/ask HO-3 交货期定了吗？')).toEqual({
      kind: 'ask',
      id: 'HO-3',
      text: '交货期定了吗？',
    });
    expect(parseHandoverCommand('/answer 定了')).toEqual({ kind: 'answer', text: '定了' });
    expect(parseHandoverCommand('/checkin HO-12 all fine')).toEqual({ kind: 'checkin', id: 'HO-12', text: 'all fine' });
    expect(parseHandoverCommand('ACME 要什么？')).toBeUndefined();
    expect(parseHandoverCommand('acknowledged the order')).toBeUndefined();
    expect(normaliseHandoverId('Ho-007')).toBe('HO-7');
  });
});

describe('conversation reading', () => {
  const at = (d: number) => new Date(Date.UTC(2026, 10, d));
  const lines = splitSaid(
    [
      {
        at: at(1),
        senderName: 'lily',
        senderIsMember: true,
        text: 'Tom: Can you do 5000 pcs?\nLily: Yes, I will send the quotation tomorrow.',
      },
      { at: at(2), senderName: 'lily', senderIsMember: true, text: 'Tom: What about the logo?\nTom: Is DDP possible?' },
    ],
    ['Lily', 'lily'],
    ['Tom'],
  );
  it('finds promises by our side and questions nobody answered', () => {
    expect(findPromises(lines).map((l) => l.text)).toEqual(['Yes, I will send the quotation tomorrow.']);
    expect(findUnansweredQuestions(lines).map((l) => l.text)).toEqual(['What about the logo?', 'Is DDP possible?']);
  });
  it('classifies timeline moments', () => {
    expect(classifyMoment('Sent quotation PI-2291')).toBe('quote');
    expect(classifyMoment('寄样品给客户')).toBe('sample');
    expect(classifyMoment('客户投诉包装破损')).toBe('after_sales');
    expect(classifyMoment('called, no answer')).toBeUndefined();
  });
});
