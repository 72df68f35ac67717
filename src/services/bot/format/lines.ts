// One need or one change as a line of text.
import { tr } from '../../../core/i18n/index.js';
import { maskMoney } from '../../../core/money-mask.js';
import { formatTime, formatValue, kindLabel, quote } from './values.js';
import type { ChangeLine, CustomerHead, Fmt, NeedLine } from './views.js';

/** A quote as this reader may see it. */
export function shown(evidence: string, f: Fmt): string {
  return f.maskMoney ? maskMoney(evidence) : evidence;
}

export function head(c: CustomerHead, f: Fmt): string {
  return tr(f.lang, 'bot.lines.text', { name: c.name, code: c.code });
}

/** "张总, 2026-11-18 10:02" / "set by Lily Chen, …" / "via Lily Chen, …". */
function attribution(
  n: { speaker: string | null; at: Date | null; recordedBy: string | null; manual: boolean },
  f: Fmt,
): string {
  const who =
    n.manual && n.recordedBy
      ? tr(f.lang, 'bot.lines.set_by', { recordedBy: n.recordedBy })
      : (n.speaker ?? (n.recordedBy ? tr(f.lang, 'bot.lines.via', { recordedBy: n.recordedBy }) : null));
  const parts = [who, n.at ? formatTime(n.at, f.tz) : null].filter(Boolean);
  return parts.length ? tr(f.lang, 'bot.lines.text_2', { join: parts.join('，'), join2: parts.join(', ') }) : '';
}

export function needLine(n: NeedLine, f: Fmt): string {
  const label = kindLabel(n.kind, f.lang);
  const words = n.evidence && !n.manual ? ` — ${quote(shown(n.evidence, f), f.lang)}` : '';
  return `- ${label}${tr(f.lang, 'bot.lines.text_3')}${formatValue(n.kind, n.value, f.lang)}${words}${attribution(n, f)}`;
}

export function changeLine(c: ChangeLine, f: Fmt, opts: { withTime?: boolean } = {}): string {
  const label = kindLabel(c.kind, f.lang);
  let what: string;
  if (!c.to) what = tr(f.lang, 'bot.lines.removed_was', { formatValue: formatValue(c.kind, c.from, f.lang) });
  else if (!c.from) what = tr(f.lang, 'bot.lines.new', { formatValue: formatValue(c.kind, c.to, f.lang) });
  else what = `${formatValue(c.kind, c.from, f.lang)} → ${formatValue(c.kind, c.to, f.lang)}`;
  const words = c.evidence ? ` — ${quote(shown(c.evidence, f), f.lang)}` : '';
  const who = [
    c.saidBy,
    c.recordedBy && c.recordedBy !== c.saidBy
      ? tr(f.lang, 'bot.lines.recorded_by', { recordedBy: c.recordedBy })
      : null,
  ].filter(Boolean);
  const by = who.length ? tr(f.lang, 'bot.lines.text_2', { join: who.join('，'), join2: who.join(', ') }) : '';
  const when = opts.withTime ? `${formatTime(c.saidAt ?? c.at, f.tz)} ` : '';
  return `- ${when}${label}${tr(f.lang, 'bot.lines.text_3')}${what}${words}${by}`;
}
