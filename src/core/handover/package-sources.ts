// What a handover package is built from for one customer: the rows the handover repository
// reads (src/db/repositories/handover-package.ts) and the package builder takes
// (src/services/handover/build-package.ts). One shape, so the two cannot drift apart.

export interface PackageSources {
  team: { id: string; name: string }[];
  contacts: {
    name: string;
    title: string | null;
    phone: string | null;
    email: string | null;
    wechat: string | null;
    whatsapp: string | null;
    isPrimary: boolean;
  }[];
  responsibles: { stage: string; memberId: string; memberName: string }[];
  needs: {
    kind: string;
    slot: string;
    value: unknown;
    evidence: string;
    speaker: string | null;
    saidAt: Date | null;
    createdAt: Date;
  }[];
  changes: {
    kind: string;
    fromValue: unknown;
    toValue: unknown;
    evidence: string | null;
    saidBy: string | null;
    saidAt: Date | null;
    createdAt: Date;
  }[];
  followUps: { happenedAt: Date; summary: string | null; memberName: string | null; channel: string }[];
  orders: {
    id: string;
    orderNo: string | null;
    orderedAt: Date;
    amount: number;
    currency: string;
    amountCny: number;
    status: string;
    shippedAt: Date | null;
    deliveredAt: Date | null;
  }[];
  payments: { orderId: string | null; amount: number; currency: string; paidAt: Date | null }[];
  /** Oldest first: the last `messageLimit` messages linked to the customer. */
  messages: { at: Date; senderName: string | null; senderIsMember: boolean; text: string }[];
}
