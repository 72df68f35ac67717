// `baton seed-demo`: create the demo team and chats of the console contract (idempotent).
import { seedDemoTeam } from '../services/demo-team.js';
import { runDbCommand, type DbCommand } from './db-command.js';

export const seedDemoCommand: DbCommand = async ({ repos, io }) => {
  const created = await seedDemoTeam(repos);
  io.out(created ? 'demo team created: lily, bob, wang, zhao, sun\n' : 'demo team already present\n');
  return 0;
};

export const run = (argv: string[]) => runDbCommand('seed-demo', argv, seedDemoCommand);
