// The repository set: one repository per aggregate, each a table of queries bound to
// a database. Built once in the composition root (src/main.ts) and handed to services
// through deps; services never see kysely. `transaction` hands the callback a set bound
// to the open transaction, so everything it writes commits or rolls back together.
import { sql } from 'kysely';
import { pingDb, type Db } from '../client.js';
import { bindQueries, type Bound } from './bind.js';
import { auditQueries } from './audit.js';
import { botContextQueries } from './bot-context.js';
import { cadenceEscalationsQueries } from './cadence-escalations.js';
import { cadenceStatsQueries } from './cadence-stats.js';
import { cadenceQueries } from './cadence.js';
import { consoleQueries } from './console.js';
import { customerContactsQueries } from './customer-contacts.js';
import { customerListsQueries } from './customer-lists.js';
import { customerMentionsQueries, newMentionCache, type MentionCache } from './customer-mentions.js';
import { customerUpdatesQueries } from './customer-updates.js';
import { customersQueries } from './customers.js';
import { demoTeamQueries } from './demo-team.js';
import { followUpsQueries } from './follow-ups.js';
import { handoverPackageQueries } from './handover-package.js';
import { handoverQuestionsQueries } from './handover-questions.js';
import { handoversQueries } from './handovers.js';
import { importsQueries } from './imports.js';
import { jobRunsQueries } from './job-runs.js';
import { messagesQueries } from './messages.js';
import { messageImagesQueries } from './message-images.js';
import { needsQueries } from './needs.js';
import { undoQueries } from './undo.js';
import { outboxQueries } from './outbox.js';
import { pendingQuestionsQueries } from './pending-questions.js';
import { settingsQueries } from './settings.js';
import { slaClocksQueries } from './sla-clocks.js';
import { subscriptionsQueries } from './subscriptions.js';
import { teamQueries } from './team.js';
import { cachedMembers, newTeamCache, type TeamCache } from './team-cache.js';
import { ordersQueries } from './orders.js';
import { orderSheetsQueries } from './order-sheets.js';
import { orderKpiQueries } from './order-kpi.js';
import { tierSuggestionsQueries } from './tier-suggestions.js';
import { webAuthQueries } from './web-auth.js';
import { webQueries } from './web.js';
import { chatBindingsQueries } from './chat-bindings.js';
import { directoryQueries } from './directory.js';
import { invitesQueries } from './invites.js';
import { llmHealthQueries } from './llm-health.js';
import { membersQueries } from './members.js';
import { opsStatsQueries } from './ops-stats.js';
import { webhookSignaturesQueries } from './webhook-signatures.js';

const tables = {
  health: { pingDb },
  audit: auditQueries,
  botContext: botContextQueries,
  cadenceEscalations: cadenceEscalationsQueries,
  cadenceStats: cadenceStatsQueries,
  cadence: cadenceQueries,
  console: consoleQueries,
  customerContacts: customerContactsQueries,
  customerLists: customerListsQueries,
  customerUpdates: customerUpdatesQueries,
  customers: customersQueries,
  demoTeam: demoTeamQueries,
  followUps: followUpsQueries,
  handoverPackage: handoverPackageQueries,
  handoverQuestions: handoverQuestionsQueries,
  handovers: handoversQueries,
  imports: importsQueries,
  jobRuns: jobRunsQueries,
  messages: messagesQueries,
  messageImages: messageImagesQueries, // issue 19
  needs: needsQueries,
  undo: undoQueries,
  outbox: outboxQueries,
  pendingQuestions: pendingQuestionsQueries,
  settings: settingsQueries,
  slaClocks: slaClocksQueries,
  subscriptions: subscriptionsQueries,
  orders: ordersQueries, // issue 20
  orderSheets: orderSheetsQueries,
  orderKpi: orderKpiQueries,
  tierSuggestions: tierSuggestionsQueries,
  webAuth: webAuthQueries,
  web: webQueries,
  chatBindings: chatBindingsQueries,
  directory: directoryQueries,
  invites: invitesQueries,
  llmHealth: llmHealthQueries,
  members: membersQueries,
  opsStats: opsStatsQueries,
  webhookSignatures: webhookSignaturesQueries,
};

type Tables = typeof tables & {
  customerMentions: ReturnType<typeof customerMentionsQueries>;
  team: ReturnType<typeof cachedTeamQueries>;
};

/** What a database's repository sets keep in memory between messages, each refreshed from a version in the database. */
export interface RepositoryCaches {
  mentions: MentionCache;
  team: TeamCache;
}

export function newRepositoryCaches(): RepositoryCaches {
  return { mentions: newMentionCache(), team: newTeamCache() };
}

function cachedTeamQueries(cache: TeamCache) {
  return { ...teamQueries, listMembers: (db: Db) => cachedMembers(db, cache) };
}

export type Repositories = { readonly [K in keyof Tables]: Bound<Tables[K]> } & {
  /**
   * Run `fn` in one transaction with repositories bound to it. Called on a set that is
   * already bound to a transaction, it joins that transaction (Postgres has no nesting).
   */
  transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>;
  /**
   * Run `fn` holding the session-level advisory lock `key` (try, not wait), with
   * repositories bound to the locked connection — with embedded PGlite (one
   * connection) any other choice would wait on itself. Undefined when another
   * session holds the lock.
   */
  withAdvisoryLock<T>(key: number, fn: (repos: Repositories) => Promise<T>): Promise<T | undefined>;
};

/**
 * `caches` are this database's customer-mention index and team: built once per root set
 * and shared by the sets bound to its transactions and locked connections.
 */
export function createRepositories(db: Db, caches: RepositoryCaches = newRepositoryCaches()): Repositories {
  const all: Tables = {
    ...tables,
    customerMentions: customerMentionsQueries(caches.mentions),
    team: cachedTeamQueries(caches.team),
  };
  const bound = Object.fromEntries(Object.entries(all).map(([name, table]) => [name, bindQueries(db, table)])) as {
    [K in keyof Tables]: Bound<Tables[K]>;
  };
  const repos: Repositories = {
    ...bound,
    transaction: (fn) =>
      db.isTransaction ? fn(repos) : db.transaction().execute((tx) => fn(createRepositories(tx, caches))),
    withAdvisoryLock: (key, fn) =>
      db.connection().execute(async (conn) => {
        // Keyed by the schema too: two Baton databases in one Postgres (a schema each, as the tests
        // run them) must not make each other's jobs skip a beat.
        const got = await sql<{
          locked: boolean;
        }>`select pg_try_advisory_lock(hashtext(current_schema()), ${key}) as locked`.execute(conn);
        if (!got.rows[0]?.locked) return undefined;
        try {
          return await fn(createRepositories(conn, caches));
        } finally {
          await sql`select pg_advisory_unlock(hashtext(current_schema()), ${key})`.execute(conn);
        }
      }),
  };
  return repos;
}
