// Settings, tunables and status of the long-connection transport. Declared here rather than
// imported from src/config.ts: adapters depend on src/core only.
import type { Lang } from '../../src/core/language.js';

/** Structurally `NonNullable<Config['wecomAibotWs']>`. */
export interface WecomAibotWsConfig {
  botId: string;
  secret: string;
  /** wss://openws.work.weixin.qq.com unless a private deployment (or a test) says otherwise. */
  wsUrl: string;
}

export interface WsOptions {
  /** WeCom asks for a ping every 30 s; a ping unanswered when the next is due = dead connection. */
  heartbeatMs: number;
  subscribeTimeoutMs: number;
  ackTimeoutMs: number;
  /** Reconnect backoff: base·2^n with jitter, capped, forever (the SDK's 1 s → 30 s). */
  baseDelayMs: number;
  maxDelayMs: number;
  /** After disconnected_event (another connection took the BotID over): wait much longer. */
  takenOverDelayMs: number;
  takenOverMaxDelayMs: number;
  streamAfterMs: number;
  streamCloseAfterMs: number;
  random: () => number;
}

export const DEFAULT_WS_OPTIONS: WsOptions = {
  heartbeatMs: 30_000,
  subscribeTimeoutMs: 10_000,
  ackTimeoutMs: 10_000,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  takenOverDelayMs: 60_000,
  takenOverMaxDelayMs: 10 * 60_000,
  streamAfterMs: 1_000,
  streamCloseAfterMs: 5 * 60_000,
  random: Math.random,
};

export type WsState = 'standby' | 'connecting' | 'connected' | 'reconnecting' | 'refused' | 'taken-over';

/** What /readyz shows for the connection. */
export interface WsStatus {
  transport: 'long-connection';
  state: WsState;
  detail?: string;
  /** The errcode of a refused aibot_subscribe (853000: invalid BotID or Secret). */
  errcode?: number;
  /** Sessions subscribed since start. */
  subscriptions: number;
}

export interface WsHooks {
  /** The language of the team member behind a WeCom userid, for the welcome. */
  memberLanguage?(userid: string): Promise<Lang | undefined>;
}

/** Delay before reconnect `attempt` (0-based): base·2^attempt capped, then "equal jitter" (½..1×). */
export function jitteredBackoff(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const d = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(d / 2 + (random() * d) / 2);
}
