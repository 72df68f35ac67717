// The follow-up cadence a company runs: intervals and contact windows per tier,
// lifecycle-stage overrides, reminder caps, escalation thresholds, first-response
// SLAs and the revenue bands behind tier suggestions. Defaults here; the company
// overrides them in CADENCE_POLICY_FILE and with /cadence commands (settings).
import { z } from 'zod';
import { isoWeekday, type LocalDay } from '../time/calendar.js';

export const TIERS = ['A', 'B', 'C', 'D'] as const;
export type CadenceTier = (typeof TIERS)[number];

const hm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected HH:MM');

export const WindowSchema = z
  .object({
    /** 0 = Sunday … 6 = Saturday */
    days: z.array(z.number().int().min(0).max(6)).min(1),
    start: hm,
    end: hm,
  })
  .refine((w) => w.start < w.end, 'window start must be before its end');

const TierRuleSchema = z.object({
  intervalDays: z.number().int().min(1).max(365),
  /** Names of windows (policy.windows) in which this tier's customers are reminded. */
  windows: z.array(z.string().min(1)).min(1),
  /** At most this many reminders about one customer in any 30 days (null: no cap). */
  maxRemindersPer30Days: z.number().int().min(1).nullable(),
  /** Overdue by more than this many days → the supervisor hears (null: one interval). */
  escalateAfterDays: z.number().min(0).nullable(),
});

export const CadencePolicySchema = z.object({
  windows: z.record(z.string(), WindowSchema),
  tiers: z.object({ A: TierRuleSchema, B: TierRuleSchema, C: TierRuleSchema, D: TierRuleSchema }),
  stages: z.object({
    /** After samples went out: follow up in this many days (3–7). */
    sampleDays: z.number().int().min(3).max(7),
    /** After the first order is delivered: check in this many days later. */
    afterDeliveryDays: z.number().int().min(1).max(60),
  }),
  /** "Customer says not now" pauses this many months (one quarter). */
  pauseMonths: z.number().int().min(1).max(12),
  /** Skip Spring Festival (除夕 … 初六) when scheduling. */
  skipSpringFestival: z.boolean(),
  sla: z.object({
    highMinutes: z.number().int().min(1),
    normalMinutes: z.number().int().min(1),
    generalMinutes: z.number().int().min(1),
  }),
  /** Revenue (CNY, last 12 months) from which a customer is tier A / B / C; below C is D. */
  tierRevenue: z
    .object({ A: z.number().min(0), B: z.number().min(0), C: z.number().min(0) })
    .refine((r) => r.A >= r.B && r.B >= r.C, 'tier bands must descend A ≥ B ≥ C'),
  /** A due follow-up counts as done on time when done by the end of the due day plus this many days. */
  onTimeGraceDays: z.number().int().min(0).max(14),
  /** Opening-line templates overriding prompts/followup-templates.v1.json, per language and kind. */
  templates: z.record(z.enum(['zh', 'en']), z.record(z.string(), z.string())).optional(),
});

export type CadencePolicy = z.infer<typeof CadencePolicySchema>;
export type TierRule = CadencePolicy['tiers']['A'];

export const DEFAULT_POLICY: CadencePolicy = {
  windows: {
    morning: { days: [1, 2, 3, 4, 5], start: '09:00', end: '12:00' },
    afternoon: { days: [1, 2, 3, 4, 5], start: '14:00', end: '18:00' },
    evening: { days: [1, 2, 3, 4, 5], start: '19:00', end: '21:00' },
    weekend: { days: [0, 6], start: '10:00', end: '18:00' },
  },
  tiers: {
    A: { intervalDays: 3, windows: ['morning'], maxRemindersPer30Days: null, escalateAfterDays: 2 },
    B: { intervalDays: 7, windows: ['afternoon'], maxRemindersPer30Days: null, escalateAfterDays: null },
    C: { intervalDays: 15, windows: ['evening', 'weekend'], maxRemindersPer30Days: null, escalateAfterDays: null },
    D: { intervalDays: 90, windows: ['evening', 'weekend'], maxRemindersPer30Days: 2, escalateAfterDays: null },
  },
  stages: { sampleDays: 5, afterDeliveryDays: 7 },
  pauseMonths: 3,
  skipSpringFestival: true,
  sla: { highMinutes: 5, normalMinutes: 15, generalMinutes: 30 },
  tierRevenue: { A: 500_000, B: 200_000, C: 50_000 },
  onTimeGraceDays: 0,
};

/** A partial policy as a file or the settings table holds it. */
export type PolicyPatch = {
  [K in keyof CadencePolicy]?: CadencePolicy[K] extends Record<string, unknown>
    ? { [J in keyof CadencePolicy[K]]?: unknown }
    : unknown;
};

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep-merge plain objects; arrays and scalars replace. */
export function deepMerge(base: unknown, patch: unknown): unknown {
  if (!isObject(base) || !isObject(patch)) return patch === undefined ? base : patch;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) out[k] = deepMerge(base[k], v);
  return out;
}

/** Defaults ← each patch in order, validated as a whole; throws a ZodError naming the bad field. */
export function resolvePolicy(...patches: unknown[]): CadencePolicy {
  const merged = patches.reduce<unknown>(
    (acc, p) => (p === undefined || p === null ? acc : deepMerge(acc, p)),
    DEFAULT_POLICY,
  );
  const policy = CadencePolicySchema.parse(merged);
  for (const tier of TIERS) {
    for (const w of policy.tiers[tier].windows) {
      if (!policy.windows[w]) throw new Error(`tier ${tier} names window "${w}", which the policy does not define`);
    }
  }
  return policy;
}

/** A day's weekday in the numbering stored in policies (0 = Sunday … 6 = Saturday); ISO everywhere else. */
export function policyWeekday(day: LocalDay): number {
  return isoWeekday(day) % 7;
}
