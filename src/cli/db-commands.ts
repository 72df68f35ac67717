// The CLI commands that work on the database, by name: the CLI runs them itself or,
// when a server holds the embedded database, the server runs them (http/routes/admin-run.ts).
import type { DbCommand } from './db-command.js';

export const DB_COMMANDS: Record<string, () => Promise<DbCommand>> = {
  import: async () => (await import('./import.js')).importCommand,
  team: async () => (await import('./team.js')).teamCommand,
  migrate: async () => (await import('./migrate.js')).migrateCommand,
  'seed-demo': async () => (await import('./seed-demo.js')).seedDemoCommand,
  backup: async () => (await import('./backup.js')).backupCommand,
};
