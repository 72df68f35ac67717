// The `baton` command: start, migrate, seed-demo, extract, import, team, backup, restore.
// Each subcommand lives in src/cli/<name>.ts and is loaded only when used, so
// `baton extract` does not pay for the server's start-up.
import { existsSync } from 'node:fs';

const COMMANDS: Record<string, () => Promise<{ run(argv: string[]): Promise<number> }>> = {
  start: () => import('./cli/start.js'),
  migrate: () => import('./cli/migrate.js'),
  'seed-demo': () => import('./cli/seed-demo.js'),
  extract: () => import('./cli/extract.js'),
  import: () => import('./cli/import.js'),
  team: () => import('./cli/team.js'),
  backup: () => import('./cli/backup.js'),
  restore: () => import('./cli/restore.js'),
};

const USAGE = `usage: baton <command> [options]

commands:
  start       run migrations, then the server, workers and schedulers
  migrate     apply pending database migrations and exit
  seed-demo   create the demo team and chats (idempotent)
  extract     extract customer needs from transcript files (JSON Lines on stdout)
  import      import customers, orders or follow-ups from .xlsx/.csv
  team        the team: import/export a sheet, list, add, set, link, unlink, leave, sync
  backup      write a backup of the database to a file (pg_dump, or the embedded data directory)
  restore     replace the database with a backup (the server must be stopped)

Settings come from the environment, and from ./.env when it exists (variables already set win).
`;

async function main(): Promise<void> {
  loadDotEnv();
  const [name, ...argv] = process.argv.slice(2);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    process.exitCode = name ? 0 : 2;
    return;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`baton: unknown command "${name}"\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const mod = await load();
  process.exitCode = await mod.run(argv);
}

/** `.env` in the working directory, as .env.example suggests; the real environment wins. */
function loadDotEnv(): void {
  const file = process.env.BATON_ENV_FILE ?? '.env';
  if (!existsSync(file)) return;
  try {
    process.loadEnvFile(file);
  } catch (err) {
    process.stderr.write(`baton: cannot read ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`baton: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
