// Completion rate, overdue and first-response figures as a chat message.
import { t, type Lang } from '../../core/language.js';
import type { RepStats } from './metrics.js';
import { formatMinutes } from './format.js';

function pct(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

export function statsLine(lang: Lang, who: string, s: Omit<RepStats, 'memberId'>): string {
  return t(
    lang,
    `${who}：完成率 ${pct(s.rate)}（${s.onTime}/${s.due} 按时），逾期 ${s.overdue}，平均首次响应 ${formatMinutes(s.avgFirstResponseMin, lang)}，超时 ${s.slaBreaches} 次`,
    `${who}: completion ${pct(s.rate)} (${s.onTime}/${s.due} on time), overdue ${s.overdue}, avg first response ${formatMinutes(s.avgFirstResponseMin, lang)}, SLA misses ${s.slaBreaches}`,
  );
}
