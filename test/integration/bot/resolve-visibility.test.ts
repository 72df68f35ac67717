// Resolving a customer by name applies visibility in SQL, before the lookup's limit:
// a dozen same-named customers a rep may not see never crowd out the one she may.
// (The old lookup took the first 10 matches and filtered them in JavaScript.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { resolveCustomer } from '../../../src/services/bot/customers/resolve.js';
import { to } from './conversation-helpers.js';

const HIDDEN = 12;
const at = new Date('2026-11-01T00:00:00Z');

describe('a name shared by more hidden customers than a lookup returns', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const db = t.app.db.db;
    // Bob's, invisible to Lily. The ids are fixed so that the old lookup (10 matches in the order the
    // database's UNION returns them, then filtered) met ten of these first, on PGlite and on Postgres.
    const hidden = Array.from({ length: HIDDEN }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      code: `NT-B${String(i + 1).padStart(2, '0')}`,
      name: 'Nordic Tools',
      owner_id: 'bob',
      created_at: at,
      updated_at: at,
    }));
    await db.insertInto('customers').values(hidden).execute();
    await db
      .insertInto('customers')
      .values({
        id: '11111111-1111-4111-8111-111111111111',
        code: 'NT-LILY',
        name: 'Nordic Tools',
        owner_id: 'lily',
        created_at: at,
        updated_at: at,
      })
      .execute();
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds the one the rep may see', async () => {
    const repos = t.app.deps.repos;
    const lily = (await repos.team.findMember('lily'))!;
    const r = await resolveCustomer(repos, lily, 'nordic tools');
    expect(r.kind).toBe('one');
    expect(r.kind === 'one' && r.customer.code).toBe('NT-LILY');
  });

  it('answers her question about it instead of refusing', async () => {
    const zh = to(await t.say('lily', 'dm:lily', 'Nordic Tools 要什么？'), 'dm:lily')[0]!;
    expect(zh).toContain('NT-LILY');
    expect(zh).not.toContain('抱歉');
  });

  it("still refuses another rep's customer when none with that name is visible", async () => {
    const repos = t.app.deps.repos;
    const bob = (await repos.team.findMember('bob'))!;
    await t.app.db.db.updateTable('customers').set({ owner_id: 'bob' }).where('code', '=', 'NT-LILY').execute();
    const lily = (await repos.team.findMember('lily'))!;
    const r = await resolveCustomer(repos, lily, 'Nordic Tools');
    expect(r.kind).toBe('forbidden');
    // Bob, who owns all 13, is offered them as choices.
    const mine = await resolveCustomer(repos, bob, 'Nordic Tools');
    expect(mine.kind).toBe('many');
  });
});
