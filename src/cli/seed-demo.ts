// `baton seed-demo`: create the demo team and chats of the console contract (idempotent).
import { loadConfig } from '../config.js';
import { openDb } from '../db/client.js';
import { migrate } from '../db/migrator.js';
import { createRepositories } from '../db/repositories/index.js';
import { seedDemoTeam } from '../services/demo-team.js';

export async function run(_argv: string[]): Promise<number> {
  const config = loadConfig();
  const db = await openDb({ url: config.database.url, dataDir: config.database.dataDir, poolSize: 2 });
  try {
    await migrate(db.db);
    const created = await seedDemoTeam(createRepositories(db.db));
    process.stdout.write(created ? 'demo team created: lily, bob, wang, zhao, sun\n' : 'demo team already present\n');
    return 0;
  } finally {
    await db.close();
  }
}
