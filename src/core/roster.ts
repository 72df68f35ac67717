// The team roster as people manage it: roles, and the identity kinds a member can
// have (a WeCom userid, a DingTalk userId/staffId, WhatsApp numbers) mapped to the
// platform identities inbound messages carry. Pure.
import type { Platform, Role } from './types.js';
import type { Lang } from './language.js';

export const ROLES: readonly Role[] = ['admin', 'supervisor', 'rep', 'ops', 'finance', 'after_sales', 'technical'];

/** What a person writes in a sheet or command: the three identity kinds. */
export const IDENTITY_KINDS = ['wecom', 'dingtalk', 'whatsapp'] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];

export interface Identity {
  platform: Platform;
  externalId: string;
}

export interface RosterMember {
  id: string;
  name: string;
  role: Role;
  reportsTo: string | null;
  language: Lang;
  active: boolean;
  leftAt: Date | null;
  identities: Identity[];
}

const ROLE_WORDS: Record<string, Role> = {
  admin: 'admin',
  administrator: 'admin',
  管理员: 'admin',
  系统管理员: 'admin',
  supervisor: 'supervisor',
  manager: 'supervisor',
  主管: 'supervisor',
  经理: 'supervisor',
  销售主管: 'supervisor',
  销售经理: 'supervisor',
  rep: 'rep',
  sales: 'rep',
  salesperson: 'rep',
  'sales rep': 'rep',
  业务员: 'rep',
  销售: 'rep',
  业务: 'rep',
  ops: 'ops',
  operations: 'ops',
  'order desk': 'ops',
  跟单: 'ops',
  跟单员: 'ops',
  运营: 'ops',
  单证: 'ops',
  finance: 'finance',
  accountant: 'finance',
  财务: 'finance',
  会计: 'finance',
  出纳: 'finance',
  after_sales: 'after_sales',
  'after sales': 'after_sales',
  aftersales: 'after_sales',
  售后: 'after_sales',
  technical: 'technical',
  engineer: 'technical',
  tech: 'technical',
  技术: 'technical',
  工程师: 'technical',
};

/** A role from English or Chinese words, or undefined. */
export function parseRole(s: string): Role | undefined {
  const k = s
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/g, ' ');
  return ROLE_WORDS[k] ?? ROLE_WORDS[k.replace(/ /g, '_')];
}

export function parseLang(s: string): Lang | undefined {
  const k = s.trim().toLowerCase();
  if (['zh', 'cn', 'zh-cn', 'chinese', '中文', '汉语', '简体中文'].includes(k)) return 'zh';
  if (['en', 'english', '英文', '英语'].includes(k)) return 'en';
  return undefined;
}

/** A member id: short, lower-case letters, digits, dot, dash, underscore. */
export function isMemberId(s: string): boolean {
  return /^[a-z0-9][a-z0-9._-]{0,39}$/.test(s);
}

/** WhatsApp numbers are stored as digits with the country code (the Cloud API's wa_id). */
export function normalizePhone(s: string): string | undefined {
  const digits = s.replace(/@c\.us$/i, '').replace(/[\s()+.-]/g, '');
  return /^\d{7,15}$/.test(digits) ? digits : undefined;
}

/**
 * The platform identities one written identity stands for. A WeCom userid is the same
 * for the self-built app and the AI bot; a WhatsApp number arrives as a wa_id (Cloud API)
 * or as NUMBER@c.us (WhatsApp Web).
 */
export function identitiesFor(kind: IdentityKind, value: string): Identity[] {
  const v = value.trim();
  if (kind === 'wecom')
    return [
      { platform: 'wecom', externalId: v },
      { platform: 'wecom-aibot', externalId: v },
    ];
  if (kind === 'dingtalk') return [{ platform: 'dingtalk', externalId: v }];
  const n = normalizePhone(v) ?? v;
  return [
    { platform: 'whatsapp', externalId: n },
    { platform: 'whatsapp', externalId: `${n}@c.us` },
  ];
}

/** The written form of a member's identities of one kind (the inverse of identitiesFor). */
export function identityValues(identities: Identity[], kind: IdentityKind): string[] {
  if (kind === 'wecom') return uniq(identities.filter((i) => i.platform === 'wecom').map((i) => i.externalId));
  if (kind === 'dingtalk') return uniq(identities.filter((i) => i.platform === 'dingtalk').map((i) => i.externalId));
  return uniq(
    identities.filter((i) => i.platform === 'whatsapp' && !i.externalId.endsWith('@c.us')).map((i) => i.externalId),
  );
}

const uniq = (xs: string[]) => [...new Set(xs)];
