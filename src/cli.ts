// The `baton` command: start, migrate, seed-demo, extract, import.
// Each subcommand lives in src/cli/<name>.ts and is loaded only when used, so
// `baton extract` does not pay for the server's start-up.

const COMMANDS: Record<string, () => Promise<{ run(argv: string[]): Promise<number> }>> = {
  start: () => import('./cli/start.js'),
  migrate: () => import('./cli/migrate.js'),
  'seed-demo': () => import('./cli/seed-demo.js'),
  extract: () => import('./cli/extract.js'),
  import: () => import('./cli/import.js'),
};

const USAGE = `usage: baton <command> [options]

commands:
  start       run migrations, then the server, workers and schedulers
  migrate     apply pending database migrations and exit
  seed-demo   create the demo team and chats (idempotent)
  extract     extract customer needs from transcript files (JSON Lines on stdout)
  import      import customers, orders or follow-ups from .xlsx/.csv
`;

async function main(): Promise<void> {
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

main().catch((err: unknown) => {
  process.stderr.write(`baton: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
