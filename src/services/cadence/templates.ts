// Suggested opening lines: the company's editable templates (prompts/
// followup-templates.v1.json, overridable per key in the policy file's
// `templates`), chosen by what the customer is waiting for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { packageRoot } from '../../core/package-root.js';
import type { CadencePolicy } from '../../core/cadence/policy.js';
import { daysBetween, type LocalDay } from '../../core/cadence/zoned-time.js';
import { lunarNewYear, lunarToSolar } from '../../core/cadence/holidays.js';
import type { Lang } from '../../core/language.js';

export const TEMPLATE_KINDS = [
  'quote_followup',
  'after_samples',
  'festival_greeting',
  'new_product',
  'after_delivery',
  'check_in',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

const Kinds = z.object(
  Object.fromEntries(TEMPLATE_KINDS.map((k) => [k, z.string().min(1)])) as Record<TemplateKind, z.ZodString>,
);
const TemplatesSchema = z.object({ zh: Kinds, en: Kinds });
export type Templates = z.infer<typeof TemplatesSchema>;

export function loadTemplates(
  policy: CadencePolicy,
  file = join(packageRoot(), 'prompts', 'followup-templates.v1.json'),
): Templates {
  const base = TemplatesSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const o: Partial<Record<Lang, Record<string, string>>> = policy.templates ?? {};
  return { zh: { ...base.zh, ...(o.zh ?? {}) }, en: { ...base.en, ...(o.en ?? {}) } };
}

export interface OpeningInput {
  stage: string;
  /** Kinds of the customer's open needs. */
  needKinds: string[];
  lang: Lang;
  contact: string;
  product: string | null;
  today: LocalDay;
  afterDelivery: boolean;
}

/** The festival within the next 10 days, if any (Spring Festival, Mid-Autumn by the lunar calendar; Christmas, New Year). */
export function upcomingFestival(today: LocalDay, lang: Lang): string | null {
  const within = (d: LocalDay) => {
    const n = daysBetween(today, d);
    return n >= 0 && n <= 10;
  };
  const cny = [lunarNewYear(today.y), lunarNewYear(today.y + 1)];
  if (cny.some(within)) return lang === 'zh' ? '春节' : 'Chinese New Year';
  if (within(lunarToSolar(today.y, 8, 15))) return lang === 'zh' ? '中秋节' : 'the Mid-Autumn Festival';
  if (within({ y: today.y, m: 12, d: 25 })) return lang === 'zh' ? '圣诞节' : 'Christmas';
  if (within({ y: today.y + 1, m: 1, d: 1 })) return lang === 'zh' ? '新年' : 'the New Year';
  return null;
}

export function chooseTemplate(i: OpeningInput): { kind: TemplateKind; festival: string | null } {
  const festival = upcomingFestival(i.today, i.lang);
  if (festival) return { kind: 'festival_greeting', festival };
  if (i.stage === 'sample') return { kind: 'after_samples', festival: null };
  if (i.afterDelivery) return { kind: 'after_delivery', festival: null };
  if (['first_order', 'repeat', 'loyal'].includes(i.stage)) return { kind: 'new_product', festival: null };
  if (['inquiry', 'intent', 'lead'].includes(i.stage) || i.needKinds.includes('price_target'))
    return { kind: 'quote_followup', festival: null };
  return { kind: 'check_in', festival: null };
}

export function renderOpening(templates: Templates, i: OpeningInput): string {
  const { kind, festival } = chooseTemplate(i);
  const product = i.product ?? (i.lang === 'zh' ? '产品' : 'our products');
  return templates[i.lang][kind]
    .replaceAll('{contact}', i.contact)
    .replaceAll('{product}', product)
    .replaceAll('{festival}', festival ?? '');
}
