// The mention index against a real database: two repository sets stand for two
// replicas, each with its own index. A change written through one (or straight in
// SQL) is seen by the other on its next lookup, through the version the triggers
// keep; a rollback leaves no trace; visibility is applied in SQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDb } from '../../helpers/test-db.js';
import type { DbHandle } from '../../../src/db/client.js';
import { createRepositories } from '../../../src/db/repositories/index.js';
import type { Repositories } from '../../../src/deps.js';
import { seedDemoTeam } from '../../../src/services/demo-team.js';
import { resolveMentions } from '../../../src/services/bot/customers/resolve.js';

const at = new Date('2026-11-01T00:00:00Z');
const cfg = { format: '{prefix}-{seq:3}', prefix: 'MX' };

describe('customer mentions through the index', () => {
  let h: DbHandle;
  let a: Repositories;
  let b: Repositories;
  const names = async (r: Repositories, text: string) =>
    (await r.customerMentions.customersByIds(await r.customerMentions.mentionedCustomerIds(text))).map((c) => c.name);

  beforeAll(async () => {
    h = await createTestDb();
    a = createRepositories(h.db);
    b = createRepositories(h.db);
    await seedDemoTeam(a);
  });
  afterAll(async () => {
    await h.close();
  });

  it('a replica sees customers and contacts another one added, renamed and removed', async () => {
    const ecole = await a.customers.createCustomer({ name: 'École Lyon', code: 'MX-001', ownerId: 'lily' }, cfg, at);
    expect(await names(b, 'met ÉCOLE LYON and école lyon')).toEqual(['École Lyon']);
    expect(await names(b, '王芳说要2万个')).toEqual([]);

    await a.customerContacts.rememberContacts(ecole.id, ['王芳'], at);
    expect(await names(b, '王芳说要2万个')).toEqual(['École Lyon']);

    await h.db.updateTable('customers').set({ name: 'Studio Rhône' }).where('id', '=', ecole.id).execute();
    expect(await names(b, 'école lyon')).toEqual([]);
    expect(await names(b, 'STUDIO RHÔNE')).toEqual(['Studio Rhône']);
    expect(await names(a, 'studio rhône')).toEqual(['Studio Rhône']);

    await h.db.deleteFrom('contacts').where('customer_id', '=', ecole.id).execute();
    expect(await names(b, '王芳说要2万个')).toEqual([]);
  });

  it('an update that changes no name takes no version', async () => {
    const v = async () =>
      (await sql<{ version: string }>`select version from customer_mention_version`.execute(h.db)).rows[0]!.version;
    const before = await v();
    await h.db.updateTable('customers').set({ last_contact_at: at }).execute();
    expect(await v()).toBe(before);
  });

  it('a rolled-back customer is never found', async () => {
    await expect(
      a.transaction(async (tx) => {
        await tx.customers.createCustomer({ name: 'Phantom Works', code: 'MX-002' }, cfg, at);
        expect(await names(tx, 'phantom works')).toEqual(['Phantom Works']);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await names(a, 'phantom works')).toEqual([]);
    await a.customers.createCustomer({ name: 'Real Works', code: 'MX-003' }, cfg, at);
    expect(await names(a, 'phantom works and real works')).toEqual(['Real Works']);
  });

  it('judges visibility in SQL: own and unowned for a rep, the reports for a supervisor', async () => {
    await a.customers.createCustomer({ name: 'Bolt Hardware', code: 'MX-004', ownerId: 'bob' }, cfg, at);
    const lily = (await a.team.findMember('lily'))!;
    const wang = (await a.team.findMember('wang'))!;
    expect(await resolveMentions(a, lily, 'bolt hardware wants 500')).toMatchObject({
      kind: 'forbidden',
      customer: { name: 'Bolt Hardware' },
    });
    expect(await resolveMentions(a, wang, 'bolt hardware wants 500')).toMatchObject({
      kind: 'one',
      customer: { name: 'Bolt Hardware' },
    });
    expect(await resolveMentions(a, lily, 'bolt hardware and real works')).toMatchObject({
      kind: 'one',
      customer: { name: 'Real Works', code: 'MX-003' },
    });
  });
});
