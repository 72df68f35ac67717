// Wakes scheduled jobs with node-cron. A Postgres advisory lock (try, not wait)
// keeps each job to one replica at a time; the others skip that beat.
import cron from 'node-cron';
import type { AppDeps } from '../deps.js';
import type { JobResult, ScheduledJob } from './scheduled-job.js';

export function advisoryKey(name: string): number {
  // Stable 31-bit FNV-1a hash of the job name, offset from the migration lock's space.
  let h = 0x811c9dc5;
  for (const ch of `baton-job:${name}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h & 0x7fffffff;
}

/** Run `job` if no other replica is running it. Returns undefined when it was skipped. */
export async function runJobExclusively(deps: AppDeps, job: ScheduledJob, now: Date): Promise<JobResult | undefined> {
  // The job runs on the locked connection: with embedded PGlite (one connection) any
  // other choice would wait on itself.
  return deps.repos.withAdvisoryLock(advisoryKey(job.name), (repos) => job.run({ ...deps, repos }, now));
}

/** Run every job as of `now`, one after another, each under its lock (the console's tick). */
export async function runJobsAt(deps: AppDeps, jobs: ScheduledJob[], now: Date): Promise<string[]> {
  const ids: string[] = [];
  for (const job of jobs) {
    const res = await runJobExclusively(deps, job, now);
    if (res) ids.push(...res.outboxIds);
  }
  return ids;
}

export interface Scheduler {
  stop(): Promise<void>;
}

export function startScheduler(deps: AppDeps, jobs: ScheduledJob[], onRan?: (r: JobResult) => void): Scheduler {
  const inFlight = new Set<Promise<unknown>>();
  const tasks = jobs.map((job) =>
    cron.schedule(
      job.cron,
      () => {
        const p = runJobExclusively(deps, job, deps.clock.now())
          .then((r) => {
            if (r) onRan?.(r);
          })
          .catch((err: unknown) => deps.logger.error({ err, job: job.name }, 'scheduled job failed'))
          .finally(() => inFlight.delete(p));
        inFlight.add(p);
      },
      { timezone: deps.config.tz, name: job.name, noOverlap: true },
    ),
  );
  return {
    async stop() {
      await Promise.all(tasks.map((t) => t.stop()));
      await Promise.all(inFlight);
    },
  };
}
