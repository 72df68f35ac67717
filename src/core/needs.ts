// The customer-needs vocabulary of ../shared/contracts/needs.md: kinds, value
// shapes and units. Every extractor (rules or LLM) produces these; the
// database stores `value` as jsonb validated by these schemas on read.
import { z } from 'zod';

export const NEED_KINDS = [
  'delivery_date',
  'lead_time',
  'quantity',
  'product',
  'logo',
  'packaging',
  'payment_terms',
  'incoterm',
  'destination',
  'spec',
  'certification',
  'price_target',
  'sample',
  'caution',
] as const;
export type NeedKind = (typeof NEED_KINDS)[number];
export const NeedKindSchema = z.enum(NEED_KINDS);

export const QUANTITY_UNITS = [
  'pcs',
  'sets',
  'cartons',
  'kg',
  'tons',
  'meters',
  '20ft container',
  '40ft container',
  '40HQ container',
  'other',
] as const;
export const INCOTERMS = ['EXW', 'FCA', 'FOB', 'CFR', 'CIF', 'DAP', 'DDP'] as const;
export const PAYMENT_METHODS = ['T/T', 'L/C', 'D/P', 'D/A', 'O/A', 'PayPal', 'Western Union'] as const;
export const SPEC_ATTRIBUTES = ['voltage', 'plug', 'color', 'material', 'size', 'capacity', 'other'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const NeedValueSchemas = {
  delivery_date: z.object({ date: isoDate, constraint: z.enum(['by', 'on', 'after']) }),
  lead_time: z.object({ days: z.number().int().nonnegative() }),
  quantity: z.object({ value: z.number().positive(), unit: z.enum(QUANTITY_UNITS), details: z.string().optional() }),
  product: z.object({ name: z.string().min(1) }),
  logo: z.object({ required: z.boolean(), details: z.string().optional() }),
  packaging: z.object({ style: z.enum(['neutral', 'custom', 'standard']), details: z.string().optional() }),
  payment_terms: z.object({
    method: z.enum(PAYMENT_METHODS).optional(),
    deposit_percent: z.number().min(0).max(100).optional(),
    days: z.number().int().nonnegative().optional(),
    details: z.string().optional(),
  }),
  incoterm: z.object({ term: z.enum(INCOTERMS), place: z.string().optional() }),
  destination: z.object({ country: z.string().length(2).optional(), port: z.string().optional() }),
  spec: z.object({ attribute: z.string().min(1), value: z.string().min(1) }),
  certification: z.object({ name: z.string().min(1) }),
  price_target: z.object({
    amount: z.number().nonnegative(),
    currency: z.string().min(1),
    unit: z.string().optional(),
  }),
  sample: z.object({ required: z.boolean() }),
  caution: z.object({ text: z.string().min(1) }),
} satisfies Record<NeedKind, z.ZodType>;

export type NeedValue<K extends NeedKind = NeedKind> = z.infer<(typeof NeedValueSchemas)[K]>;

/** One need as the contract prints it. */
export interface ExtractedNeed<K extends NeedKind = NeedKind> {
  kind: K;
  value: NeedValue<K>;
  /** Verbatim substring of one message. */
  evidence: string;
  speaker?: string;
  /** ISO 8601 with offset, when the message had a time. */
  at?: string;
  confidence: number;
  /** Index of the transcript message the evidence came from. */
  messageIndex?: number;
}

export interface NeedChange<K extends NeedKind = NeedKind> {
  kind: K;
  from: NeedValue<K>;
  to: NeedValue<K>;
  evidence: string;
  speaker?: string;
  at?: string;
}

/** Needs of one kind may coexist when they differ in this key (only `spec` and `certification`). */
export function needSlot(kind: NeedKind, value: unknown): string {
  const v = value as Record<string, unknown>;
  if (kind === 'spec') return `spec:${String(v.attribute ?? '').toLowerCase()}`;
  if (kind === 'certification')
    return `certification:${String(v.name ?? '')
      .toUpperCase()
      .replace(/\s+/g, '')}`;
  return kind;
}

export function parseNeedValue<K extends NeedKind>(kind: K, value: unknown): NeedValue<K> {
  return NeedValueSchemas[kind].parse(value) as NeedValue<K>;
}

/** Essentials a rep must know before an order can be made (the "still unknown" list). */
export const ESSENTIAL_KINDS: NeedKind[] = ['delivery_date', 'quantity', 'logo', 'packaging', 'payment_terms'];

/** Kinds whose values only some roles may see and never go into a chat with outsiders. */
export const SENSITIVE_KINDS: NeedKind[] = ['price_target', 'payment_terms'];
