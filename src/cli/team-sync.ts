// `baton team sync wecom|dingtalk`: read the platform's directory now (also nightly).
import { DirectoryError } from '../core/directory.js';
import { directorySources } from '../directory-sources.js';
import { syncDirectory } from '../services/team/directory-sync.js';
import type { DbCommandEnv } from './db-command.js';

export async function syncCommand(env: DbCommandEnv, platform: string | undefined): Promise<number> {
  const sources = directorySources(env.config);
  const chosen = platform ? sources.filter((s) => s.platform === platform) : sources;
  if (chosen.length === 0) {
    env.io.err(
      platform === 'wecom'
        ? 'baton team sync: WeCom is not configured for this (set WECOM_CORP_ID, WECOM_TOKEN, WECOM_ENCODING_AES_KEY and WECOM_SECRET)\n'
        : platform === 'dingtalk'
          ? 'baton team sync: DingTalk is not configured (set DINGTALK_APP_KEY and DINGTALK_APP_SECRET)\n'
          : 'baton team sync: give wecom or dingtalk (and configure it)\n',
    );
    return 2;
  }
  let code = 0;
  for (const s of chosen) {
    try {
      const r = await syncDirectory(env.repos, s, env.now);
      env.io.out(
        `${r.platform}: ${r.users} people in ${r.departments} departments; ${r.created.length} new member(s)${r.created.length ? ` (${r.created.join(', ')})` : ''}, ${r.left.length} left${r.left.length ? ` (${r.left.join(', ')}; their supervisors were told to hand over)` : ''}\n`,
      );
    } catch (err) {
      if (!(err instanceof DirectoryError)) throw err;
      env.io.err(
        `baton team sync ${s.platform}: ${err.message}${err.hint ? `\n  ${err.hint}` : ''}\nnothing was changed.\n`,
      );
      code = 1;
    }
  }
  return code;
}
