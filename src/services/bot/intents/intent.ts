// What a team member's message asks of the bot. Pure parsing: no database, no clock.
import type { NeedKind } from '../../../core/needs.js';
import type { Tier } from '../../../core/types.js';
import type { FollowUpChannel } from '../../../core/records.js';

export type Period = 'today' | 'week' | 'month' | 'all';

export type Intent =
  /** topic: `/help undo` tells more about one entry. */
  | { type: 'help'; topic?: string }
  /** page: 1-based page of the list ("/customers page 2"). */
  | { type: 'customers'; page?: number }
  | { type: 'needs'; customer: string; kind?: NeedKind }
  | { type: 'changes'; customer: string; period: Period }
  /** customer undefined: the rep's recent customer. */
  | { type: 'fix'; customer?: string; kind: NeedKind; valueText: string }
  | { type: 'remove'; customer?: string; kind: NeedKind }
  /** customer undefined: found by scanning the text for known names. */
  | { type: 'follow_up'; customer?: string; channel: FollowUpChannel }
  | { type: 'tier'; customer: string; tier: Tier }
  | { type: 'subscribe'; on: boolean; target: string }
  | { type: 'subscriptions' };

/** Strip what people put around a customer's name: quotes, 客户, 那边, the, 's. */
export function cleanCustomerTerm(s: string): string {
  return s
    .trim()
    .replace(/^[“"'「『]+|[”"'」』]+$/g, '')
    .replace(/^(?:客户|the customer|customer|client)\s*/i, '')
    .replace(/^the\s+/i, '')
    .replace(/(?:那边|这边|那里|公司)?(?:的)?$/, '')
    .replace(/['’]s$/i, '')
    .trim();
}

/** "today", "这周", "this month" → the period a changes question covers. */
export function period(s: string | undefined): Period {
  if (!s) return 'all';
  if (/今天|today/i.test(s)) return 'today';
  if (/周|week|最近|recent|lately/i.test(s)) return 'week';
  if (/月|month/i.test(s)) return 'month';
  return 'all';
}
