// Completion rate, overdue and first-response figures as a chat message.
import { type Lang } from '../../core/language.js';
import { tr } from '../../core/i18n/index.js';
import type { RepStats } from './metrics.js';
import { formatMinutes } from './format.js';

function pct(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

export function statsLine(lang: Lang, who: string, s: Omit<RepStats, 'memberId'>): string {
  return tr(lang, 'cadence.stats_text.completion_on_time_overdue_avg', {
    who,
    pct: pct(s.rate),
    onTime: s.onTime,
    due: s.due,
    overdue: s.overdue,
    formatMinutes: formatMinutes(s.avgFirstResponseMin, lang),
    slaBreaches: s.slaBreaches,
  });
}
