// Nightly directory sync from every configured platform (02:30 business time). A
// failed listing changes nothing and is logged; departures it finds queue their notices.
import { DirectoryError } from '../core/directory.js';
import { directorySources } from '../directory-sources.js';
import { syncDirectory } from '../services/team/directory-sync.js';
import type { ScheduledJob } from './scheduled-job.js';

export const directorySyncJob: ScheduledJob = {
  name: 'directory-sync',
  cron: '30 2 * * *',
  async run(deps, now) {
    const outboxIds: string[] = [];
    for (const source of directorySources(deps.config)) {
      try {
        const r = await syncDirectory(deps.repos, source, now);
        deps.logger.info(
          { platform: r.platform, users: r.users, created: r.created.length, left: r.left },
          'directory synced',
        );
        outboxIds.push(...r.outboxIds);
      } catch (err) {
        if (!(err instanceof DirectoryError)) throw err;
        deps.logger.error(
          { platform: source.platform, err: err.message, hint: err.hint },
          'directory sync failed; nothing changed',
        );
      }
    }
    return { outboxIds };
  },
};
