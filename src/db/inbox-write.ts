// The acknowledgement path's one write (issue 16): a batch of verified messages in one
// statement, and, when some came with pictures (issue 19), their pictures in the same
// transaction, so an acknowledged message never lacks the pictures it came with.
import type { Repositories } from './repositories/index.js';
import type { InboxMessage } from './repositories/messages.js';

export async function writeInbox(repos: Repositories, batch: InboxMessage[]): Promise<(string | undefined)[]> {
  if (!batch.some((m) => m.images?.length)) return repos.messages.insertInbox(batch);
  return repos.transaction(async (tx) => {
    const ids = await tx.messages.insertInbox(batch);
    // A platform retry (a duplicate) stores no second copy of its pictures either.
    for (const [i, id] of ids.entries()) if (id) await tx.messageImages.insertImages(id, batch[i]!.images ?? []);
    return ids;
  });
}
