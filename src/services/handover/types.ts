// What handover services need and give back. Services return the notices to
// queue so the caller decides the transaction: a chat handler queues them with
// its message (ctx.notify), a job enqueues them itself.
import type { Repositories } from '../../deps.js';
import type { OutboxItem } from '../../core/records.js';

export interface HandoverEnv {
  repos: Repositories;
  now: Date;
  /** Business time zone (deadlines in working days, dates in messages). */
  tz: string;
  /** Where Baton's web pages are reachable, without a trailing slash. */
  baseUrl: string;
}

export type Notice = OutboxItem & { dedupeKey: string };

export interface Outcome {
  /** Answer to the member who asked. */
  reply: string;
  notices: Notice[];
}

export function handoverBaseUrl(config: { server: { publicUrl?: string; port: number } }): string {
  return (config.server.publicUrl ?? `http://localhost:${config.server.port}`).replace(/\/+$/, '');
}

export function packageLink(baseUrl: string, batchId: string, token: string, lang?: 'zh' | 'en'): string {
  return `${baseUrl}/handovers/${batchId}?k=${token}${lang ? `&lang=${lang}` : ''}`;
}
