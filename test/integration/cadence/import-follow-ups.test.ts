// Importing a follow-up log moves each named customer's cadence the way a logged
// contact does — due follow-ups completed, the first-response clock stopped, the
// last contact moved forward, the next follow-up recomputed (or the rep's own
// "next" date when it is the latest contact) — now for the whole set at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '../../../src/db/client.js';
import { migrate } from '../../../src/db/migrator.js';
import { createRepositories } from '../../../src/db/repositories/index.js';
import { seedDemoTeam } from '../../../src/services/demo-team.js';
import { runImport } from '../../../src/services/import/run-import.js';
import { recomputeNextFollowUp } from '../../../src/services/cadence/on-contact.js';

const NOW = new Date('2026-11-22T02:00:00Z');
const iso = (x: Date | string | null) => (x ? new Date(x).toISOString() : null);

describe('importing follow-ups updates the cadence of every customer named', () => {
  let h: DbHandle;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    h = await openDb({ dataDir: 'memory://' });
    await migrate(h.db);
    const repos = createRepositories(h.db);
    await seedDemoTeam(repos);
    const rows = await h.db
      .insertInto('customers')
      .values([
        // Overdue since 1 November, with a first-response clock running since the 10th.
        {
          code: 'IF-1',
          name: 'Overdue Co',
          tier: 'A',
          owner_id: 'lily',
          stage: 'repeat',
          next_follow_up_at: '2026-11-01T02:00:00Z',
          last_contact_at: '2026-10-01T02:00:00Z',
        },
        {
          code: 'IF-2',
          name: 'Planned Co',
          tier: 'B',
          owner_id: 'bob',
          stage: 'repeat',
          last_contact_at: '2026-10-01T02:00:00Z',
        },
        // Already contacted after the imported note: its "next" date must not win.
        {
          code: 'IF-3',
          name: 'Later Co',
          tier: 'C',
          owner_id: 'lily',
          stage: 'repeat',
          last_contact_at: '2026-11-21T02:00:00Z',
        },
      ])
      .returning(['id', 'code'])
      .execute();
    for (const r of rows) ids[r.code] = r.id;
    await h.db
      .insertInto('sla_clocks')
      .values({
        customer_id: ids['IF-1']!,
        owner_id: 'lily',
        sla_class: 'high',
        started_at: '2026-11-10T02:00:00Z',
        due_at: '2026-11-10T06:00:00Z',
      })
      .execute();
    const csv = [
      '客户,跟进日期,跟进人,方式,跟进内容,下次跟进',
      'IF-1,2026-11-15 10:00,lily,电话,Checked the old quote,',
      'IF-1,2026-11-20 10:00,lily,电话,Sent the new quote,',
      'IF-2,2026-11-19 15:00,bob,电话,Samples approved,2026-12-15',
      'IF-3,2026-11-05 09:00,lily,电话,Call about the drawing,2026-11-10',
    ].join('\r\n');
    const r = await runImport(
      { repos, now: NOW, tz: 'Asia/Shanghai', codeFormat: { format: '{PREFIX}-{YYYY}-{SEQ3}', prefix: 'HZ' } },
      { bytes: new TextEncoder().encode(`${csv}\r\n`), filename: 'followups.csv', actor: null },
    );
    expect(r.errors).toEqual([]);
  });
  afterAll(async () => {
    await h.close();
  });

  const customer = (code: string) =>
    h.db
      .selectFrom('customers')
      .select(['last_contact_at', 'next_follow_up_at'])
      .where('id', '=', ids[code]!)
      .executeTakeFirstOrThrow();

  it('completes the due follow-up, stops the clock and moves the last contact to the latest note', async () => {
    const c = await customer('IF-1');
    expect(iso(c.last_contact_at)).toBe('2026-11-20T02:00:00.000Z');
    const dues = await h.db
      .selectFrom('cadence_dues')
      .select(['due_at', 'done_at'])
      .where('customer_id', '=', ids['IF-1']!)
      .execute();
    expect(dues.map((d) => [iso(d.due_at), iso(d.done_at)])).toEqual([
      ['2026-11-01T02:00:00.000Z', '2026-11-20T02:00:00.000Z'],
    ]);
    const clock = await h.db
      .selectFrom('sla_clocks')
      .select(['stopped_at', 'stopped_by'])
      .where('customer_id', '=', ids['IF-1']!)
      .executeTakeFirstOrThrow();
    expect([iso(clock.stopped_at), clock.stopped_by]).toEqual(['2026-11-20T02:00:00.000Z', 'lily']);
  });

  it('stores the same next follow-up the per-customer recompute gives', async () => {
    for (const code of ['IF-1', 'IF-3']) {
      const stored = iso((await customer(code)).next_follow_up_at);
      expect(stored).not.toBeNull();
      const last = (await customer(code)).last_contact_at!;
      const again = await recomputeNextFollowUp(createRepositories(h.db), ids[code]!, new Date(last));
      expect(stored).toBe(iso(again));
    }
    // The later contact stays; the old note's "next" date (10 November) is not the plan.
    const later = await customer('IF-3');
    expect(iso(later.last_contact_at)).toBe('2026-11-21T02:00:00.000Z');
    expect(iso(later.next_follow_up_at)).not.toBe(
      iso(
        (
          await h.db
            .selectFrom('follow_ups')
            .select('next_at')
            .where('customer_id', '=', ids['IF-3']!)
            .executeTakeFirstOrThrow()
        ).next_at,
      ),
    );
  });

  it("takes the rep's own next date when the note is the latest contact", async () => {
    const f = await h.db
      .selectFrom('follow_ups')
      .select('next_at')
      .where('customer_id', '=', ids['IF-2']!)
      .executeTakeFirstOrThrow();
    expect(new Date(f.next_at!).toLocaleDateString('sv', { timeZone: 'Asia/Shanghai' })).toBe('2026-12-15');
    expect(iso((await customer('IF-2')).next_follow_up_at)).toBe(iso(f.next_at));
  });
});
