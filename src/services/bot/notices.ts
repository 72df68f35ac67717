// Change notices: chats subscribed to the customer or the kind of need hear about a
// change (before → after, the customer's words, who forwarded it); so does every
// order clerk (role 'ops') in their direct chat — a default rule, no rows needed.
// Sensitive kinds go only to direct chats of members allowed to see them, never to groups.
import type { Repositories } from '../../deps.js';
import { createHash } from 'node:crypto';
import type { Chat } from '../../core/team.js';
import type { Customer } from '../../core/customer.js';
import { isSensitiveKind, maySayHere, roleMaySeeSensitive } from '../../core/permissions.js';
import { canonicalValue } from '../needs/canonical.js';
import type { BotCtx } from './bot-context.js';
import { customerHead } from './bot-context.js';
import { mayView } from './customers/visibility.js';
import { noticeText } from './format/cards.js';
import type { ChangeLine } from './format/views.js';

export interface NoticeChange {
  slot: string;
  line: ChangeLine;
}

const h = (v: unknown): string => createHash('sha256').update(canonicalValue(v)).digest('hex').slice(0, 16);

async function recipients(repos: Repositories, b: BotCtx, customer: Customer, kind: string): Promise<Chat[]> {
  const chats = new Map<string, Chat>();
  for (const s of await repos.subscriptions.subscribersFor(customer.id, kind)) {
    const c = await repos.team.findChat(s.chatId);
    if (c) chats.set(c.id, c);
  }
  for (const m of b.team.byId.values()) {
    if (m.role !== 'ops' || !m.active) continue;
    const dm = (await repos.team.findDirectChat(m.id, b.ctx.chat.platform)) ?? (await repos.team.findDirectChat(m.id));
    if (dm) chats.set(dm.id, dm);
  }
  const sensitive = isSensitiveKind(kind);
  return [...chats.values()].filter((c) => {
    if (c.id === b.ctx.chat.id) return false;
    if (c.kind === 'group') return !sensitive && true;
    const member = c.memberId ? b.team.byId.get(c.memberId) : undefined;
    if (!member || !member.active || !mayView(b.team, member, customer)) return false;
    return !sensitive || roleMaySeeSensitive(member);
  });
}

/** Queue one notice per listening chat for these changes (once-only by dedupe key). */
export async function queueNotices(
  repos: Repositories,
  b: BotCtx,
  customer: Customer,
  changes: NoticeChange[],
  manual: boolean,
): Promise<void> {
  const perChat = new Map<string, { chat: Chat; changes: NoticeChange[] }>();
  for (const ch of changes) {
    for (const chat of await recipients(repos, b, customer, ch.line.kind)) {
      const e = perChat.get(chat.id) ?? { chat, changes: [] };
      e.changes.push(ch);
      perChat.set(chat.id, e);
    }
  }
  for (const { chat, changes: list } of perChat.values()) {
    // Per listening chat: groups (and members without money rights) get quotes without money.
    const reader = chat.kind === 'direct' && chat.memberId ? (b.team.byId.get(chat.memberId) ?? null) : null;
    const fmt = { ...b.fmt, maskMoney: chat.kind === 'group' || !maySayHere(reader, chat.hasExternal, 'price_target') };
    const text = list
      .map((ch) =>
        noticeText({ customer: customerHead(b, customer), change: ch.line, forwardedBy: b.sender.name, manual }, fmt),
      )
      .join('\n\n');
    const key = list
      .map((ch) => `${ch.slot}=${ch.line.to ? h(ch.line.to) : `removed:${h(ch.line.from)}`}`)
      .sort()
      .join(';');
    b.ctx.notify({
      chatId: chat.id,
      text,
      format: 'markdown',
      kind: 'notice',
      dedupeKey: `need-notice:${chat.id}:${customer.id}:${key}`,
    });
  }
}
