// Settings and dependencies of the DingTalk adapter. Declared here (not imported from
// src/config.ts) because adapters depend on src/core only; Config['dingtalk'] fits this shape.

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

/** The part of pino the adapter uses. */
export interface AdapterLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface DingtalkDeps {
  logger?: AdapterLogger;
  fetch?: typeof fetch;
  now?: () => number;
  /** Per-request timeout for outbound HTTP calls. */
  timeoutMs?: number;
}

export const silentLogger: AdapterLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
