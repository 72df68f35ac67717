// Builds the chat adapters the configuration turns on. A platform without its
// settings gets no adapter, so its webhook answers 404.
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { Clock } from './core/clock.js';
import type { ChatAdapter, Platform } from './core/types.js';
import { createOutboundAllowlist } from './core/outbound.js';
import { createConsoleAdapter } from '../adapters/console/index.js';
import { createWecomAdapter } from '../adapters/wecom/index.js';
import { createWecomAibotAdapter, type WecomAibotAdapterDeps } from '../adapters/wecom-aibot/index.js';
import { createDingtalkAdapter } from '../adapters/dingtalk/index.js';
import { createWhatsappCloudAdapter } from '../adapters/whatsapp/index.js';
import { createWhatsappWebAdapter } from '../adapters/whatsapp-web/index.js';

/** Test seams: tunables of adapters that hold connections (shorter heartbeats, faster backoff), the inner fetch. */
export interface AdapterOptions {
  wecomAibot?: Pick<WecomAibotAdapterDeps, 'wsOptions'>;
  fetch?: typeof fetch;
}

/** The platform API bases the configuration turns on: the only places adapters may send to. */
export function platformApiBases(config: Config): string[] {
  const bases: string[] = [];
  if (config.wecom) bases.push(config.wecom.apiBase);
  // The AI bot answers through response_url, which WeCom hands out on its own API host.
  if (config.wecomAibot || config.wecomAibotWs)
    bases.push(config.wecom?.apiBase ?? config.env.WECOM_API_BASE ?? 'https://qyapi.weixin.qq.com');
  // sessionWebhook and custom group robots live on oapi.dingtalk.com, the robot API on api.dingtalk.com.
  if (config.dingtalk) bases.push(config.dingtalk.apiBase, 'https://oapi.dingtalk.com/robot/');
  if (config.whatsappCloud) bases.push(config.whatsappCloud.apiBase);
  return bases;
}

export async function createAdapters(
  config: Config,
  logger: Logger,
  wallClock: Clock,
  opts: AdapterOptions = {},
): Promise<Map<Platform, ChatAdapter>> {
  const adapters = new Map<Platform, ChatAdapter>();
  const now = () => wallClock.now().getTime();
  // One allowlist in front of every adapter's HTTP (src/core/outbound.ts).
  const { fetch } = createOutboundAllowlist(platformApiBases(config), opts.fetch ?? globalThis.fetch);
  const timeoutMs = config.worker.sendTimeoutMs;
  const adapterDeps = (platform: string) => ({ logger: logger.child({ platform }), now, fetch, timeoutMs });
  if (config.consoleEnabled) adapters.set('console', createConsoleAdapter());
  if (config.wecom) adapters.set('wecom', createWecomAdapter(config.wecom, adapterDeps('wecom')));
  if (config.wecomAibot || config.wecomAibotWs) {
    const modes = { callback: config.wecomAibot, ws: config.wecomAibotWs };
    adapters.set('wecom-aibot', createWecomAibotAdapter(modes, { ...adapterDeps('wecom-aibot'), ...opts.wecomAibot }));
  }
  if (config.dingtalk) adapters.set('dingtalk', createDingtalkAdapter(config.dingtalk, adapterDeps('dingtalk')));
  // One WhatsApp path at a time: the official Cloud API wins over the unofficial WhatsApp Web.
  if (config.whatsappCloud)
    adapters.set('whatsapp', createWhatsappCloudAdapter(config.whatsappCloud, adapterDeps('whatsapp')));
  else if (config.whatsappWeb)
    adapters.set(
      'whatsapp',
      createWhatsappWebAdapter(config.whatsappWeb, { logger: logger.child({ platform: 'whatsapp-web' }), now }),
    );
  return adapters;
}

/** The WhatsApp Web login state (QR to scan), when that adapter is on. */
export function whatsappWebLogin(adapters: Map<Platform, ChatAdapter>): { state: string; qr?: string } | undefined {
  const a = adapters.get('whatsapp') as
    (ChatAdapter & { getLoginState?: () => { state: string; qr?: string } }) | undefined;
  return a?.getLoginState?.();
}
