// Orders from chat (issue 20), in English: "/order … confirmed" sends a sheet to
// production and the order clerk; an unacknowledged sheet is chased on working days
// and escalated to the supervisor once; a forwarded chat where the customer confirms
// is only offered; a shipment by air schedules the receipt follow-up in 3 days; the
// month's figures count the late acknowledgement. No money reaches the production group.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { AdjustableClock, FixedClock } from '../../../src/core/clock.js';
import { to } from '../bot/conversation-helpers.js';

const sent = (r: Awaited<ReturnType<TestApp['tick']>>, chat: string) =>
  (r.body.sent ?? []).filter((s) => s.chat === chat).map((s) => s.text);

describe('orders in chat (en): chase, escalation, offer, air shipment, KPI', () => {
  let t: TestApp;
  const production: string[] = [];
  beforeAll(async () => {
    // Friday 2026-11-27, 15:00 in Shanghai: the sheet is due Monday 15:00 (one working day).
    t = await createTestApp({
      app: { clock: new AdjustableClock(new FixedClock(new Date('2026-11-27T14:00:00+08:00'))) },
    });
    await t.tick('2026-11-27T15:00:00+08:00');
  });
  afterAll(async () => {
    for (const text of production) expect(text).not.toMatch(/deposit|USD|\$|payment|T\/T/i);
    await t?.close();
  });

  it('/order confirmed: the sheet goes to production (no money) and zhao is asked', async () => {
    await t.say(
      'bob',
      'dm:bob',
      'Customer: Globex GmbH\nTom: we need 300 sets, CE certified, deliver to Hamburg\nTom: target price USD 12 per set, 30% deposit by T/T',
    );
    const r = await t.say('bob', 'dm:bob', 'Globex GmbH confirmed the order');
    expect(to(r, 'dm:bob').join('\n')).toMatch(/Recorded Globex GmbH's order \(first order\)/);
    const group = to(r, 'group:production');
    production.push(...group);
    expect(group.join('\n')).toMatch(/300 sets[\s\S]*CE[\s\S]*Hamburg/);
    expect(to(r, 'dm:zhao').join('\n')).toMatch(/PS-\d+/);
  });

  it('no reminder on the weekend; Monday morning a reminder; after the deadline wang hears once', async () => {
    const sat = await t.tick('2026-11-28T09:30:00+08:00');
    expect(sent(sat, 'dm:zhao')).toHaveLength(0);
    const mon = await t.tick('2026-11-30T09:30:00+08:00');
    expect(sent(mon, 'dm:zhao').join('\n')).toMatch(/生产单 PS-\d+（Globex GmbH v1）还没有确认/);
    expect(sent(mon, 'dm:wang')).toHaveLength(0);
    const late = await t.tick('2026-11-30T15:30:00+08:00');
    expect(sent(late, 'dm:wang').join('\n')).toMatch(/Zhao Lei 赵磊 超过截止 2026-11-30 15:00 仍未确认/);
    const again = await t.tick('2026-11-30T16:00:00+08:00');
    expect(sent(again, 'dm:wang')).toHaveLength(0);
    const k = await t.say('zhao', 'dm:zhao', 'ack');
    expect(to(k, 'dm:zhao').join('\n')).toMatch(/acknowledged/);
  });

  it('a forwarded chat where the customer confirms is offered, and recorded only on "yes"', async () => {
    const f = await t.say(
      'bob',
      'dm:bob',
      'Customer: Initech\nPeter: we need 1000 pcs, blue\nBob: PI sent\nPeter: PO attached, please proceed',
    );
    expect(to(f, 'dm:bob').join('\n')).toMatch(/Record this as an order for Initech\?/);
    expect(to(f, 'group:production')).toHaveLength(0);
    expect(await t.app.db.db.selectFrom('order_events').select('id').execute()).toHaveLength(1);
    const y = await t.say('bob', 'dm:bob', 'yes');
    expect(to(y, 'group:production').join('\n')).toMatch(/Initech/);
    expect(await t.app.db.db.selectFrom('order_events').select('id').execute()).toHaveLength(2);
  });

  it('shipped by air with tracking: after-sales hears; the receipt follow-up is due 3 days later', async () => {
    await t.tick('2026-12-01T10:00:00+08:00');
    const r = await t.say('bob', 'dm:bob', '/order Globex GmbH shipped 1Z999AA10123456784 by air');
    expect(to(r, 'group:after-sales').join('\n')).toMatch(
      /空运，单号 1Z999AA10123456784[\s\S]*2026-12-04 10:00 跟进客户收货/,
    );
    const due = await t.tick('2026-12-04T10:00:00+08:00');
    expect(sent(due, 'dm:bob').join('\n')).toMatch(/Globex GmbH/);
  });

  it("November's figures: two sheets, one acknowledged late, one never", async () => {
    const r = await t.say('wang', 'dm:wang', 'hand-off timeliness last month');
    const text = to(r, 'dm:wang').join('\n');
    expect(text).toMatch(/Hand-off timeliness 2026-11 \(team\): 0%/);
    expect(text).toMatch(/confirmed → sheet acknowledged: 0\/2 on time/); // Globex acknowledged late; Initech never, past due
  });
});
