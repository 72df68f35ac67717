// The only reader of process.env. One zod schema over the environment, validated
// at start with one clear line per bad or missing variable. Names follow
// ../shared/contracts/platforms.md and must not be renamed.
import { z } from 'zod';
import { ConfigError } from './core/errors.js';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v === 'true' || v === '1' || v === 'yes'));
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));
const optionalUrl = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()))
  .pipe(z.string().url('must be a URL such as https://example.com').optional());
const port = z.coerce.number().int().min(0).max(65535);

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  BATON_MODE: z.enum(['demo', 'production']).optional(),
  PORT: port.default(3000),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_URL: optionalUrl,
  BUSINESS_TZ: z
    .string()
    .default('Asia/Shanghai')
    .refine(isTimeZone, 'must be an IANA time zone such as Asia/Shanghai'),
  CONSOLE_ENABLED: bool,
  CONSOLE_TOKEN: optionalString,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  DATABASE_URL: optionalString.refine((v) => v === undefined || isPostgresUrl(v), {
    message:
      'must be a Postgres URL such as postgres://user:password@host:5432/baton (scheme postgres:// or postgresql://); leave it unset for the embedded database',
  }),
  DATA_DIR: z.string().default('./data'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),

  CUSTOMER_CODE_FORMAT: z.string().default('{PREFIX}-{YYYY}-{SEQ3}'),
  CUSTOMER_CODE_PREFIX: z.string().default('HZ'),

  WECOM_CORP_ID: optionalString,
  WECOM_TOKEN: optionalString,
  WECOM_ENCODING_AES_KEY: optionalString,
  WECOM_AGENT_ID: optionalString,
  WECOM_SECRET: optionalString,
  WECOM_API_BASE: optionalUrl,
  WECOM_ROBOT_WEBHOOK_KEYS: optionalString,
  WECOM_AIBOT_TOKEN: optionalString,
  WECOM_AIBOT_ENCODING_AES_KEY: optionalString,
  WECOM_AIBOT_BOT_ID: optionalString,
  WECOM_AIBOT_SECRET: optionalString,
  WECOM_AIBOT_WS_URL: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()))
    .pipe(
      z
        .string()
        .regex(/^wss?:\/\/\S+$/, 'must be a WebSocket URL such as wss://openws.work.weixin.qq.com')
        .optional(),
    ),

  DINGTALK_APP_KEY: optionalString,
  DINGTALK_APP_SECRET: optionalString,
  DINGTALK_ROBOT_CODE: optionalString,
  DINGTALK_STREAM: bool,
  DINGTALK_API_BASE: optionalUrl,
  DINGTALK_OAPI_BASE: optionalUrl,

  WHATSAPP_VERIFY_TOKEN: optionalString,
  WHATSAPP_APP_SECRET: optionalString,
  WHATSAPP_PHONE_NUMBER_ID: optionalString,
  WHATSAPP_ACCESS_TOKEN: optionalString,
  WHATSAPP_API_BASE: optionalUrl,
  WHATSAPP_WEB: bool,
  WHATSAPP_WEB_DATA_DIR: z.string().default('./data/whatsapp-web'),
  CHROMIUM_PATH: optionalString,

  LLM_BASE_URL: optionalUrl,
  LLM_API_KEY: optionalString,
  LLM_MODEL: optionalString,
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),

  BATON_ROLE: z.enum(['all', 'web', 'worker']).default('all'),
  WORKER_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  CADENCE_POLICY_FILE: optionalString,

  // Orders from chat (issue 20): where sheets and shipment notices go, and when after-sales follows up.
  ORDERS_PRODUCTION_CHAT: z.string().default('group:production'),
  ORDERS_LOGISTICS_CHAT: z.string().default('group:logistics'),
  ORDERS_AFTER_SALES_CHAT: z.string().default('group:after-sales'),
  ORDERS_RECEIPT_DAYS_SEA: z.coerce.number().int().min(1).max(90).default(7),
  ORDERS_RECEIPT_DAYS_AIR: z.coerce.number().int().min(1).max(90).default(3),
  ORDERS_RECEIPT_DAYS_COURIER: z.coerce.number().int().min(1).max(90).default(3),
  ORDERS_RECEIPT_DAYS_DEFAULT: z.coerce.number().int().min(1).max(90).default(7),
  ORDERS_SHEET_ACK_WORKING_DAYS: z.coerce.number().int().min(1).max(10).default(1),
  METRICS_TOKEN: optionalString,
  // Hardening (docs/HARDENING.md).
  /** Behind a reverse proxy: false (default), true (trust every hop), or comma-separated proxy addresses/CIDRs. */
  TRUST_PROXY: z
    .string()
    .default('false')
    .refine(
      (v) => /^(true|false|[0-9a-fA-F.:/,\s]+)$/.test(v.trim()),
      "must be true, false or the proxies' addresses (10.0.0.1, 10.0.0.0/8)",
    ),
  DINGTALK_SIGN_WINDOW_SECONDS: z.coerce.number().int().min(10).max(3600).default(300),
  /** One platform request; the outbox lease is derived from it unless OUTBOX_LEASE_SECONDS is set. */
  // Forwarded chat screenshots (issue 19): size limits, when a reading needs the rep's check, when
  // to say "reading…", and how close together screenshots must come to count as one chat.
  SCREENSHOT_MAX_MB: z.coerce.number().min(1).max(100).default(30),
  SCREENSHOT_MAX_MEGAPIXELS: z.coerce.number().min(1).max(500).default(60),
  SCREENSHOT_MIN_CONFIDENCE: z.coerce.number().min(0).max(1).default(0.6),
  SCREENSHOT_READING_NOTICE_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  SCREENSHOT_JOIN_SECONDS: z.coerce.number().int().min(0).max(3600).default(120),
  SCREENSHOT_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  OUTBOX_SEND_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).optional(),
  IMPORT_MAX_CONCURRENT: z.coerce.number().int().min(1).max(16).default(2),
  IMPORT_MAX_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(50_000),
  IMPORT_MAX_COLUMNS: z.coerce.number().int().min(1).max(16_384).default(200),
  IMPORT_MAX_UNCOMPRESSED_MB: z.coerce.number().int().min(1).max(2048).default(64),
  IMPORT_MAX_SHARED_STRINGS_MB: z.coerce.number().int().min(1).max(1024).default(16),
  IMPORT_TIME_BUDGET_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  IMPORT_WORKER_MEMORY_MB: z.coerce.number().int().min(32).max(4096).default(256),
  /** Requests per minute per client on the web, console and import routes (signed webhooks are not limited). */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(600),
  IMPORT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
});

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  env: Env;
  mode: 'demo' | 'production';
  consoleEnabled: boolean;
  server: { port: number; host: string; publicUrl?: string };
  tz: string;
  logLevel: Env['LOG_LEVEL'];
  database: { url?: string; dataDir: string; poolSize: number };
  llm?: { baseUrl: string; apiKey: string; model: string; timeoutMs: number };
  wecom?: {
    corpId: string;
    token: string;
    encodingAesKey: string;
    agentId?: string;
    secret?: string;
    apiBase: string;
    robotKeys: Record<string, string>;
  };
  wecomAibot?: { token: string; encodingAesKey: string };
  /** The AI bot's long connection (no public URL needed): on when BotID and Secret are set. */
  wecomAibotWs?: { botId: string; secret: string; wsUrl: string };
  dingtalk?: {
    appKey: string;
    appSecret: string;
    robotCode?: string;
    stream: boolean;
    apiBase: string;
    oapiBase: string;
    signWindowMs: number;
  };
  whatsappCloud?: {
    verifyToken: string;
    appSecret: string;
    phoneNumberId?: string;
    accessToken?: string;
    apiBase: string;
  };
  whatsappWeb?: { dataDir: string; chromiumPath?: string };
  customerCode: { format: string; prefix: string };
  /** web: HTTP only; worker: workers and schedulers only; all: both (the default). */
  role: 'all' | 'web' | 'worker';
  worker: {
    concurrency: number;
    outboxMaxAttempts: number;
    leaseMs: number;
    /** One platform request's timeout, and the outbox lease derived from it (docs/HARDENING.md). */
    sendTimeoutMs: number;
    outboxLeaseMs: number;
  };
  /** fastify's trustProxy: who may set X-Forwarded-For. */
  trustProxy: boolean | string[];
  imports: {
    maxConcurrent: number;
    maxRows: number;
    maxColumns: number;
    maxUncompressedBytes: number;
    maxSharedStringsBytes: number;
    timeBudgetMs: number;
    workerMemoryMb: number;
  };
  rateLimit: { perMinute: number; importPerMinute: number };
  cadencePolicyFile?: string;
  orders: OrdersConfig;
  /** Bearer token for /metrics; without one, /metrics answers loopback callers only. */
  metricsToken?: string;
  screenshots: ScreenshotConfig;
}

/** Forwarded chat screenshots (issue 19). */
export interface ScreenshotConfig {
  maxBytes: number;
  maxPixels: number;
  /** A reading whose lowest bubble confidence is below this is shown to the rep for a check first. */
  minConfidence: number;
  /** Say "reading the screenshot…" when OCR has not finished after this long. */
  readingNoticeMs: number;
  /** Screenshots of one member in one chat this close together (and no text between) are one chat. */
  joinWindowMs: number;
  timeoutMs: number;
}

export interface OrdersConfig {
  productionChat: string;
  logisticsChat: string;
  afterSalesChat: string;
  /** Days after shipment to ask whether the goods arrived, by how they went. */
  receiptDays: { sea: number; air: number; courier: number; unknown: number };
  /** Working days the order clerk has to acknowledge a production sheet before the supervisor hears. */
  sheetAckWorkingDays: number;
}

function isPostgresUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return (
      (u.protocol === 'postgres:' || u.protocol === 'postgresql:') && (u.hostname !== '' || u.searchParams.has('host'))
    );
  } catch {
    return false;
  }
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Parse "chatId=key,chatId2=key2" into a map (WeCom group robots per team chat). */
function parsePairs(s: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (s ?? '').split(',')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
  }
  return out;
}

/** Validate the environment; throws ConfigError listing every problem, one per line. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const problems: string[] = [];
  const group = <T>(name: string, keys: (keyof Env)[], build: () => T): T | undefined => {
    const set = keys.filter((k) => e[k] !== undefined && e[k] !== false);
    if (set.length === 0) return undefined;
    const missing = keys.filter((k) => e[k] === undefined);
    if (missing.length > 0) {
      problems.push(`  ${name} is half configured: set ${missing.join(', ')} (or unset ${set.join(', ')})`);
      return undefined;
    }
    return build();
  };

  if (e.WECOM_ENCODING_AES_KEY && e.WECOM_ENCODING_AES_KEY.length !== 43) {
    problems.push('  WECOM_ENCODING_AES_KEY: must be the 43-character EncodingAESKey from the WeCom admin console');
  }
  if (e.WECOM_AIBOT_ENCODING_AES_KEY && e.WECOM_AIBOT_ENCODING_AES_KEY.length !== 43) {
    problems.push('  WECOM_AIBOT_ENCODING_AES_KEY: must be the 43-character EncodingAESKey of the AI bot');
  }

  const mode = e.BATON_MODE ?? (e.NODE_ENV === 'production' ? 'production' : 'demo');
  const config: Config = {
    env: e,
    mode,
    consoleEnabled: e.CONSOLE_ENABLED ?? mode === 'demo',
    server: { port: e.PORT, host: e.HOST, publicUrl: e.PUBLIC_URL },
    tz: e.BUSINESS_TZ,
    logLevel: e.LOG_LEVEL,
    database: { url: e.DATABASE_URL, dataDir: e.DATA_DIR, poolSize: e.DATABASE_POOL_SIZE },
    llm: group('LLM', ['LLM_BASE_URL', 'LLM_MODEL'], () => ({
      baseUrl: e.LLM_BASE_URL!,
      apiKey: e.LLM_API_KEY ?? 'none',
      model: e.LLM_MODEL!,
      timeoutMs: e.LLM_TIMEOUT_MS,
    })),
    wecom: group('WeCom', ['WECOM_CORP_ID', 'WECOM_TOKEN', 'WECOM_ENCODING_AES_KEY'], () => ({
      corpId: e.WECOM_CORP_ID!,
      token: e.WECOM_TOKEN!,
      encodingAesKey: e.WECOM_ENCODING_AES_KEY!,
      agentId: e.WECOM_AGENT_ID,
      secret: e.WECOM_SECRET,
      apiBase: e.WECOM_API_BASE ?? 'https://qyapi.weixin.qq.com',
      robotKeys: parsePairs(e.WECOM_ROBOT_WEBHOOK_KEYS),
    })),
    wecomAibot: group('WeCom AI bot', ['WECOM_AIBOT_TOKEN', 'WECOM_AIBOT_ENCODING_AES_KEY'], () => ({
      token: e.WECOM_AIBOT_TOKEN!,
      encodingAesKey: e.WECOM_AIBOT_ENCODING_AES_KEY!,
    })),
    wecomAibotWs: group('WeCom AI bot long connection', ['WECOM_AIBOT_BOT_ID', 'WECOM_AIBOT_SECRET'], () => ({
      botId: e.WECOM_AIBOT_BOT_ID!,
      secret: e.WECOM_AIBOT_SECRET!,
      wsUrl: e.WECOM_AIBOT_WS_URL ?? 'wss://openws.work.weixin.qq.com',
    })),
    dingtalk: group('DingTalk', ['DINGTALK_APP_KEY', 'DINGTALK_APP_SECRET'], () => ({
      appKey: e.DINGTALK_APP_KEY!,
      appSecret: e.DINGTALK_APP_SECRET!,
      robotCode: e.DINGTALK_ROBOT_CODE,
      stream: e.DINGTALK_STREAM ?? false,
      apiBase: e.DINGTALK_API_BASE ?? 'https://api.dingtalk.com',
      oapiBase: e.DINGTALK_OAPI_BASE ?? 'https://oapi.dingtalk.com',
      signWindowMs: e.DINGTALK_SIGN_WINDOW_SECONDS * 1000,
    })),
    whatsappCloud: group('WhatsApp Cloud API', ['WHATSAPP_VERIFY_TOKEN', 'WHATSAPP_APP_SECRET'], () => ({
      verifyToken: e.WHATSAPP_VERIFY_TOKEN!,
      appSecret: e.WHATSAPP_APP_SECRET!,
      phoneNumberId: e.WHATSAPP_PHONE_NUMBER_ID,
      accessToken: e.WHATSAPP_ACCESS_TOKEN,
      apiBase: e.WHATSAPP_API_BASE ?? 'https://graph.facebook.com/v21.0',
    })),
    whatsappWeb: e.WHATSAPP_WEB ? { dataDir: e.WHATSAPP_WEB_DATA_DIR, chromiumPath: e.CHROMIUM_PATH } : undefined,
    customerCode: { format: e.CUSTOMER_CODE_FORMAT, prefix: e.CUSTOMER_CODE_PREFIX },
    role: e.BATON_ROLE,
    worker: {
      concurrency: e.WORKER_CONCURRENCY,
      outboxMaxAttempts: e.OUTBOX_MAX_ATTEMPTS,
      leaseMs: e.WORKER_LEASE_SECONDS * 1000,
      sendTimeoutMs: e.OUTBOX_SEND_TIMEOUT_MS,
      outboxLeaseMs:
        e.OUTBOX_LEASE_SECONDS !== undefined
          ? e.OUTBOX_LEASE_SECONDS * 1000
          : deriveOutboxLeaseMs(e.OUTBOX_SEND_TIMEOUT_MS),
    },
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    screenshots: {
      maxBytes: e.SCREENSHOT_MAX_MB * 1024 * 1024,
      maxPixels: e.SCREENSHOT_MAX_MEGAPIXELS * 1_000_000,
      minConfidence: e.SCREENSHOT_MIN_CONFIDENCE,
      readingNoticeMs: e.SCREENSHOT_READING_NOTICE_MS,
      joinWindowMs: e.SCREENSHOT_JOIN_SECONDS * 1000,
      timeoutMs: e.SCREENSHOT_TIMEOUT_MS,
    },
    imports: {
      maxConcurrent: e.IMPORT_MAX_CONCURRENT,
      maxRows: e.IMPORT_MAX_ROWS,
      maxColumns: e.IMPORT_MAX_COLUMNS,
      maxUncompressedBytes: e.IMPORT_MAX_UNCOMPRESSED_MB * 1024 * 1024,
      maxSharedStringsBytes: e.IMPORT_MAX_SHARED_STRINGS_MB * 1024 * 1024,
      timeBudgetMs: e.IMPORT_TIME_BUDGET_MS,
      workerMemoryMb: e.IMPORT_WORKER_MEMORY_MB,
    },
    rateLimit: { perMinute: e.RATE_LIMIT_PER_MINUTE, importPerMinute: e.IMPORT_RATE_LIMIT_PER_MINUTE },
    cadencePolicyFile: e.CADENCE_POLICY_FILE,
    orders: {
      productionChat: e.ORDERS_PRODUCTION_CHAT,
      logisticsChat: e.ORDERS_LOGISTICS_CHAT,
      afterSalesChat: e.ORDERS_AFTER_SALES_CHAT,
      receiptDays: {
        sea: e.ORDERS_RECEIPT_DAYS_SEA,
        air: e.ORDERS_RECEIPT_DAYS_AIR,
        courier: e.ORDERS_RECEIPT_DAYS_COURIER,
        unknown: e.ORDERS_RECEIPT_DAYS_DEFAULT,
      },
      sheetAckWorkingDays: e.ORDERS_SHEET_ACK_WORKING_DAYS,
    },
    metricsToken: e.METRICS_TOKEN,
  };
  if (config.consoleEnabled && !isLoopback(config.server.host) && !e.CONSOLE_TOKEN) {
    problems.push(`  CONSOLE_TOKEN: required when the console is on and HOST (${config.server.host}) is not loopback`);
  }
  if (config.consoleEnabled && config.mode === 'production' && !e.CONSOLE_TOKEN) {
    problems.push('  CONSOLE_TOKEN: required when the console is turned on in production mode');
  }
  if (e.CONSOLE_TOKEN && e.CONSOLE_TOKEN.length < MIN_CONSOLE_TOKEN_LENGTH) {
    problems.push(
      `  CONSOLE_TOKEN: must be at least ${MIN_CONSOLE_TOKEN_LENGTH} characters (e.g. openssl rand -base64 24)`,
    );
  }
  if (problems.length > 0) throw new ConfigError(`invalid configuration:\n${problems.join('\n')}`);
  return config;
}

export const MIN_CONSOLE_TOKEN_LENGTH = 24;

/**
 * The outbox lease must outlast one delivery: a row is split into at most a few parts, each
 * one request with its own timeout. Three timeouts plus a margin covers a token refresh and
 * two parts; a lease shorter than a send would let another worker send the row again.
 */
export function deriveOutboxLeaseMs(sendTimeoutMs: number): number {
  return 3 * sendTimeoutMs + 5_000;
}

function parseTrustProxy(v: string): boolean | string[] {
  const s = v.trim();
  if (s === 'true') return true;
  if (s === 'false' || s === '') return false;
  return s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}
