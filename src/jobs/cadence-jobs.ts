// The follow-up cadence's scheduled jobs. Each syncs the policy (file → settings),
// then does its work at the `now` it is given; every send is claimed by a unique
// row written in the same transaction as its outbox row, so re-runs, a second
// replica and the console's tick never double a message, and a run after a
// restart catches up what was missed (windows of the same day, the weekly summary,
// the quarter's tier suggestions).
import type { AppDeps } from '../deps.js';
import type { JobResult, ScheduledJob } from './scheduled-job.js';
import { syncCadence, type CadenceRuntime } from '../services/cadence/policy-store.js';
import { wakePaused } from '../services/cadence/pause.js';
import { runReminders } from '../services/cadence/reminders.js';
import { runEscalations } from '../services/cadence/escalations.js';
import { runSlaCheck } from '../services/cadence/sla.js';
import { runWeeklySummary } from '../services/cadence/weekly-summary.js';
import { runTierSuggestions } from '../services/cadence/tier-suggestions.js';

function cadenceJob(
  name: string,
  cron: string,
  work: (deps: AppDeps, now: Date, rt: CadenceRuntime) => Promise<string[]>,
): ScheduledJob {
  return {
    name,
    cron,
    async run(deps: AppDeps, now: Date): Promise<JobResult> {
      const rt = await syncCadence(deps);
      return { outboxIds: await work(deps, now, rt) };
    },
  };
}

export function cadenceJobs(): ScheduledJob[] {
  return [
    cadenceJob('cadence-pause-wake', '*/15 * * * *', async (d, now, rt) => {
      await wakePaused(d.repos, now, rt.policy, rt.tz);
      return [];
    }),
    cadenceJob('cadence-reminders', '*/15 * * * *', (d, now, rt) => runReminders(d, now, rt.policy, rt.tz)),
    cadenceJob('cadence-escalations', '*/15 * * * *', (d, now, rt) => runEscalations(d, now, rt.policy, rt.tz)),
    cadenceJob('cadence-sla-check', '* * * * *', (d, now, rt) => runSlaCheck(d, now, rt.tz)),
    cadenceJob('cadence-weekly-summary', '*/30 * * * *', (d, now, rt) => runWeeklySummary(d, now, rt.policy, rt.tz)),
    cadenceJob('cadence-tier-suggestions', '5 * * * *', (d, now, rt) => runTierSuggestions(d, now, rt.policy, rt.tz)),
  ];
}
