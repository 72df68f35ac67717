// Composition: the directory sources the configuration allows (WeCom needs the app's
// secret; DingTalk its appKey/appSecret). Used by `baton team sync` and the nightly job.
import type { Config } from './config.js';
import type { DirectorySource } from './core/directory.js';
import { createWecomDirectory } from '../adapters/wecom/directory.js';
import { createDingtalkDirectory } from '../adapters/dingtalk/directory.js';

export function directorySources(config: Config): DirectorySource[] {
  const out: DirectorySource[] = [];
  if (config.wecom?.secret)
    out.push(
      createWecomDirectory({ corpId: config.wecom.corpId, secret: config.wecom.secret, apiBase: config.wecom.apiBase }),
    );
  if (config.dingtalk) out.push(createDingtalkDirectory(config.dingtalk));
  return out;
}
