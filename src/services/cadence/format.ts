// Dates as the team reads them: local to the business time zone.
import { zonedParts } from '../../core/cadence/zoned-time.js';

const p2 = (n: number) => String(n).padStart(2, '0');

/** "11-25 09:00" in `tz`. */
export function formatLocal(at: Date, tz: string): string {
  const z = zonedParts(at, tz);
  return `${p2(z.m)}-${p2(z.d)} ${p2(z.hour)}:${p2(z.minute)}`;
}

/** "11-25" in `tz`. */
export function formatDay(at: Date, tz: string): string {
  const z = zonedParts(at, tz);
  return `${p2(z.m)}-${p2(z.d)}`;
}

export function formatMinutes(mins: number | null, lang: 'zh' | 'en'): string {
  if (mins === null) return '—';
  if (mins < 60) return lang === 'zh' ? `${Math.round(mins)} 分钟` : `${Math.round(mins)} min`;
  return lang === 'zh' ? `${(mins / 60).toFixed(1)} 小时` : `${(mins / 60).toFixed(1)} h`;
}
