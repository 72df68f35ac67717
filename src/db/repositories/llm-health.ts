// Whether the LLM is down, shared by all replicas through the settings table: the
// replica that records the outage tells the admins, the one that clears it says it
// is back, so each is said once however many replicas see it.
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../client.js';

const KEY = 'llm_down';
const Down = z.object({ since: z.string(), reason: z.string() });
export type LlmDown = { since: Date; reason: string };

export async function readLlmDown(db: Db): Promise<LlmDown | undefined> {
  const r = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  const p = Down.safeParse(r?.value);
  return p.success ? { since: new Date(p.data.since), reason: p.data.reason } : undefined;
}

/** True when this call recorded the outage (nobody had). */
export async function recordLlmDown(db: Db, since: Date, reason: string): Promise<boolean> {
  const r = await db
    .insertInto('settings')
    .values({ key: KEY, value: JSON.stringify({ since: since.toISOString(), reason }), updated_at: since })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .execute();
  return r.length > 0;
}

/** The outage this call cleared, if it was recorded. */
export async function clearLlmDown(db: Db): Promise<LlmDown | undefined> {
  const r = await db
    .deleteFrom('settings')
    .where('key', '=', KEY)
    .returning(sql<unknown>`value`.as('value'))
    .execute();
  const p = Down.safeParse(r[0]?.value);
  return p.success ? { since: new Date(p.data.since), reason: p.data.reason } : undefined;
}

/** The llm-health repository: bound to a database in createRepositories(). */
export const llmHealthQueries = { readLlmDown, recordLlmDown, clearLlmDown };
