// Every scheduled job Baton runs. The scheduler wakes them by cron; the console's
// `tick` runs them all at a chosen instant. Add new jobs to this list.
import type { ScheduledJob } from './scheduled-job.js';
import { handoverChaserJob } from './handover-chaser.js';
import { handoverCheckinJob } from './handover-checkin.js';
import { cadenceJobs } from './cadence-jobs.js';
import { orderChaserJob } from './order-chaser.js';
import { directorySyncJob } from './directory-sync-job.js';

export function scheduledJobs(): ScheduledJob[] {
  return [
    handoverChaserJob,
    handoverCheckinJob, // handover (issue 7)
    orderChaserJob, // orders (issue 20): sheet chasing and escalation, receipt follow-ups
    ...cadenceJobs(), // follow-up cadence (issue 6): pause wake-ups, reminders, escalations, SLA, weekly summary, tier suggestions
    directorySyncJob, // team (issue 12): nightly WeCom / DingTalk directory sync
  ];
}
