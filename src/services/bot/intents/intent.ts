// What a team member's message asks of the bot. Pure parsing: no database, no clock.
import type { NeedKind } from '../../../core/needs.js';
import type { Tier } from '../../../core/types.js';
import type { FollowUpChannel } from '../../../db/repositories/follow-ups.js';

export type Period = 'today' | 'week' | 'month' | 'all';

export type Intent =
  | { type: 'help' }
  | { type: 'customers' }
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
  return s.trim()
    .replace(/^[“"'「『]+|[”"'」』]+$/g, '')
    .replace(/^(?:客户|the customer|customer|client)\s*/i, '')
    .replace(/^the\s+/i, '')
    .replace(/(?:那边|这边|那里|公司)?(?:的)?$/, '')
    .replace(/['’]s$/i, '')
    .trim();
}
