// The handover package: everything a receiver needs to carry on with a customer.
// Stored as a jsonb snapshot in handovers.package (the audit trail of what the
// receiver was given), so it is validated with zod when read back.
import { z } from 'zod';
import { roleSeesMoney } from './permissions.js';
import { maskMoney } from '../money-mask.js';

const Iso = z.string();

export const PackageSchema = z.object({
  version: z.literal(1),
  builtAt: Iso,
  customer: z.object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    country: z.string().nullable(),
    language: z.string().nullable(),
    tier: z.string(),
    stage: z.string(),
    ownerId: z.string().nullable(),
    ownerName: z.string().nullable(),
    notes: z.string().nullable(),
  }),
  contacts: z.array(
    z.object({
      name: z.string(),
      title: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      wechat: z.string().nullable(),
      whatsapp: z.string().nullable(),
      isPrimary: z.boolean(),
    }),
  ),
  responsibles: z.array(z.object({ stage: z.string(), memberId: z.string(), memberName: z.string() })),
  timeline: z.array(z.object({ at: Iso, kind: z.string(), text: z.string() })),
  needs: z.array(
    z.object({
      kind: z.string(),
      slot: z.string(),
      value: z.unknown(),
      evidence: z.string(),
      speaker: z.string().nullable(),
      saidAt: Iso.nullable(),
      money: z.boolean(),
    }),
  ),
  recentChanges: z.array(
    z.object({
      kind: z.string(),
      from: z.unknown(),
      to: z.unknown(),
      evidence: z.string().nullable(),
      saidBy: z.string().nullable(),
      at: Iso,
    }),
  ),
  openItems: z.object({
    missingEssentials: z.array(z.string()),
    promises: z.array(z.object({ at: Iso, speaker: z.string().nullable(), text: z.string() })),
    unansweredQuestions: z.array(z.object({ at: Iso, speaker: z.string().nullable(), text: z.string() })),
  }),
  cautions: z.array(z.object({ text: z.string(), evidence: z.string(), saidAt: Iso.nullable() })),
  /** Orders and money outstanding; null when filtered out for a role that may not see money. */
  money: z
    .object({
      orders: z.array(
        z.object({
          orderNo: z.string().nullable(),
          orderedAt: z.string(),
          status: z.string(),
          currency: z.string(),
          amount: z.number(),
          paid: z.number(),
          outstanding: z.number(),
        }),
      ),
      totalOrderedCny: z.number(),
      outstandingCny: z.number(),
    })
    .nullable(),
  /** Orders without amounts, for roles that see no money (fulfilment still needs to know what is open). */
  orderStatus: z.array(z.object({ orderNo: z.string().nullable(), orderedAt: z.string(), status: z.string() })),
  lastConversations: z.array(z.object({ at: Iso, who: z.string().nullable(), text: z.string() })),
  completeness: z.object({ complete: z.boolean(), missing: z.array(z.string()) }),
});

export type HandoverPackage = z.infer<typeof PackageSchema>;

/** The package as a viewer of `role` may see it: money and money-related needs go for ops/technical/after-sales. */
export function filterPackageFor(pkg: HandoverPackage, role: string): HandoverPackage {
  if (roleSeesMoney(role)) return pkg;
  const m = maskMoney;
  const said = <T extends { text: string }>(x: T): T => ({ ...x, text: m(x.text) });
  // Dropping the money needs is not enough: the other needs' quotes carry the price too.
  return {
    ...pkg,
    money: null,
    customer: { ...pkg.customer, notes: pkg.customer.notes === null ? null : m(pkg.customer.notes) },
    timeline: pkg.timeline.map(said),
    needs: pkg.needs.filter((n) => !n.money).map((n) => ({ ...n, evidence: m(n.evidence) })),
    recentChanges: pkg.recentChanges
      .filter((c) => !MONEY_KINDS.includes(c.kind))
      .map((c) => ({ ...c, evidence: c.evidence === null ? null : m(c.evidence) })),
    openItems: {
      ...pkg.openItems,
      promises: pkg.openItems.promises.map(said),
      unansweredQuestions: pkg.openItems.unansweredQuestions.map(said),
    },
    cautions: pkg.cautions.map((c) => ({ ...c, text: m(c.text), evidence: m(c.evidence) })),
    lastConversations: pkg.lastConversations.map(said),
  };
}

export const MONEY_KINDS = ['price_target', 'payment_terms'];
