// A need's value in words for the package ("2026-12-20前" / "by 2026-12-20", "5000 pcs", "T/T, 30% deposit").
import { formatValue } from '../i18n/need-values.js';

export function describeNeed(kind: string, value: unknown, lang: 'zh' | 'en'): string {
  return formatValue(kind, (value ?? {}) as Record<string, unknown>, lang);
}
