// Shared set-up for the cadence integration tests: customers with a last contact.
import type { Db } from '../../../src/db/client.js';
import { createCustomer } from '../../../src/db/repositories/customers.js';
import { onCustomerContact } from '../../../src/services/cadence/on-contact.js';
import type { Tier } from '../../../src/core/types.js';
import { createRepositories } from '../../../src/db/repositories/index.js';

const CODES = { format: '{PREFIX}-{YYYY}-{SEQ3}', prefix: 'HZ' };

export async function customerWithContact(
  db: Db,
  o: { name: string; owner: string; tier: Tier; contact: string; language?: 'zh' | 'en'; stage?: 'inquiry' | 'sample' },
) {
  const at = new Date(o.contact);
  const c = await createCustomer(
    db,
    { name: o.name, ownerId: o.owner, tier: o.tier, language: o.language ?? null, stage: o.stage ?? 'inquiry' },
    CODES,
    at,
  );
  await onCustomerContact(createRepositories(db), c.id, at);
  const r = await db
    .selectFrom('customers')
    .select('next_follow_up_at')
    .where('id', '=', c.id)
    .executeTakeFirstOrThrow();
  return { ...c, next: r.next_follow_up_at ? new Date(r.next_follow_up_at) : null };
}

export async function outboxTo(db: Db, chatId: string, kind?: string) {
  let q = db.selectFrom('outbox').select(['text', 'kind', 'created_at', 'dedupe_key']).where('chat_id', '=', chatId);
  if (kind) q = q.where('kind', '=', kind);
  return q.orderBy('created_at').execute();
}
