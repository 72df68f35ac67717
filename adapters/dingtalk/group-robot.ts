// Team notices through a DingTalk custom group robot (自定义机器人): a webhook URL with an
// access_token, signed with the robot's "SEC…" secret when 加签 is on. No app, no token refresh.
// DingTalk allows 20 messages per minute per robot and mutes it for 10 minutes beyond that;
// the caller's outbox keeps under GROUP_ROBOT_LIMIT_PER_MINUTE, and errcode 130101 is mapped
// to a retryable error with the 10-minute wait.
import { wallMs } from '../../src/core/clock.js';
import { postJson, retryAfterMs } from './http.js';
import { judgeOapiResult } from './errors.js';
import { signGroupRobotUrl } from './verify.js';

export const GROUP_ROBOT_LIMIT_PER_MINUTE = 20;

export interface GroupRobotNotice {
  /** https://oapi.dingtalk.com/robot/send?access_token=… */
  webhookUrl: string;
  /** The robot's signing secret (starts with SEC); omit when the robot uses keywords or IPs instead. */
  secret?: string;
  text: string;
  format: 'text' | 'markdown';
  /** Markdown title (notifications); defaults to the first line. */
  title?: string;
  /** userIds to @mention. */
  atUserIds?: string[];
}

export async function sendGroupRobotNotice(
  notice: GroupRobotNotice,
  deps: { fetch?: typeof fetch; now?: () => number; timeoutMs?: number } = {},
): Promise<void> {
  const now = deps.now ?? wallMs;
  const url = signGroupRobotUrl(notice.webhookUrl, notice.secret, now());
  const at = notice.atUserIds?.length ? { at: { atUserIds: notice.atUserIds, isAtAll: false } } : {};
  const title =
    notice.title ??
    (notice.text.split('\n')[0] ?? '')
      .replace(/[#*_>`]/g, '')
      .trim()
      .slice(0, 30);
  const body =
    notice.format === 'markdown'
      ? { msgtype: 'markdown', markdown: { title: title || 'Baton', text: notice.text }, ...at }
      : { msgtype: 'text', text: { content: notice.text }, ...at };
  const what = 'dingtalk group robot';
  const res = await postJson(deps.fetch ?? globalThis.fetch, url, body, { timeoutMs: deps.timeoutMs ?? 10_000, what });
  const err = judgeOapiResult(what, res.status, res.json, retryAfterMs(res.headers, now()));
  if (err) throw err;
}
