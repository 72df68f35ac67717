// Shapes the WhatsApp Web adapter depends on: the small part of whatsapp-web.js's Client and
// Message it uses (so tests can drive a fake), its settings and dependencies.

export interface WhatsappWebConfig {
  /** LocalAuth keeps the linked-device session here (WHATSAPP_WEB_DATA_DIR). */
  dataDir: string;
  /** The system Chromium (CHROMIUM_PATH); puppeteer never downloads a browser for us. */
  chromiumPath?: string;
}

/** The fields of a whatsapp-web.js Message the normaliser reads (a recorded message is plain data). */
export interface WwebMessageData {
  id: { _serialized: string; fromMe?: boolean; remote?: string; id?: string };
  from: string;
  to?: string;
  /** Set for group messages: the member who wrote it. */
  author?: string;
  body: string;
  /** Unix seconds. */
  timestamp: number;
  fromMe: boolean;
  /** 'chat' for text, 'image' for a picture (its caption is in body). */
  type: string;
  /** Set on media messages (downloadMedia() fetches the file through the session). */
  hasMedia?: boolean;
  isStatus?: boolean;
  broadcast?: boolean;
  hasQuotedMsg?: boolean;
  isForwarded?: boolean;
  /** The raw WhatsApp Web model; notifyName is the sender's push name. */
  _data?: { notifyName?: string };
}

export interface WwebChatInfo {
  isGroup: boolean;
  name?: string;
}

/** whatsapp-web.js's MessageMedia: the file as base64. */
export interface WwebMedia {
  mimetype: string;
  data: string;
  filename?: string | null;
  filesize?: number | null;
}

export interface WwebMessageLike extends WwebMessageData {
  getChat(): Promise<WwebChatInfo>;
  /** Resolves undefined when WhatsApp no longer has the file. */
  downloadMedia?(): Promise<WwebMedia | undefined>;
}

export interface WwebClientLike {
  on(event: 'qr', listener: (qr: string) => void): unknown;
  on(event: 'ready', listener: () => void): unknown;
  on(event: 'message', listener: (msg: WwebMessageLike) => void): unknown;
  on(event: 'disconnected', listener: (reason: unknown) => void): unknown;
  on(event: 'auth_failure', listener: (message: unknown) => void): unknown;
  initialize(): Promise<void>;
  destroy(): Promise<void>;
  sendMessage(chatId: string, content: string): Promise<{ id: { _serialized: string } }>;
}

export type WwebClientFactory = (cfg: WhatsappWebConfig) => Promise<WwebClientLike> | WwebClientLike;

export type LoginState =
  { state: 'starting' } | { state: 'qr'; qr: string } | { state: 'ready' } | { state: 'failed'; reason?: string };
