// Every scheduled job Baton runs. The scheduler wakes them by cron; the console's
// `tick` runs them all at a chosen instant. Add new jobs to this list.
import type { ScheduledJob } from './scheduled-job.js';

export function scheduledJobs(): ScheduledJob[] {
  return [];
}
