// What the understanding step gets for one inbound message. Slow work (an LLM
// call) happens before `transaction`; everything written — needs, notices,
// replies, the message marked done — commits together inside it.
import type { StoredMessage } from '../../core/records.js';
import type { OutboxItem } from '../../core/records.js';
import type { Chat, Member } from '../../core/team.js';
import type { Lang } from '../../core/language.js';
import type { AppDeps, Repositories } from '../../deps.js';

export interface MessageContext {
  deps: AppDeps;
  message: StoredMessage;
  chat: Chat;
  /** The team member who wrote it; null for outsiders and unregistered senders. */
  sender: Member | null;
  /** Language to answer in (of the message itself). */
  lang: Lang;
  now: Date;
  /** Answer in the chat the message came from. */
  reply(text: string, opts?: { format?: 'text' | 'markdown' }): void;
  /** Queue a message to another chat; the dedupe key makes it once-only. */
  notify(item: Omit<OutboxItem, 'sourceMessageId'> & { dedupeKey: string }): void;
  /**
   * Run the writes of this message in one transaction that also queues the replies
   * and notices and marks the message done. Call at most once; if never called,
   * the worker commits the replies alone. `tx` is the repository set bound to that transaction.
   */
  transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>;
  /** Record which customer this message was about. */
  setCustomer(customerId: string): void;
}

export type Understand = (ctx: MessageContext) => Promise<void>;
