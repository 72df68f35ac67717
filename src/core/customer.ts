// A customer as services see it.
import type { LifecycleStage, Tier } from './types.js';
import type { Lang } from './language.js';

export interface Customer {
  id: string;
  code: string;
  name: string;
  aliases: string[];
  tier: Tier;
  ownerId: string | null;
  stage: LifecycleStage;
  country: string | null;
  language: Lang | null;
  notes: string | null;
  pausedUntil: Date | null;
  pauseReason: string | null;
  lastContactAt: Date | null;
  nextFollowUpAt: Date | null;
  createdAt: Date;
}

/** Format a customer code like the teams already use: {PREFIX}-{YYYY}-{SEQ3} → HZ-2026-001. */
export function formatCustomerCode(format: string, prefix: string, year: number, seq: number): string {
  return format
    .replace('{PREFIX}', prefix)
    .replace('{YYYY}', String(year))
    .replace('{YY}', String(year).slice(-2))
    .replace(/\{SEQ(\d)\}/, (_m, w: string) => String(seq).padStart(Number(w), '0'))
    .replace('{SEQ}', String(seq));
}
