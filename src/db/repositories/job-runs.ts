// job_runs: one row per (job, slot) is the claim that a once-per-slot job ran.
import type { Db } from '../client.js';

/** True when this call claimed the slot; false when another run already had it. */
export async function claimJobRun(db: Db, job: string, slot: string, at: Date): Promise<boolean> {
  const claim = await db
    .insertInto('job_runs')
    .values({ job, slot, ran_at: at })
    .onConflict((oc) => oc.columns(['job', 'slot']).doNothing())
    .returning('slot')
    .execute();
  return claim.length > 0;
}

/** The job-runs repository: bound to a database in createRepositories(). */
export const jobRunsQueries = { claimJobRun };
