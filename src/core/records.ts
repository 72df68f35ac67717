// Domain records as the repositories return them (rows are mapped to these inside
// src/db): what services read and write without knowing the tables.
import type { MessageFormat, Platform } from './types.js';
import type { NeedKind } from './needs.js';

// ── outbox ──

export interface OutboxItem {
  chatId: string;
  text: string;
  format?: MessageFormat;
  kind?: string;
  /** Same key, same notice: inserting it again is a no-op. */
  dedupeKey?: string;
  sourceMessageId?: string | null;
  replyHint?: Record<string, unknown> | null;
  /** Do not send before this instant (quiet hours, scheduled digests). */
  notBefore?: Date;
  /** Business time the message belongs to (the app clock, which the console's tick can move). */
  at?: Date;
}

export interface OutboxRow {
  id: string;
  chatId: string;
  text: string;
  format: MessageFormat;
  kind: string;
  attempts: number;
  replyHint: Record<string, unknown> | null;
  createdAt: Date;
  sentAt: Date | null;
  state: string;
}

// ── messages ──

export interface StoredMessage {
  id: string;
  platform: Platform;
  externalId: string;
  chatId: string;
  senderMemberId: string | null;
  senderExternalId: string;
  senderName: string | null;
  text: string;
  sentAt: Date;
  receivedAt: Date;
  replyHint: Record<string, unknown> | null;
  attempts: number;
  customerId: string | null;
}

// ── follow-ups ──

export const FOLLOW_UP_CHANNELS = [
  'phone',
  'wechat',
  'whatsapp',
  'email',
  'visit',
  'chat',
  'meeting',
  'other',
] as const;
export type FollowUpChannel = (typeof FOLLOW_UP_CHANNELS)[number];

export interface FollowUp {
  id: string;
  customerId: string;
  memberId: string | null;
  channel: FollowUpChannel;
  summary: string | null;
  happenedAt: Date;
  nextAt: Date | null;
  sourceMessageId: string | null;
}

// ── needs ──

/** 'reverted': put in place by an action that was taken back (/undo). */
export type NeedStatus = 'current' | 'superseded' | 'removed' | 'reverted';
export type NeedExtractor = 'rules' | 'llm' | 'manual' | 'import';

export interface StoredNeed {
  id: string;
  customerId: string;
  kind: NeedKind;
  slot: string;
  value: Record<string, unknown>;
  evidence: string;
  speaker: string | null;
  saidAt: Date | null;
  messageId: string | null;
  extractor: NeedExtractor;
  model: string | null;
  promptVersion: string | null;
  confidence: number;
  recordedBy: string | null;
  status: NeedStatus;
  supersededBy: string | null;
  supersededAt: Date | null;
  createdAt: Date;
}

export interface StoredChange {
  id: string;
  customerId: string;
  kind: NeedKind;
  slot: string;
  fromNeedId: string | null;
  toNeedId: string | null;
  fromValue: Record<string, unknown> | null;
  toValue: Record<string, unknown> | null;
  evidence: string | null;
  saidBy: string | null;
  saidAt: Date | null;
  recordedBy: string | null;
  messageId: string | null;
  createdAt: Date;
  /** The message that caused the change (a forward, an answer to a question, a /move). */
  viaMessageId?: string | null;
  revertedAt?: Date | null;
}

// ── cadence ──

export interface DueCustomer {
  id: string;
  code: string;
  name: string;
  tier: string;
  stage: string;
  ownerId: string;
  language: string | null;
  nextFollowUpAt: Date;
  lastContactAt: Date | null;
}

// ── handovers ──

export interface PendingRecipient {
  batchId: string;
  role: string;
  token: string;
  kind: string;
  fromMemberId: string | null;
  createdBy: string;
  stage: string | null;
  dueAt: Date;
  createdAt: Date;
}
