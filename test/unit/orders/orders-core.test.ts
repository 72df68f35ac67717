// Pure parts of orders from chat (issue 20): the event phrases, the confirmation cues
// of a forwarded chat, the money clauses cut from quotes, sheet differences and the KPIs.
import { describe, expect, it } from 'vitest';
import { parseOrderCommand } from '../../../src/core/orders/parse-event.js';
import { confirmationCue } from '../../../src/core/orders/confirm-cues.js';
import { diffSheets, redactMoney, type SheetItem } from '../../../src/core/orders/sheet.js';
import { computeKpis } from '../../../src/core/orders/kpi.js';

describe('order event phrases', () => {
  it.each([
    ['ACME 确认下单了', { kind: 'confirmed', customer: 'ACME' }],
    ['ACME confirmed the order', { kind: 'confirmed', customer: 'ACME' }],
    ['/order ACME Trading confirmed', { kind: 'confirmed', customer: 'ACME Trading' }],
    ['ACME 已发货', { kind: 'shipped', customer: 'ACME' }],
    ['ACME 已发货 空运', { kind: 'shipped', customer: 'ACME', mode: 'air' }],
    [
      '/order ACME shipped 1Z999AA10123456784 by air',
      { kind: 'shipped', customer: 'ACME', mode: 'air', tracking: '1Z999AA10123456784' },
    ],
    ['ACME 已收货', { kind: 'delivered', customer: 'ACME' }],
    ['/order ACME delivered', { kind: 'delivered', customer: 'ACME' }],
  ])('%s', (text, want) => {
    expect(parseOrderCommand(text)).toMatchObject(want);
  });
  it.each(['ACME 要什么？', 'what does ACME need?', 'ACME 已发货了吗？', '今天电话跟进了ACME'])(
    'not an event: %s',
    (text) => {
      expect(parseOrderCommand(text)).toBeUndefined();
    },
  );
});

describe('a customer confirming in a forwarded chat', () => {
  it('finds the customer line, not ours, and not a question or a condition', () => {
    expect(confirmationCue([{ role: 'customer', text: 'PO attached, please proceed' }])).toBe(
      'PO attached, please proceed',
    );
    expect(confirmationCue([{ role: 'customer', text: '合同已盖章，发你了' }])).toBeDefined();
    expect(confirmationCue([{ role: 'rep', text: 'please proceed' }])).toBeUndefined();
    expect(confirmationCue([{ role: 'customer', text: '可以下单吗？' }])).toBeUndefined();
    expect(confirmationCue([{ role: 'customer', text: '如果价格合适就可以下单' }])).toBeUndefined();
  });
});

describe('money cut from quotes', () => {
  it('keeps the production words and drops the deposit', () => {
    expect(redactMoney('要印我们的logo，中性包装，30%定金70%发货前')).toBe('要印我们的logo，中性包装…');
    expect(redactMoney('we need 300 sets, target price USD 12')).toBe('we need 300 sets…');
    expect(redactMoney('中性包装')).toBe('中性包装');
  });
});

describe('sheet differences', () => {
  const item = (slot: string, value: Record<string, unknown>): SheetItem => ({
    slot,
    kind: slot as SheetItem['kind'],
    value,
    evidence: '',
    speaker: null,
    saidAt: null,
  });
  it('changed, added and removed lines by slot', () => {
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const d = diffSheets(
      [item('delivery_date', { date: '2026-12-20' }), item('logo', { required: true })],
      [item('delivery_date', { date: '2026-12-10' }), item('packaging', { style: 'neutral' })],
      same,
    );
    expect(d.map((x) => [x.slot, x.from, x.to])).toEqual([
      ['logo', { required: true }, null],
      ['packaging', null, { style: 'neutral' }],
      ['delivery_date', { date: '2026-12-20' }, { date: '2026-12-10' }],
    ]);
  });
});

describe('hand-off KPIs', () => {
  it('on time, late, open and unfinished past due; per person and team', () => {
    const at = (h: number) => new Date(Date.UTC(2026, 10, 2, h));
    const r = computeKpis({
      now: at(100),
      handoffs: [
        { kind: 'sheet', member: 'zhao', startedAt: at(0), dueAt: at(24), doneAt: at(2), questioned: false },
        { kind: 'sheet', member: 'zhao', startedAt: at(0), dueAt: at(24), doneAt: at(30), questioned: true },
        { kind: 'sheet', member: 'zhao', startedAt: at(0), dueAt: at(24), doneAt: null },
        { kind: 'shipment', member: 'lily', startedAt: at(0), dueAt: at(200), doneAt: null },
        { kind: 'handover', member: 'bob', startedAt: at(0), dueAt: at(72), doneAt: at(10) },
      ],
      revisions: [{ repId: 'lily' }],
    });
    expect(r.team.kinds.sheet).toMatchObject({ counted: 3, onTime: 1, late: 2, open: 0, avgHours: 16 });
    expect(r.team.kinds.shipment).toMatchObject({ counted: 0, open: 1 });
    expect(r.team.timeliness).toBe(0.5);
    expect(r.people.get('zhao')!.sheetsAckedWithoutQuestion).toBe(1);
    expect(r.people.get('lily')!.changesAfterConfirmation).toBe(1);
    expect(r.people.get('bob')!.timeliness).toBe(1);
  });
});
