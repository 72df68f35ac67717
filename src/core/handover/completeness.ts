// What a receiver would inherit as a gap: essentials nobody has learned yet and
// a customer with no one to call. The sender sees this list when starting, so
// gaps are filled before the customer changes hands.

export const HANDOVER_ESSENTIALS = ['delivery_date', 'quantity', 'logo', 'packaging', 'payment_terms'] as const;
export type Essential = (typeof HANDOVER_ESSENTIALS)[number];

export interface CompletenessInput {
  needKinds: string[];
  contactCount: number;
}

export interface Completeness {
  complete: boolean;
  missingEssentials: Essential[];
  noContact: boolean;
}

export function checkCompleteness(input: CompletenessInput): Completeness {
  const known = new Set(input.needKinds);
  const missingEssentials = HANDOVER_ESSENTIALS.filter((k) => !known.has(k));
  const noContact = input.contactCount === 0;
  return { complete: missingEssentials.length === 0 && !noContact, missingEssentials, noContact };
}

const LABELS: Record<string, [string, string]> = {
  delivery_date: ['交货期', 'delivery date'],
  lead_time: ['生产周期', 'lead time'],
  quantity: ['数量', 'quantity'],
  product: ['产品', 'product'],
  logo: ['Logo', 'logo'],
  packaging: ['包装', 'packaging'],
  payment_terms: ['付款方式', 'payment terms'],
  incoterm: ['贸易术语', 'incoterm'],
  destination: ['目的地', 'destination'],
  spec: ['规格', 'spec'],
  certification: ['认证', 'certification'],
  price_target: ['目标价', 'target price'],
  sample: ['样品', 'sample'],
  caution: ['注意事项', 'caution'],
  contact: ['联系人', 'contact person'],
};

export function kindLabel(kind: string, lang: 'zh' | 'en'): string {
  const l = LABELS[kind];
  if (!l) return kind;
  return lang === 'zh' ? l[0] : l[1];
}

/** The completeness gaps as labels, e.g. ['delivery date', 'logo', 'contact person']. */
export function missingLabels(c: Completeness, lang: 'zh' | 'en'): string[] {
  return [...c.missingEssentials.map((k) => kindLabel(k, lang)), ...(c.noContact ? [kindLabel('contact', lang)] : [])];
}
