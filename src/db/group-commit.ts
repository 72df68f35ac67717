// Group commit for the acknowledgement path (issue 16): concurrent acks share one
// statement and one commit, so durability costs one fsync per batch, not per message.
// There is no fixed window: the first item waits one event-loop turn (so requests parsed
// in the same turn join it), and items arriving while a batch is being written form the
// next batch, written as soon as the current one commits. Idle, an ack waits one turn;
// loaded, batches grow with the load instead of queueing one commit per message.

export interface GroupCommit<T, R> {
  /** Resolves, in input order, with what the batch write returned for these items. */
  add(items: T[]): Promise<R[]>;
  /** True while an item waits to be written or a batch is being written. */
  busy(): boolean;
  /** Resolves once nothing is waiting or being written (at once when idle). */
  idle(): Promise<void>;
  /** Milliseconds since the last item came in (monotonic clock; Infinity before the first). */
  sinceLastAdd(): number;
}

interface Pending<T, R> {
  items: T[];
  resolve: (r: R[]) => void;
  reject: (err: unknown) => void;
}

export function createGroupCommit<T, R>(
  write: (batch: T[]) => Promise<R[]>,
  opts: { maxBatch?: number } = {},
): GroupCommit<T, R> {
  const maxBatch = opts.maxBatch ?? 500;
  const queue: Pending<T, R>[] = [];
  let writing = false;
  let scheduled = false;
  let idleWaiters: (() => void)[] = [];
  let lastAdd = -Infinity;

  const settleIdle = () => {
    if (writing || scheduled || queue.length > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const w of waiters) w();
  };

  const flush = async () => {
    scheduled = false;
    writing = true;
    try {
      while (queue.length > 0) {
        // Take whole requests up to maxBatch items (a request is never split across commits).
        const batch: Pending<T, R>[] = [];
        let n = 0;
        while (queue.length > 0 && (batch.length === 0 || n + queue[0]!.items.length <= maxBatch)) {
          const p = queue.shift()!;
          batch.push(p);
          n += p.items.length;
        }
        await writeBatch(batch);
      }
    } finally {
      writing = false;
      settleIdle();
    }
  };

  const writeBatch = async (batch: Pending<T, R>[]) => {
    try {
      const results = await write(batch.flatMap((p) => p.items));
      let at = 0;
      for (const p of batch) {
        p.resolve(results.slice(at, at + p.items.length));
        at += p.items.length;
      }
    } catch (err) {
      if (batch.length === 1) return batch[0]!.reject(err);
      // One bad request must not fail the others that happened to share its commit.
      for (const p of batch) await writeBatch([p]);
    }
  };

  return {
    add(items) {
      if (items.length === 0) return Promise.resolve([]);
      lastAdd = performance.now();
      return new Promise<R[]>((resolve, reject) => {
        queue.push({ items, resolve, reject });
        if (!writing && !scheduled) {
          scheduled = true;
          setImmediate(() => void flush());
        }
      });
    },
    busy: () => writing || scheduled || queue.length > 0,
    sinceLastAdd: () => performance.now() - lastAdd,
    idle: () =>
      writing || scheduled || queue.length > 0
        ? new Promise<void>((resolve) => idleWaiters.push(resolve))
        : Promise.resolve(),
  };
}
