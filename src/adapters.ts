// Builds the chat adapters the configuration turns on. A platform without its
// settings gets no adapter, so its webhook answers 404.
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { Clock } from './core/clock.js';
import type { ChatAdapter, Platform } from './core/types.js';
import { createConsoleAdapter } from '../adapters/console/index.js';
import { createWecomAdapter } from '../adapters/wecom/index.js';
import { createWecomAibotAdapter, type WecomAibotAdapterDeps } from '../adapters/wecom-aibot/index.js';
import { createDingtalkAdapter } from '../adapters/dingtalk/index.js';
import { createWhatsappCloudAdapter } from '../adapters/whatsapp/index.js';
import { createWhatsappWebAdapter } from '../adapters/whatsapp-web/index.js';

/** Test seams: tunables of adapters that hold connections (shorter heartbeats, faster backoff). */
export interface AdapterOptions {
  wecomAibot?: Pick<WecomAibotAdapterDeps, 'wsOptions'>;
}

export async function createAdapters(
  config: Config, logger: Logger, wallClock: Clock, opts: AdapterOptions = {},
): Promise<Map<Platform, ChatAdapter>> {
  const adapters = new Map<Platform, ChatAdapter>();
  const now = () => wallClock.now().getTime();
  const adapterDeps = (platform: string) => ({ logger: logger.child({ platform }), now });
  if (config.consoleEnabled) adapters.set('console', createConsoleAdapter());
  if (config.wecom) adapters.set('wecom', createWecomAdapter(config.wecom, adapterDeps('wecom')));
  if (config.wecomAibot || config.wecomAibotWs) {
    const modes = { callback: config.wecomAibot, ws: config.wecomAibotWs };
    adapters.set('wecom-aibot', createWecomAibotAdapter(modes, { ...adapterDeps('wecom-aibot'), ...opts.wecomAibot }));
  }
  if (config.dingtalk) adapters.set('dingtalk', createDingtalkAdapter(config.dingtalk, adapterDeps('dingtalk')));
  // One WhatsApp path at a time: the official Cloud API wins over the unofficial WhatsApp Web.
  if (config.whatsappCloud) adapters.set('whatsapp', createWhatsappCloudAdapter(config.whatsappCloud, adapterDeps('whatsapp')));
  else if (config.whatsappWeb) adapters.set('whatsapp', createWhatsappWebAdapter(config.whatsappWeb, adapterDeps('whatsapp-web')));
  return adapters;
}

/** The WhatsApp Web login state (QR to scan), when that adapter is on. */
export function whatsappWebLogin(adapters: Map<Platform, ChatAdapter>): { state: string; qr?: string } | undefined {
  const a = adapters.get('whatsapp') as (ChatAdapter & { getLoginState?: () => { state: string; qr?: string } }) | undefined;
  return a?.getLoginState?.();
}
