import { describe, expect, it } from 'vitest';
import { parseChoiceAnswer } from '../../../src/services/bot/intents/choice.js';
import { customerHeader, looksLikeChat } from '../../../src/services/bot/intents/forwarded.js';
import { findWhen, splitFollowUpTimes } from '../../../src/services/bot/intents/when.js';
import { kindOf } from '../../../src/services/bot/intents/kinds.js';

const labels = ['ACME Tools', 'ACME Trading'];

describe('parseChoiceAnswer', () => {
  it.each([
    ['1', { type: 'pick', index: 0 }],
    ['2.', { type: 'pick', index: 1 }],
    ['第2个', { type: 'pick', index: 1 }],
    ['acme trading', { type: 'pick', index: 1 }],
    ['Tools', { type: 'pick', index: 0 }],
    ['Globex Ltd', { type: 'name', name: 'Globex Ltd' }],
    ['新客户：星辰贸易', { type: 'name', name: '星辰贸易' }],
    ['取消', { type: 'cancel' }],
  ])('%s', (text, answer) => {
    expect(parseChoiceAnswer(text, labels)).toEqual(answer);
  });

  it.each([['3'], ['what does ACME need?'], ['/help'], ['line one\nline two']])('%s is not an answer', (text) => {
    expect(parseChoiceAnswer(text, labels)).toBeUndefined();
  });

  it('a name shared by two choices is a new name, not a pick', () => {
    expect(parseChoiceAnswer('ACME', labels)).toEqual({ type: 'name', name: 'ACME' });
  });
});

describe('forwarded chats', () => {
  const plain = { format: 'plain' as const, messages: [{ index: 0, text: 'x', role: 'unknown' as const }] };
  const chat = {
    format: 'wechat-copy' as const,
    messages: [
      { index: 0, text: 'a', role: 'customer' as const, speaker: '张总', at: '2026-11-18T10:02:00+08:00' },
      { index: 1, text: 'b', role: 'rep' as const, speaker: '陈莉', at: '2026-11-18T10:03:00+08:00' },
    ],
  };
  it('a multi-speaker transcript is a chat; a short line is not', () => {
    expect(looksLikeChat('张总 2026-11-18 10:02\na\n陈莉 2026-11-18 10:03\nb', chat)).toBe(true);
    expect(looksLikeChat('ACME wants 5000 pcs by Dec 10', plain)).toBe(false);
    expect(looksLikeChat('x'.repeat(130), plain)).toBe(true);
  });
  it('reads a customer header line', () => {
    expect(customerHeader('客户：星辰贸易\n张总: 我们要500套')).toEqual({
      name: '星辰贸易',
      body: '张总: 我们要500套',
    });
    expect(customerHeader('Customer: Globex\nTom: 200 sets')).toEqual({ name: 'Globex', body: 'Tom: 200 sets' });
    expect(customerHeader('Tom: 200 sets').name).toBeUndefined();
  });
});

describe('dates in follow-up logs', () => {
  const thu = { y: 2026, m: 11, d: 19 }; // a Thursday
  it.each([
    ['下周一再联系', { y: 2026, m: 11, d: 23 }],
    ['明天', { y: 2026, m: 11, d: 20 }],
    ['3天后', { y: 2026, m: 11, d: 22 }],
    ['12月10日', { y: 2026, m: 12, d: 10 }],
    ['next Monday', { y: 2026, m: 11, d: 23 }],
    ['in 5 days', { y: 2026, m: 11, d: 24 }],
    ['Dec 10', { y: 2026, m: 12, d: 10 }],
    ['2027-01-05', { y: 2027, m: 1, d: 5 }],
  ])('%s', (text, date) => {
    expect(findWhen(text, thu)?.date).toEqual(date);
  });
  it('splits when it happened from when to contact next', () => {
    expect(splitFollowUpTimes('今天电话跟进了ACME，下周一再联系', thu)).toEqual({
      happened: thu,
      next: { y: 2026, m: 11, d: 23 },
    });
    expect(splitFollowUpTimes('Called ACME yesterday, follow up next Friday', thu)).toEqual({
      happened: { y: 2026, m: 11, d: 18 },
      next: { y: 2026, m: 11, d: 27 },
    });
    expect(splitFollowUpTimes('Visited ACME today', thu)).toEqual({ happened: thu });
  });
  it('knows kind words', () => {
    expect([
      kindOf('交期'),
      kindOf('delivery date'),
      kindOf('payment_terms'),
      kindOf('包装'),
      kindOf('nonsense'),
    ]).toEqual(['delivery_date', 'delivery_date', 'payment_terms', 'packaging', undefined]);
  });
});
