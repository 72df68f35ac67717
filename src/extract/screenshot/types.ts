// The seam between image messages and the chat-screenshot reader (issue 19). The reader turns
// one picture of a chat into the same ParsedTranscript the text readers produce, so extraction
// runs unchanged; the pipeline (worker, console, adapters) only sees this interface.
import type { ParsedTranscript } from '../types.js';

export const SCREENSHOT_LAYOUTS = [
  'whatsapp-light',
  'whatsapp-dark',
  'wechat',
  'wecom',
  'dingtalk',
  'generic',
] as const;
export type ScreenshotLayout = (typeof SCREENSHOT_LAYOUTS)[number];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the reader saw of one bubble; `index` matches the transcript message it became. */
export interface BubbleReading {
  index: number;
  /** The right-hand side is the forwarding member's (our rep), the left the other party's. */
  side: 'left' | 'right';
  box: Box;
  /** Tesseract's mean word confidence for the bubble, 0–1. */
  confidence: number;
  /** The bubble's own time as shown ("10:05", WhatsApp), so joined screenshots can date it later. */
  time?: string;
}

export interface ScreenshotReading {
  layout: ScreenshotLayout;
  /** The chat header (contact or group name) when one was found. */
  title?: string;
  /** Messages in screen order: text as recognised, role by side, speaker from the header, times where shown. */
  transcript: ParsedTranscript;
  bubbles: BubbleReading[];
  /** The lowest bubble confidence (0–1): below the pipeline's threshold the reading is shown for a check. */
  confidence: number;
  width: number;
  height: number;
  /** Wall time the reading took. */
  ms: number;
  /** The business time zone the times were read in (joinReadings dates undated bubbles with it). */
  tz?: string;
  /** Tesseract languages the text was read with, e.g. "chi_sim+eng". */
  lang?: string;
}

export interface ScreenshotReadOptions {
  now: Date;
  tz: string;
  /** Names of our side (the forwarding member), used as the right-hand speaker. */
  reps: string[];
  /** Budget for the whole reading; the reader gives up with ScreenshotReadError past it. */
  timeoutMs?: number;
}

export interface ScreenshotReader {
  /** Whether OCR can run here (tesseract with chi_sim, chi_tra and eng); the reason when not. */
  available(): Promise<{ ok: true } | { ok: false; reason: string }>;
  read(image: Buffer, opts: ScreenshotReadOptions): Promise<ScreenshotReading>;
}

/** A picture the reader refuses or cannot read; `reason` is safe to show the member. */
export class ScreenshotReadError extends Error {
  constructor(
    readonly reason: 'too-large' | 'too-many-pixels' | 'not-an-image' | 'timeout' | 'ocr-unavailable' | 'no-chat-found',
    message: string,
  ) {
    super(message);
    this.name = 'ScreenshotReadError';
  }
}
