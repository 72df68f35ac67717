// A picture stored with an inbound message (issue 19), as services see it (never its bytes
// unless asked for). The state says where it is on its way from the platform to needs.
export type ImageState = 'stored' | 'pending-download' | 'read' | 'unreadable';

export interface StoredImage {
  messageId: string;
  ordinal: number;
  /** The platform's handle, for a picture that came as a reference. */
  ref: string | null;
  hint: Record<string, unknown> | null;
  mime: string | null;
  /** Size in bytes, when the bytes are here. */
  bytes: number | null;
  sha256: string | null;
  width: number | null;
  height: number | null;
  state: ImageState;
  /** The screenshot reading (JSON of a ScreenshotReading), once read. */
  reading: unknown;
  confidence: number | null;
  error: string | null;
  /** The first message of the run of screenshots it was filed with. */
  runStart: string | null;
}

export interface NewImage {
  ordinal: number;
  ref?: string;
  hint?: Record<string, unknown>;
  mime?: string;
  data?: Buffer;
  width?: number;
  height?: number;
  /** Refused on arrival (too large): stored without bytes, unreadable, with this reason. */
  refused?: string;
}

/** A message of a screenshot run: a member's recent messages in one chat, newest first. */
export interface RecentImageMessage {
  id: string;
  sentAt: Date;
  text: string;
  customerId: string | null;
  /** The message's own processing state (pending, processing, done, failed). */
  state: string;
  images: StoredImage[];
}
