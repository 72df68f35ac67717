// The acknowledgement path's group commit (issue 16): concurrent acks share one INSERT, each
// gets its own answer (a new id, or undefined for a platform retry), a bad request fails
// alone, and the worker can wait until no ack is pending. On PGlite, and on Postgres when
// DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroupCommit } from '../../../src/db/group-commit.js';
import { createRepositories, type Repositories } from '../../../src/db/repositories/index.js';
import type { InboxMessage } from '../../../src/db/repositories/messages.js';
import type { DbHandle } from '../../../src/db/client.js';
import { createTestDb } from '../../helpers/test-db.js';
import { TEST_NOW } from '../../helpers/test-app.js';

let h: DbHandle;
let repos: Repositories;
beforeAll(async () => {
  h = await createTestDb();
  repos = createRepositories(h.db);
});
afterAll(async () => {
  await h?.close();
});

const msg = (id: string): InboxMessage => ({
  platform: 'wecom',
  externalId: id,
  chatExternalId: 'lily',
  chatKind: 'direct',
  senderExternalId: 'lily',
  text: `text ${id}`,
  sentAt: new Date(TEST_NOW),
  receivedAt: new Date(TEST_NOW),
  raw: { id },
});

describe('inbox group commit', () => {
  it('writes concurrent acks in one statement and answers each with its own id', async () => {
    const batches: number[] = [];
    const inbox = createGroupCommit((b: InboxMessage[]) => {
      batches.push(b.length);
      return repos.messages.insertInbox(b);
    });
    const answers = await Promise.all([
      inbox.add([msg('g1')]),
      inbox.add([msg('g2'), msg('g3')]),
      inbox.add([msg('g1')]), // the platform retrying g1 while the first copy is in flight
    ]);
    expect(batches).toEqual([4]);
    const [a, b, c] = answers;
    expect(a).toHaveLength(1);
    expect(a[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(b).toHaveLength(2);
    expect(new Set([a[0], b[0], b[1]]).size).toBe(3);
    expect(c).toEqual([undefined]);
    // A retry after the commit is a duplicate too, and the rows carry the chat to resolve.
    expect(await inbox.add([msg('g2')])).toEqual([undefined]);
    const row = await h.db
      .selectFrom('messages')
      .select(['chat_id', 'chat_external_id', 'chat_kind', 'state'])
      .where('id', '=', a[0]!)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ chat_id: null, chat_external_id: 'lily', chat_kind: 'direct', state: 'pending' });
  });

  it('gathers the acks that come while a batch is being written into the next one', async () => {
    const batches: number[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const inbox = createGroupCommit(async (b: string[]) => {
      batches.push(b.length);
      if (batches.length === 1) await gate;
      return b.map((x) => x.toUpperCase());
    });
    const first = inbox.add(['a']);
    await new Promise((r) => setImmediate(r));
    expect(inbox.busy()).toBe(true);
    const later = [inbox.add(['b']), inbox.add(['c', 'd'])];
    let idle = false;
    const idled = inbox.idle().then(() => (idle = true));
    release();
    expect(await first).toEqual(['A']);
    expect(await Promise.all(later)).toEqual([['B'], ['C', 'D']]);
    await idled;
    expect(idle).toBe(true);
    expect(batches).toEqual([1, 3]);
    expect(inbox.busy()).toBe(false);
  });

  it('fails only the request that cannot be written, not the others in its batch', async () => {
    const inbox = createGroupCommit(async (b: string[]) => {
      if (b.includes('bad')) throw new Error('cannot store');
      return b.map((x) => `ok:${x}`);
    });
    const results = await Promise.allSettled([inbox.add(['x']), inbox.add(['bad']), inbox.add(['y'])]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([
      ['ok:x'],
      'cannot store',
      ['ok:y'],
    ]);
  });
});
