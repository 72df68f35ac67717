// The bot's answers: the card after a forwarded chat, "what does X need", "what changed".
import { tr } from '../../../core/i18n/index.js';
import { changeLine, head, needLine, shown } from './lines.js';
import { kindWord, list } from './values.js';
import type { ChangeLine, CustomerHead, Fmt, NeedLine } from './views.js';

export interface HiddenNote {
  kinds: string[];
}

function hiddenLine(hidden: string[], f: Fmt): string[] {
  if (hidden.length === 0) return [];
  const ks = list(
    [...new Set(hidden)].map((k) => kindWord(k, f.lang)),
    f.lang,
  );
  return [tr(f.lang, 'bot.cards.not_shown_here_sensitive_ask', { ks })];
}

function unknownLine(unknown: string[], f: Fmt): string[] {
  if (unknown.length === 0) return [];
  return [
    tr(f.lang, 'bot.cards.still_unknown', {
      list: list(
        unknown.map((k) => kindWord(k, f.lang)),
        f.lang,
      ),
    }),
  ];
}

export interface ForwardCard {
  customer: CustomerHead;
  messages: number;
  understood: NeedLine[];
  changed: ChangeLine[];
  inChat: ChangeLine[];
  unchanged: number;
  /** Older than what is on record (e.g. a correction made since): not applied. */
  stale: number;
  unknown: string[];
  hidden: string[];
  /** A speaker taken for our side on thin evidence (no --rep/forwarder name matched): asked, not assumed. */
  unsureRep?: string;
  /** Read from a screenshot: the quotes are recognised text (issue 19). */
  fromScreenshot?: boolean;
}

export function forwardCard(c: ForwardCard, f: Fmt): string {
  const lines: string[] = [];
  const owner = c.customer.isNew ? tr(f.lang, 'bot.cards.new_customer_owner', { v: c.customer.ownerName ?? '' }) : '';
  lines.push(head(c.customer, f) + owner);
  if (c.fromScreenshot) lines.push(tr(f.lang, 'bot.cards.from_a_screenshot'));
  if (c.understood.length === 0 && c.changed.length === 0 && c.stale === 0) {
    lines.push(
      c.unchanged > 0
        ? tr(f.lang, 'bot.cards.nothing_new_need_s_match', { unchanged: c.unchanged })
        : tr(f.lang, 'bot.cards.i_found_no_customer_needs'),
    );
  }
  if (c.understood.length > 0) {
    lines.push(
      tr(f.lang, 'bot.cards.what_i_understood_message', { messages: c.messages, v: c.messages === 1 ? '' : 's' }),
    );
    lines.push(...c.understood.map((n) => needLine(n, f)));
  }
  if (c.changed.length > 0 || c.inChat.length > 0) {
    lines.push(tr(f.lang, 'bot.cards.changed'));
    lines.push(...c.changed.map((x) => changeLine(x, f)), ...c.inChat.map((x) => changeLine(x, f)));
  }
  if (c.unchanged > 0 && (c.understood.length > 0 || c.changed.length > 0)) {
    lines.push(tr(f.lang, 'bot.cards.more_already_known_unchanged', { unchanged: c.unchanged }));
  }
  if (c.stale > 0) {
    lines.push(tr(f.lang, 'bot.cards.older_than_what_i_have', { stale: c.stale }));
  }
  lines.push(...unknownLine(c.unknown, f), ...hiddenLine(c.hidden, f));
  if (c.unsureRep) {
    lines.push(tr(f.lang, 'bot.cards.is_our_side_i_guessed', { unsureRep: c.unsureRep }));
  }
  return lines.join('\n');
}

export function needsAnswer(
  c: { customer: CustomerHead; needs: NeedLine[]; unknown: string[]; hidden: string[]; kind?: string },
  f: Fmt,
): string {
  const lines = [
    c.kind
      ? tr(f.lang, 'bot.cards.text', { head: head(c.customer, f), kindWord: kindWord(c.kind, f.lang) })
      : tr(f.lang, 'bot.cards.needs', { head: head(c.customer, f) }),
  ];
  if (c.needs.length === 0 && c.hidden.length === 0) {
    lines.push(
      c.kind
        ? tr(f.lang, 'bot.cards.nothing_recorded_yet_forward_me')
        : tr(f.lang, 'bot.cards.no_needs_recorded_yet_forward'),
    );
  }
  lines.push(
    ...c.needs.map((n) => needLine(n, f)),
    ...unknownLine(c.kind ? [] : c.unknown, f),
    ...hiddenLine(c.hidden, f),
  );
  return lines.join('\n');
}

export function changesAnswer(
  c: { customer: CustomerHead; changes: ChangeLine[]; period: string; hidden: string[] },
  f: Fmt,
): string {
  const zhP: Record<string, string> = { today: '今天', week: '本周', month: '本月', all: '' };
  const enP: Record<string, string> = { today: ' today', week: ' this week', month: ' this month', all: '' };
  const lines = [
    tr(f.lang, 'bot.cards.changes_for', { head: head(c.customer, f), v: zhP[c.period] ?? '', v2: enP[c.period] ?? '' }),
  ];
  if (c.changes.length === 0) lines.push(tr(f.lang, 'bot.cards.no_changes'));
  lines.push(...c.changes.map((x) => changeLine(x, f, { withTime: true })), ...hiddenLine(c.hidden, f));
  return lines.join('\n');
}

export function noticeText(
  n: { customer: CustomerHead; change: ChangeLine; forwardedBy: string | null; manual: boolean },
  f: Fmt,
): string {
  const lines = [tr(f.lang, 'bot.cards.need_changed', { head: head(n.customer, f) })];
  lines.push(changeLine({ ...n.change, evidence: null, saidBy: null, recordedBy: null }, f));
  if (n.change.evidence && !n.manual) {
    const who = n.change.saidBy ? tr(f.lang, 'bot.cards.text_2', { saidBy: n.change.saidBy }) : '';
    lines.push(tr(f.lang, 'bot.cards.customer_s_words', { shown: shown(n.change.evidence, f), who }));
  }
  if (n.forwardedBy)
    lines.push(
      n.manual
        ? tr(f.lang, 'bot.cards.corrected_by', { forwardedBy: n.forwardedBy })
        : tr(f.lang, 'bot.cards.forwarded_by', { forwardedBy: n.forwardedBy }),
    );
  return lines.join('\n');
}
