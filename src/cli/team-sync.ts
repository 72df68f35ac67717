// `baton team sync wecom|dingtalk` (filled in with directory sync).
import type { DbCommandEnv } from './db-command.js';

export async function syncCommand(env: DbCommandEnv, platform: string | undefined): Promise<number> {
  env.io.err(`baton team sync: directory sync for ${platform ?? '?'} is not available yet\n`);
  return 2;
}
