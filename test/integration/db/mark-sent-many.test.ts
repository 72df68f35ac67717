// Several sends marked in one statement: each row only for the attempt that still holds it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepositories } from '../../../src/db/repositories/index.js';
import type { Repositories } from '../../../src/deps.js';
import { createTestDb } from '../../helpers/test-db.js';

let h: Awaited<ReturnType<typeof createTestDb>>;
let repos: Repositories;
beforeAll(async () => {
  h = await createTestDb();
  repos = createRepositories(h.db);
}, 60_000);
afterAll(async () => {
  await h?.close();
});

describe('markSentMany', () => {
  it('marks each row sent with its own external id, and never a row another attempt took', async () => {
    const chat = await repos.team.ensureChat({ platform: 'whatsapp', externalId: '447900000001', kind: 'direct' });
    await repos.outbox.enqueue(['one', 'two', 'three'].map((text) => ({ chatId: chat.id, text })));
    const rows = await repos.outbox.claimOutbox(10, 60_000);
    expect(rows).toHaveLength(3);
    for (const [i, r] of rows.entries()) expect(await repos.outbox.beginSend(r.id, `attempt-${i}`, 60_000)).toBe(true);
    await repos.outbox.markSentMany([
      { id: rows[0]!.id, externalId: 'wamid.A', attemptId: 'attempt-0' },
      { id: rows[1]!.id, externalId: 'wamid.B', attemptId: 'attempt-1' },
      // A stale attempt (the row was taken again after its lease ran out) marks nothing.
      { id: rows[2]!.id, externalId: 'wamid.C', attemptId: 'an-older-attempt' },
    ]);
    const after = await h.db.selectFrom('outbox').select(['id', 'state', 'external_id']).execute();
    const byId = new Map(after.map((r) => [r.id, r]));
    expect(rows.map((r) => [byId.get(r.id)?.state, byId.get(r.id)?.external_id ?? null])).toEqual([
      ['sent', 'wamid.A'],
      ['sent', 'wamid.B'],
      ['sending', null],
    ]);
  });
});
