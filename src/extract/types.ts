// Types of the extraction pipeline: transcript parsing → rules or LLM extractor → needs + changes.
import type { ExtractedNeed, NeedChange } from '../core/needs.js';

export const TRANSCRIPT_FORMATS = ['wechat-copy', 'whatsapp-export', 'dingtalk-copy', 'lines', 'plain'] as const;
export type TranscriptFormat = (typeof TRANSCRIPT_FORMATS)[number];

export type SpeakerRole = 'rep' | 'customer' | 'unknown';

export interface TranscriptMessage {
  index: number;
  speaker?: string;
  /** ISO 8601 with the business time zone's offset, when the transcript gave a time. */
  at?: string;
  /** The same instant as a Date (undefined when the transcript had no time). */
  atDate?: Date;
  /** Message text exactly as in the file (continuation lines joined with "\n"). */
  text: string;
  role: SpeakerRole;
}

export interface ParsedTranscript {
  format: TranscriptFormat;
  messages: TranscriptMessage[];
  /** Whether numeric dates in this file put the day first (decided once for the file), when known. */
  dayFirst?: boolean;
  /** Names a merged forward's title gives ("A和B的聊天记录"); customer resolution may use them. */
  participants?: string[];
  /** How each speaker's role was decided, and how sure it is (0–1). A low one is asked about, not assumed. */
  roles?: SpeakerRoleGuess[];
}

export interface SpeakerRoleGuess {
  speaker: string;
  role: SpeakerRole;
  confidence: number;
  basis: 'rep-name' | 'content' | 'single-speaker' | 'default';
}

export interface ExtractOptions {
  /** Anchor for relative dates when a message has no timestamp of its own. */
  now: Date;
  /** IANA business time zone, e.g. Asia/Shanghai. */
  tz: string;
  /** Names of our own side's speakers (--rep, or the forwarding rep). */
  reps: string[];
}

export interface ExtractionResult {
  format: TranscriptFormat;
  messages: number;
  needs: ExtractedNeed[];
  changes: NeedChange[];
  /** 'rules' or 'llm'; with the LLM, the model and prompt version used. */
  extractor: 'rules' | 'llm';
  model?: string;
  promptVersion?: string;
  /** Why the LLM was not used when it was asked for (fallback reason). */
  fallbackReason?: string;
}
