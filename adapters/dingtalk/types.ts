// Settings and dependencies of the DingTalk adapter. Declared here (not imported from
// src/config.ts) because adapters depend on src/core only; Config['dingtalk'] fits this shape.
import type { LoggerPort } from '../../src/core/logger-port.js';

export interface DingtalkConfig {
  appKey: string;
  appSecret: string;
  /** The robot's code; for an enterprise internal app robot this usually equals the appKey. */
  robotCode?: string;
  /** Stream mode (outbound WebSocket) instead of the HTTP callback. */
  stream: boolean;
  /** How far a callback's timestamp may be from now, and how long a used sign is remembered (default 5 min). */
  signWindowMs?: number;
  /** Base of the new API (https://api.dingtalk.com); tests point it at a fake. */
  apiBase: string;
}

export interface DingtalkDeps {
  logger?: LoggerPort;
  fetch?: typeof fetch;
  now?: () => number;
  /** Per-request timeout for outbound HTTP calls. */
  timeoutMs?: number;
}
