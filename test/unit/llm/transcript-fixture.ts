// Hand-built transcripts and rules results for the LLM extractor tests (the
// rules extractor is developed separately; these pin the shapes we rely on).
import type {
  ExtractOptions,
  ExtractionResult,
  ParsedTranscript,
  TranscriptMessage,
} from '../../../src/extract/types.js';

export function msg(
  index: number,
  speaker: string,
  role: TranscriptMessage['role'],
  at: string | undefined,
  text: string,
): TranscriptMessage {
  return { index, speaker, role, at, atDate: at ? new Date(at) : undefined, text };
}

export const OPTS: ExtractOptions = { now: new Date('2026-11-22T10:00:00+08:00'), tz: 'Asia/Shanghai', reps: ['李娜'] };

/** A DingTalk-style chat: quantity and delivery date change mid-chat; the rep's 35-day lead time is declined. */
export const HOTEL: ParsedTranscript = {
  format: 'dingtalk-copy',
  messages: [
    msg(0, '陈经理', 'customer', '2026-11-12T10:05:00+08:00', '李娜你好，我们酒店项目要一批实木餐桌椅，先按80套算'),
    msg(1, '李娜', 'rep', '2026-11-12T14:30:00+08:00', '报价发您邮箱了，80套含税每套2680元，交期35天'),
    msg(2, '陈经理', 'customer', '2026-11-12T14:31:00+08:00', '35天不行，12月20号前必须送到杭州酒店现场'),
    msg(3, '陈经理', 'customer', '2026-11-18T09:40:00+08:00', '李娜，项目扩了，改成120套'),
    msg(4, '陈经理', 'customer', '2026-11-18T09:41:00+08:00', '另外酒店开业提前了，交货期提前10天'),
    msg(5, '陈经理', 'customer', '2026-11-18T09:45:00+08:00', '好。付款我们是30%预付，剩下70%验收合格后付'),
  ],
};

/** What a decent rules extractor returns for HOTEL. */
export function hotelRules(): ExtractionResult {
  return {
    format: 'dingtalk-copy',
    messages: 6,
    extractor: 'rules',
    needs: [
      {
        kind: 'quantity',
        value: { value: 120, unit: 'sets' },
        evidence: '改成120套',
        speaker: '陈经理',
        at: '2026-11-18T09:40:00+08:00',
        confidence: 0.9,
        messageIndex: 3,
      },
      {
        kind: 'delivery_date',
        value: { date: '2026-12-10', constraint: 'by' },
        evidence: '交货期提前10天',
        speaker: '陈经理',
        at: '2026-11-18T09:41:00+08:00',
        confidence: 0.85,
        messageIndex: 4,
      },
      {
        kind: 'payment_terms',
        value: { method: 'T/T', deposit_percent: 30 },
        evidence: '30%预付',
        speaker: '陈经理',
        at: '2026-11-18T09:45:00+08:00',
        confidence: 0.85,
        messageIndex: 5,
      },
      {
        kind: 'destination',
        value: { country: 'CN', port: '杭州' },
        evidence: '送到杭州酒店现场',
        speaker: '陈经理',
        confidence: 0.6,
        messageIndex: 2,
      },
    ],
    changes: [
      { kind: 'quantity', from: { value: 80, unit: 'sets' }, to: { value: 120, unit: 'sets' }, evidence: '改成120套' },
      {
        kind: 'delivery_date',
        from: { date: '2026-12-20', constraint: 'by' },
        to: { date: '2026-12-10', constraint: 'by' },
        evidence: '交货期提前10天',
      },
    ],
  };
}

/** The answer a good model gives for HOTEL, plus one invented need ("CE") that is quoted from nowhere. */
export function hotelModelAnswer(): object {
  return {
    needs: [
      { kind: 'product', value: { name: '实木餐桌椅' }, evidence: '实木餐桌椅', message_index: 0 },
      { kind: 'quantity', value: { value: 120, unit: 'sets' }, evidence: '改成120套', message_index: 3 },
      {
        kind: 'delivery_date',
        value: { date: '2026-12-10', constraint: 'by' },
        evidence: '交货期提前10天',
        message_index: 4,
      },
      {
        kind: 'payment_terms',
        value: { method: 'T/T', deposit_percent: 30 },
        evidence: '付款我们是30%预付，剩下70%验收合格后付',
        message_index: 5,
      },
      { kind: 'certification', value: { name: 'CE' }, evidence: 'must have CE certificate', message_index: 2 },
    ],
    changes: [
      {
        kind: 'quantity',
        from: { value: 80, unit: 'sets' },
        to: { value: 120, unit: 'sets' },
        evidence: '改成120套',
        message_index: 3,
      },
      {
        kind: 'delivery_date',
        from: { date: '2026-12-20', constraint: 'by' },
        to: { date: '2026-12-10', constraint: 'by' },
        evidence: '交货期提前10天',
        message_index: 4,
      },
    ],
  };
}
