// settings: small jsonb values by key (the cadence policy overrides and runtime, the console clock).
import { sql } from 'kysely';
import type { Db } from '../client.js';

export async function readSetting(db: Db, key: string): Promise<unknown> {
  const r = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return r?.value;
}

export async function writeSetting(db: Db, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insertInto('settings')
    .values({ key, value: json })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: sql`now()` }))
    .execute();
}

/** The settings repository: bound to a database in createRepositories(). */
export const settingsQueries = { readSetting, writeSetting };
