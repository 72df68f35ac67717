// One need or one change as a line of text.
import { t } from '../../../core/language.js';
import { maskMoney } from '../../../core/money-mask.js';
import { formatTime, formatValue, kindLabel, quote } from './values.js';
import type { ChangeLine, CustomerHead, Fmt, NeedLine } from './views.js';

/** A quote as this reader may see it. */
export function shown(evidence: string, f: Fmt): string {
  return f.maskMoney ? maskMoney(evidence) : evidence;
}

export function head(c: CustomerHead, f: Fmt): string {
  return t(f.lang, `**${c.name}**（${c.code}）`, `**${c.name}** (${c.code})`);
}

/** "张总, 2026-11-18 10:02" / "set by Lily Chen, …" / "via Lily Chen, …". */
function attribution(
  n: { speaker: string | null; at: Date | null; recordedBy: string | null; manual: boolean },
  f: Fmt,
): string {
  const who =
    n.manual && n.recordedBy
      ? t(f.lang, `${n.recordedBy} 更正`, `set by ${n.recordedBy}`)
      : (n.speaker ?? (n.recordedBy ? t(f.lang, `${n.recordedBy} 转述`, `via ${n.recordedBy}`) : null));
  const parts = [who, n.at ? formatTime(n.at, f.tz) : null].filter(Boolean);
  return parts.length ? t(f.lang, `（${parts.join('，')}）`, ` (${parts.join(', ')})`) : '';
}

export function needLine(n: NeedLine, f: Fmt): string {
  const label = kindLabel(n.kind, f.lang);
  const words = n.evidence && !n.manual ? ` — ${quote(shown(n.evidence, f), f.lang)}` : '';
  return `- ${label}${t(f.lang, '：', ': ')}${formatValue(n.kind, n.value, f.lang)}${words}${attribution(n, f)}`;
}

export function changeLine(c: ChangeLine, f: Fmt, opts: { withTime?: boolean } = {}): string {
  const label = kindLabel(c.kind, f.lang);
  let what: string;
  if (!c.to)
    what = t(
      f.lang,
      `已删除（原为 ${formatValue(c.kind, c.from, f.lang)}）`,
      `removed (was ${formatValue(c.kind, c.from, f.lang)})`,
    );
  else if (!c.from)
    what = t(f.lang, `新增 ${formatValue(c.kind, c.to, f.lang)}`, `new: ${formatValue(c.kind, c.to, f.lang)}`);
  else what = `${formatValue(c.kind, c.from, f.lang)} → ${formatValue(c.kind, c.to, f.lang)}`;
  const words = c.evidence ? ` — ${quote(shown(c.evidence, f), f.lang)}` : '';
  const who = [
    c.saidBy,
    c.recordedBy && c.recordedBy !== c.saidBy ? t(f.lang, `${c.recordedBy} 记录`, `recorded by ${c.recordedBy}`) : null,
  ].filter(Boolean);
  const by = who.length ? t(f.lang, `（${who.join('，')}）`, ` (${who.join(', ')})`) : '';
  const when = opts.withTime ? `${formatTime(c.saidAt ?? c.at, f.tz)} ` : '';
  return `- ${when}${label}${t(f.lang, '：', ': ')}${what}${words}${by}`;
}
