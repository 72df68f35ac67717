// HTTP calls to DingTalk: the per-conversation sessionWebhook and the robot API
// (OAuth token → oToMessages/batchSend for single chats, groupMessages/send for groups).
import { DeliveryError } from '../../src/core/errors.js';
import { postJson, retryAfterMs } from './http.js';
import { judgeApiFailure, judgeOapiResult } from './errors.js';
import { AccessTokenResponseSchema } from './schema.js';
import type { DingtalkConfig } from './types.js';
import type { LoggerPort } from '../../src/core/logger-port.js';

export interface DingtalkContent {
  format: 'text' | 'markdown';
  /** Shown in the chat list and notifications for markdown messages. */
  title: string;
  text: string;
}

export interface RobotTarget {
  chatType: 'direct' | 'group';
  /** userId (senderStaffId) for single chats, openConversationId for groups. */
  id: string;
  robotCode: string;
}

/** Refresh the token this long before DingTalk says it expires (it lives 7200 s). */
const TOKEN_MARGIN_MS = 5 * 60_000;

export interface DingtalkApiDeps {
  fetch: typeof fetch;
  now: () => number;
  timeoutMs: number;
  logger: LoggerPort;
}

export function createDingtalkApi(cfg: DingtalkConfig, deps: DingtalkApiDeps) {
  const base = cfg.apiBase.replace(/\/+$/, '');
  let cached: { token: string; expiresAt: number } | undefined;
  let inflight: Promise<string> | undefined;

  async function fetchToken(): Promise<string> {
    const what = 'dingtalk accessToken';
    const res = await postJson(
      deps.fetch,
      `${base}/v1.0/oauth2/accessToken`,
      { appKey: cfg.appKey, appSecret: cfg.appSecret },
      {
        timeoutMs: deps.timeoutMs,
        what,
      },
    );
    if (res.status !== 200) {
      const verdict = judgeApiFailure(what, res.status, res.json, retryAfterMs(res.headers, deps.now()));
      // A refused appKey/appSecret is a configuration problem: retrying will not fix it.
      throw verdict.kind === 'error'
        ? verdict.error
        : new DeliveryError(`${what}: appKey/appSecret refused`, { retryable: false });
    }
    const parsed = AccessTokenResponseSchema.safeParse(res.json);
    if (!parsed.success)
      throw new DeliveryError(`${what}: unexpected answer`, { retryable: true, cause: parsed.error });
    cached = { token: parsed.data.accessToken, expiresAt: deps.now() + parsed.data.expireIn * 1000 - TOKEN_MARGIN_MS };
    deps.logger.debug({ expiresAt: new Date(cached.expiresAt).toISOString() }, 'dingtalk access token refreshed');
    return cached.token;
  }

  /** The cached token while valid; concurrent callers share one refresh. */
  async function getToken(forceRefresh = false): Promise<string> {
    if (forceRefresh) cached = undefined;
    if (cached && cached.expiresAt > deps.now()) return cached.token;
    inflight ??= fetchToken().finally(() => {
      inflight = undefined;
    });
    return inflight;
  }

  async function sendBySessionWebhook(url: string, content: DingtalkContent): Promise<void> {
    const body =
      content.format === 'markdown'
        ? { msgtype: 'markdown', markdown: { title: content.title, text: content.text } }
        : { msgtype: 'text', text: { content: content.text } };
    const res = await postJson(deps.fetch, url, body, { timeoutMs: deps.timeoutMs, what: 'dingtalk sessionWebhook' });
    const err = judgeOapiResult('dingtalk sessionWebhook', res.status, res.json, retryAfterMs(res.headers, deps.now()));
    if (err) throw err;
  }

  /** Send through the robot API; returns DingTalk's processQueryKey (when given). Refreshes an expired token once. */
  async function sendByRobot(target: RobotTarget, content: DingtalkContent): Promise<string | undefined> {
    const msgKey = content.format === 'markdown' ? 'sampleMarkdown' : 'sampleText';
    const msgParam = JSON.stringify(
      content.format === 'markdown' ? { title: content.title, text: content.text } : { content: content.text },
    );
    const [path, body] =
      target.chatType === 'group'
        ? [
            '/v1.0/robot/groupMessages/send',
            { robotCode: target.robotCode, openConversationId: target.id, msgKey, msgParam },
          ]
        : [
            '/v1.0/robot/oToMessages/batchSend',
            { robotCode: target.robotCode, userIds: [target.id], msgKey, msgParam },
          ];
    const what = `dingtalk ${path}`;
    for (let attempt = 0; ; attempt++) {
      const token = await getToken(attempt > 0);
      const res = await postJson(deps.fetch, `${base}${path}`, body, {
        headers: { 'x-acs-dingtalk-access-token': token },
        timeoutMs: deps.timeoutMs,
        what,
      });
      if (res.status === 200) return readSendResult(what, target, res.json);
      const verdict = judgeApiFailure(what, res.status, res.json, retryAfterMs(res.headers, deps.now()));
      if (verdict.kind === 'error') throw verdict.error;
      if (attempt > 0) throw new DeliveryError(`${what}: access token refused twice`, { retryable: true });
      deps.logger.info({ path }, 'dingtalk access token refused; refreshing once');
    }
  }

  return { getToken, sendBySessionWebhook, sendByRobot };
}

export type DingtalkApi = ReturnType<typeof createDingtalkApi>;

function readSendResult(what: string, target: RobotTarget, json: unknown): string | undefined {
  const r = (json ?? {}) as {
    processQueryKey?: unknown;
    invalidStaffIdList?: unknown;
    flowControlledStaffIdList?: unknown;
  };
  const has = (list: unknown) => Array.isArray(list) && list.includes(target.id);
  // batchSend answers 200 but lists the users it could not reach.
  if (has(r.flowControlledStaffIdList)) {
    throw new DeliveryError(`${what}: user ${target.id} is flow-controlled`, { retryable: true, retryAfterMs: 60_000 });
  }
  if (has(r.invalidStaffIdList))
    throw new DeliveryError(`${what}: user ${target.id} is not a valid staff id`, { retryable: false });
  return typeof r.processQueryKey === 'string' ? r.processQueryKey : undefined;
}
