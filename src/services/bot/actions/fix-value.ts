// Read the value of a correction ("/fix ACME packaging neutral", "交货期是12月10日")
// with the rules extractor, plus a few plain words it would not take on their own.
import type { NeedKind } from '../../../core/needs.js';
import { NeedValueSchemas } from '../../../core/needs.js';
import { extractWithRules, parseTranscript } from '../../../extract/extract-transcript.js';
import { formatDate } from '../../../extract/dates/calendar.js';
import { toLocal } from '../../../extract/dates/zone.js';
import { findWhen } from '../intents/when.js';
import { kindLabel } from '../format/values.js';

export function parseFixValue(
  kind: NeedKind,
  valueText: string,
  now: Date,
  tz: string,
): Record<string, unknown> | undefined {
  const v = valueText.trim();
  const simple = simpleValue(kind, v, now, tz);
  if (simple) return simple;
  for (const text of [`${kindLabel(kind, 'en')} ${v}`, `${kindLabel(kind, 'zh')}${v}`, v]) {
    const opts = { now, tz, reps: [] };
    const found = extractWithRules(parseTranscript(text, opts), opts).needs.find((n) => n.kind === kind);
    if (found) return found.value as Record<string, unknown>;
  }
  return undefined;
}

function valid(kind: NeedKind, v: Record<string, unknown>): Record<string, unknown> | undefined {
  const r = NeedValueSchemas[kind].safeParse(v);
  return r.success ? (r.data as Record<string, unknown>) : undefined;
}

/** A bare style word ("neutral", "中性包装"): nothing more to keep as details. */
const STYLE_WORD = /^(?:neutral|blank|plain|standard|custom|中性|标准|常规|定制)(?:\s*(?:packaging|packing|包装))?$/i;

function simpleValue(kind: NeedKind, v: string, now: Date, tz: string): Record<string, unknown> | undefined {
  const yes = /^(?:yes|y|true|required|need(?:ed)?|要|需要|是|印|要印|custom)$/i.test(v);
  const no = /^(?:no|n|false|none|not needed|不要|不需要|无|否|没有)$/i.test(v);
  switch (kind) {
    case 'logo':
      return yes
        ? { required: true }
        : no
          ? { required: false }
          : /logo/i.test(v)
            ? undefined
            : { required: true, details: v };
    case 'sample':
      return yes ? { required: true } : no ? { required: false } : undefined;
    case 'packaging': {
      // The style is normalised; anything said beyond the bare style word is kept as the rep typed it.
      const withWords = (style: string) => (STYLE_WORD.test(v) ? { style } : { style, details: v });
      if (/neutral|blank|plain|中性|白盒|白箱/i.test(v)) return withWords('neutral');
      if (/standard|标准|常规/i.test(v)) return withWords('standard');
      if (/custom|brand|colou?r box|定制|彩盒/i.test(v)) return withWords('custom');
      return undefined;
    }
    case 'delivery_date': {
      const l = toLocal(now, tz);
      const w = findWhen(v, { y: l.y, m: l.m, d: l.d });
      const constraint = /之后|以后|after/i.test(v) ? 'after' : /当天|^on\b/i.test(v) ? 'on' : 'by';
      return w ? valid(kind, { date: formatDate(w.date), constraint }) : undefined;
    }
    case 'product':
      return { name: v };
    case 'caution':
      return { text: v };
    case 'certification':
      return /^[A-Za-z0-9 ]{2,20}$/.test(v) ? { name: v.toUpperCase() } : undefined;
    case 'spec': {
      const m = /^(\w+)\s*[:=\s]\s*(.+)$/.exec(v);
      return m ? { attribute: m[1]!.toLowerCase(), value: m[2]!.trim() } : undefined;
    }
    default:
      return undefined;
  }
}
