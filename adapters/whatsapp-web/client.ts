// The real whatsapp-web.js client: LocalAuth in the data dir, the system Chromium, no sandbox
// (containers run as root). Loaded lazily so nothing imports puppeteer unless WhatsApp Web is on.
import { ConfigError } from '../../src/core/errors.js';
import type { WwebClientFactory, WwebClientLike } from './types.js';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-setuid-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
];

export const defaultWwebClientFactory: WwebClientFactory = async (cfg) => {
  if (!cfg.chromiumPath) {
    throw new ConfigError(
      'CHROMIUM_PATH: WhatsApp Web needs the system Chromium (e.g. /usr/bin/chromium); Baton never downloads a browser',
    );
  }
  const mod = await import('whatsapp-web.js');
  const { Client, LocalAuth } = mod.default;
  const client = new Client({
    authStrategy: new LocalAuth({ dataPath: cfg.dataDir }),
    puppeteer: { executablePath: cfg.chromiumPath, headless: true, args: CHROMIUM_ARGS },
  });
  const typed: WwebClientLike = client;
  return typed;
};
