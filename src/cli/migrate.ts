// `baton migrate`: apply pending migrations and exit (deployments run it before replicas start).
import { migrate } from '../db/migrator.js';
import { runDbCommand, type DbCommand } from './db-command.js';

export const migrateCommand: DbCommand = async ({ db, io, via }) => {
  const applied = await migrate(db);
  io.out(
    applied.length
      ? `applied: ${applied.join(', ')}\n`
      : `database is up to date${via === 'server' ? ' (the running server migrated it at start)' : ''}\n`,
  );
  return 0;
};

export const run = (argv: string[]) => runDbCommand('migrate', argv, migrateCommand, { migrate: false });
