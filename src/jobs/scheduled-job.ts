// A scheduled job: node-cron only wakes it; the database decides. Each job is
// idempotent (it records what it did per slot in job_runs or its own tables), so
// a second replica or a restart neither doubles nor skips work.
import type { AppDeps } from '../deps.js';

export interface JobResult {
  /** Outbox rows this run queued (the console's `tick` returns what they said). */
  outboxIds: string[];
}

export interface ScheduledJob {
  name: string;
  /** node-cron expression, evaluated in the business time zone. */
  cron: string;
  run(deps: AppDeps, now: Date): Promise<JobResult>;
}
