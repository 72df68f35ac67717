// `baton migrate`: apply pending migrations and exit (deployments run it before replicas start).
import { loadConfig } from '../config.js';
import { openDb } from '../db/client.js';
import { migrate } from '../db/migrator.js';

export async function run(_argv: string[]): Promise<number> {
  const config = loadConfig();
  const db = await openDb({ url: config.database.url, dataDir: config.database.dataDir, poolSize: 2 });
  try {
    const applied = await migrate(db.db);
    process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'database is up to date\n');
    return 0;
  } finally {
    await db.close();
  }
}
