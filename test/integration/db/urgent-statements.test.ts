// On PGlite (one connection taken in turn), an urgent statement — marking a reply sent — is
// served before statements that queued earlier, but never interrupts a transaction.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '../../../src/db/client.js';
import { urgently } from '../../../src/db/urgent.js';

let h: DbHandle;
beforeAll(async () => {
  h = await openDb({ dataDir: 'memory://' });
});
afterAll(async () => {
  await h?.close();
});

describe('urgent statements on PGlite', () => {
  it('go ahead of queued statements once the running transaction ends', async () => {
    const order: string[] = [];
    let inside!: () => void;
    const entered = new Promise<void>((r) => (inside = r));
    let finish!: () => void;
    const held = new Promise<void>((r) => (finish = r));
    const tx = h.db.transaction().execute(async (t) => {
      await sql`select 1`.execute(t);
      inside();
      await held;
      order.push('transaction');
    });
    await entered;
    const q = (name: string) => sql`select 1`.execute(h.db).then(() => void order.push(name));
    const queued = [q('first'), q('second')];
    const urgent = urgently(() => q('urgent'));
    const last = q('third');
    finish();
    await Promise.all([tx, ...queued, urgent, last]);
    expect(order).toEqual(['transaction', 'urgent', 'first', 'second', 'third']);
  });

  it('keep first-come order among themselves and among the others', async () => {
    const order: string[] = [];
    const q = (name: string) => sql`select 1`.execute(h.db).then(() => void order.push(name));
    // A plain statement lets one event-loop turn pass before it takes the free connection, so the
    // urgent ones asked for in that turn (an ack's write) go first, even when asked for after it.
    await Promise.all([q('a'), urgently(() => q('u1')), q('b'), urgently(() => q('u2'))]);
    expect(order).toEqual(['u1', 'u2', 'a', 'b']);
  });
});
