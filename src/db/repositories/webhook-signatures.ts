// Used webhook signatures, for platforms whose signature does not cover the body (DingTalk):
// a pair is remembered until its window ends, with the hash of the body it came with.
import type { Db } from '../client.js';

export type SignatureUse = 'first' | 'same_body' | 'other_body';

/**
 * Record that `key` was presented with `bodyHash`. 'first' the first time; 'same_body' when
 * the platform retries the same request; 'other_body' when someone replays the signature
 * with a body of their own.
 */
export async function useSignature(
  db: Db,
  key: string,
  bodyHash: string,
  expiresAt: Date,
  now: Date,
): Promise<SignatureUse> {
  // Expired pairs can never be presented again (the freshness check refuses them): drop them.
  await db.deleteFrom('webhook_signatures').where('expires_at', '<', now).execute();
  const inserted = await db
    .insertInto('webhook_signatures')
    .values({ key, body_hash: bodyHash, expires_at: expiresAt })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  if (inserted) return 'first';
  const seen = await db.selectFrom('webhook_signatures').select('body_hash').where('key', '=', key).executeTakeFirst();
  return seen?.body_hash === bodyHash ? 'same_body' : 'other_body';
}

/** The webhook-signatures repository: bound to a database in createRepositories(). */
export const webhookSignaturesQueries = { useSignature };
