// After a departure handover starts, the old rep gets no reminders for those
// customers (the handover's quarantine), but still for the ones they keep.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { customerWithContact } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

it("leaves customers under a departure handover out of the old rep's digest", async () => {
  const db = t.app.db.db;
  const leaving = await customerWithContact(db, {
    name: 'Globex',
    owner: 'lily',
    tier: 'A',
    contact: '2026-12-07T10:00:00+08:00',
  });
  await customerWithContact(db, { name: 'Initech', owner: 'lily', tier: 'A', contact: '2026-12-07T11:00:00+08:00' });
  await db
    .insertInto('handovers')
    .values({
      kind: 'departure',
      customer_id: leaving.id,
      from_member_id: 'lily',
      to_member_id: 'bob',
      status: 'pending',
      package: JSON.stringify({}),
    })
    .execute();

  const r = await t.tick('2026-12-10T09:00:00+08:00');
  const toLily = (r.body.sent ?? []).filter((s) => s.chat === 'dm:lily');
  expect(toLily).toHaveLength(1);
  expect(toLily[0]!.text).toContain('Initech');
  expect(toLily[0]!.text).not.toContain('Globex');
});
