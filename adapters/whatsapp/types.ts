// Settings and dependencies of the WhatsApp Cloud API adapter. Declared here (not imported from
// src/config.ts) because adapters depend on src/core only; Config['whatsappCloud'] fits this shape.
import type { LoggerPort } from '../../src/core/logger-port.js';

export interface WhatsappCloudConfig {
  /** Chosen by the admin and typed into Meta's webhook settings; echoed back in the GET handshake. */
  verifyToken: string;
  /** The Meta app's secret: key of the X-Hub-Signature-256 HMAC. */
  appSecret: string;
  /** The business phone number's id (not the number itself); needed for sending. */
  phoneNumberId?: string;
  /** A system-user access token with whatsapp_business_messaging; needed for sending and for pictures. */
  accessToken?: string;
  /** Graph API base including the version, e.g. https://graph.facebook.com/v21.0. */
  apiBase: string;
}

export interface WhatsappCloudDeps {
  logger?: LoggerPort;
  fetch?: typeof fetch;
  now?: () => number;
  timeoutMs?: number;
  /** Per picture file download; default 30 s. */
  mediaTimeoutMs?: number;
  /** Largest picture accepted; default 30 MB. */
  maxImageBytes?: number;
}
