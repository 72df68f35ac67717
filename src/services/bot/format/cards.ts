// The bot's answers: the card after a forwarded chat, "what does X need", "what changed".
import { t } from '../../../core/language.js';
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
  return [
    t(
      f.lang,
      `此处不显示：${ks}（敏感信息），请私聊我查看。`,
      `Not shown here: ${ks} (sensitive) — ask me in a direct chat.`,
    ),
  ];
}

function unknownLine(unknown: string[], f: Fmt): string[] {
  if (unknown.length === 0) return [];
  return [
    t(
      f.lang,
      `还不清楚：${list(
        unknown.map((k) => kindWord(k, f.lang)),
        f.lang,
      )}`,
      `Still unknown: ${list(
        unknown.map((k) => kindWord(k, f.lang)),
        f.lang,
      )}`,
    ),
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
}

export function forwardCard(c: ForwardCard, f: Fmt): string {
  const lines: string[] = [];
  const owner = c.customer.isNew
    ? t(
        f.lang,
        ` · 新客户，负责人 ${c.customer.ownerName ?? ''}`,
        ` · new customer, owner ${c.customer.ownerName ?? ''}`,
      )
    : '';
  lines.push(head(c.customer, f) + owner);
  if (c.understood.length === 0 && c.changed.length === 0 && c.stale === 0) {
    lines.push(
      c.unchanged > 0
        ? t(
            f.lang,
            `没有新信息：${c.unchanged} 项需求和已记录的一致。`,
            `Nothing new: ${c.unchanged} need(s) match what I already have.`,
          )
        : t(f.lang, '这段聊天里没有找到客户需求。', 'I found no customer needs in this chat.'),
    );
  }
  if (c.understood.length > 0) {
    lines.push(
      t(
        f.lang,
        `我理解到（${c.messages} 条消息）：`,
        `What I understood (${c.messages} message${c.messages === 1 ? '' : 's'}):`,
      ),
    );
    lines.push(...c.understood.map((n) => needLine(n, f)));
  }
  if (c.changed.length > 0 || c.inChat.length > 0) {
    lines.push(t(f.lang, '变化：', 'Changed:'));
    lines.push(...c.changed.map((x) => changeLine(x, f)), ...c.inChat.map((x) => changeLine(x, f)));
  }
  if (c.unchanged > 0 && (c.understood.length > 0 || c.changed.length > 0)) {
    lines.push(t(f.lang, `另有 ${c.unchanged} 项与已记录的一致。`, `${c.unchanged} more already known, unchanged.`));
  }
  if (c.stale > 0) {
    lines.push(
      t(
        f.lang,
        `${c.stale} 项比已记录的旧（之后有更新或更正），未采用。`,
        `${c.stale} older than what I have (updated or corrected since), not applied.`,
      ),
    );
  }
  lines.push(...unknownLine(c.unknown, f), ...hiddenLine(c.hidden, f));
  if (c.unsureRep) {
    lines.push(
      t(
        f.lang,
        `${c.unsureRep} 是我们这边的人吗？我是从聊天内容猜的，不对请告诉我。`,
        `Is ${c.unsureRep} our side? I guessed from the chat; tell me if not.`,
      ),
    );
  }
  return lines.join('\n');
}

export function needsAnswer(
  c: { customer: CustomerHead; needs: NeedLine[]; unknown: string[]; hidden: string[]; kind?: string },
  f: Fmt,
): string {
  const lines = [
    c.kind
      ? t(
          f.lang,
          `${head(c.customer, f)}的${kindWord(c.kind, f.lang)}：`,
          `${head(c.customer, f)} — ${kindWord(c.kind, f.lang)}:`,
        )
      : t(f.lang, `${head(c.customer, f)}的需求：`, `${head(c.customer, f)} needs:`),
  ];
  if (c.needs.length === 0 && c.hidden.length === 0) {
    lines.push(
      c.kind
        ? t(
            f.lang,
            '还没有记录。转发客户聊天给我，或用 /fix 补充。',
            'Nothing recorded yet. Forward me the customer chat, or set it with /fix.',
          )
        : t(
            f.lang,
            '还没有记录任何需求。转发客户聊天给我就能整理。',
            'No needs recorded yet. Forward me a customer chat and I will sort it out.',
          ),
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
    t(
      f.lang,
      `${head(c.customer, f)}${zhP[c.period] ?? ''}的变化：`,
      `Changes for ${head(c.customer, f)}${enP[c.period] ?? ''}:`,
    ),
  ];
  if (c.changes.length === 0) lines.push(t(f.lang, '没有变化。', 'No changes.'));
  lines.push(...c.changes.map((x) => changeLine(x, f, { withTime: true })), ...hiddenLine(c.hidden, f));
  return lines.join('\n');
}

export function noticeText(
  n: { customer: CustomerHead; change: ChangeLine; forwardedBy: string | null; manual: boolean },
  f: Fmt,
): string {
  const lines = [t(f.lang, `【需求变化】${head(n.customer, f)}`, `**Need changed** — ${head(n.customer, f)}`)];
  lines.push(changeLine({ ...n.change, evidence: null, saidBy: null, recordedBy: null }, f));
  if (n.change.evidence && !n.manual) {
    const who = n.change.saidBy ? t(f.lang, `（${n.change.saidBy}）`, ` (${n.change.saidBy})`) : '';
    lines.push(
      t(
        f.lang,
        `客户原话：「${shown(n.change.evidence, f)}」${who}`,
        `Customer's words: “${shown(n.change.evidence, f)}”${who}`,
      ),
    );
  }
  if (n.forwardedBy)
    lines.push(
      n.manual
        ? t(f.lang, `由 ${n.forwardedBy} 更正`, `Corrected by ${n.forwardedBy}`)
        : t(f.lang, `由 ${n.forwardedBy} 转发`, `Forwarded by ${n.forwardedBy}`),
    );
  return lines.join('\n');
}
