// Binding a group chat to a role audience (it then hears about the kinds of need that
// audience cares for) or to a customer (an external group: Baton keeps it free of
// sensitive fields). Whether outsiders are present comes from the platform where it
// can tell — WeCom customer groups have chat ids starting "wr" — otherwise an admin says.
import { NEED_KINDS, SENSITIVE_KINDS } from '../../core/needs.js';
import type { Chat } from '../../core/team.js';

export const AUDIENCES: Record<string, { zh: string; en: string; kinds: readonly string[] }> = {
  production: {
    zh: '生产',
    en: 'production',
    kinds: ['delivery_date', 'lead_time', 'quantity', 'product', 'spec', 'logo', 'packaging'],
  },
  logistics: { zh: '物流', en: 'logistics', kinds: ['delivery_date', 'destination', 'incoterm', 'packaging'] },
  order_desk: { zh: '跟单', en: 'order desk', kinds: NEED_KINDS.filter((k) => !SENSITIVE_KINDS.includes(k)) },
  after_sales: { zh: '售后', en: 'after-sales', kinds: ['spec', 'certification', 'caution', 'product'] },
  technical: { zh: '技术', en: 'technical', kinds: ['spec', 'certification', 'product', 'caution'] },
};

const AUDIENCE_WORDS: Record<string, string> = {
  production: 'production',
  生产: 'production',
  生产部: 'production',
  工厂: 'production',
  factory: 'production',
  logistics: 'logistics',
  物流: 'logistics',
  物流部: 'logistics',
  货代: 'logistics',
  shipping: 'logistics',
  order_desk: 'order_desk',
  'order desk': 'order_desk',
  orders: 'order_desk',
  跟单: 'order_desk',
  跟单部: 'order_desk',
  单证: 'order_desk',
  after_sales: 'after_sales',
  'after sales': 'after_sales',
  'after-sales': 'after_sales',
  售后: 'after_sales',
  technical: 'technical',
  tech: 'technical',
  技术: 'technical',
  技术部: 'technical',
};

export function parseAudience(s: string): string | undefined {
  return AUDIENCE_WORDS[s.trim().toLowerCase().replace(/\s+/g, ' ')];
}

/** true/false when the platform says whether outsiders are present; undefined when it cannot tell. */
export function platformSaysExternal(chat: Chat): boolean | undefined {
  if ((chat.platform === 'wecom' || chat.platform === 'wecom-aibot') && chat.kind === 'group')
    return chat.externalId.startsWith('wr');
  return undefined;
}

export type BindCommand =
  | { kind: 'audience'; audience: string }
  | { kind: 'customer'; term: string }
  | { kind: 'external'; value: boolean }
  | { kind: 'unbind' }
  | { kind: 'show' }
  | { kind: 'bad'; word: string };

export function parseBind(text: string): BindCommand | undefined {
  const s = text.trim();
  if (/^\/(unbind|解绑)\s*$/i.test(s)) return { kind: 'unbind' };
  const m = /^\/(?:bind|绑定)(?:\s+(.+))?$/i.exec(s);
  if (!m) return undefined;
  const rest = (m[1] ?? '').trim();
  if (!rest) return { kind: 'show' };
  const cust = /^(?:customer|客户)\s*[:：]?\s*(.+)$/i.exec(rest);
  if (cust) return { kind: 'customer', term: cust[1]!.trim() };
  const ext = /^(?:external|外部|有外部成员)\s+(on|off|yes|no|true|false|是|否|有|没有)$/i.exec(rest);
  if (ext) return { kind: 'external', value: /^(on|yes|true|是|有)$/i.test(ext[1]!) };
  const a = parseAudience(rest);
  return a ? { kind: 'audience', audience: a } : { kind: 'bad', word: rest };
}
