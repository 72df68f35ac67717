// How a need's kind and value read in a chat, in Chinese or English (the words live in core/i18n).
export { formatValue, kindLabel, kindWord } from '../../../core/i18n/need-values.js';
import type { Lang } from '../../../core/language.js';
import { toLocal } from '../../../extract/dates/zone.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** "2026-11-18 10:02" in the business time zone. */
export function formatTime(at: Date, tz: string): string {
  const l = toLocal(at, tz);
  return `${l.y}-${pad(l.m)}-${pad(l.d)} ${pad(l.hh)}:${pad(l.mi)}`;
}

export function quote(text: string, lang: Lang): string {
  const short = text.length > 120 ? `${text.slice(0, 117)}…` : text;
  return lang === 'zh' ? `「${short}」` : `“${short}”`;
}

export function list(items: string[], lang: Lang): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}
