// Turn sheet rows into records to write, or per-row errors that name the row and
// the problem ("row 7: tier 'E' is not one of A, B, C, D"). Pure: no database.
import type { Mapping } from './mapping.js';
import type { Cell, Sheet } from './sheet.js';
import type { ImportKind } from './fields.js';
import { customerKey, Lookup, type ImportContext } from './lookup.js';
import {
  cellText,
  CNY_PER_UNIT,
  isoDate,
  parseAmount,
  parseChannel,
  parseCurrency,
  parseOrderStatus,
  parseStage,
  parseTier,
  parseWallTime,
  wallTimeToInstant,
} from './values.js';

export interface RowError {
  row: number;
  message: string;
}
export const formatRowError = (e: RowError) => (e.row > 0 ? `row ${e.row}: ${e.message}` : e.message);

export interface ContactRecord {
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  wechat: string | null;
  whatsapp: string | null;
}
export interface CustomerRecord {
  rows: number[];
  existingId: string | null;
  name: string;
  code: string | null;
  aliases: string[];
  tier: string | null;
  ownerId: string | null;
  stage: string | null;
  country: string | null;
  language: 'zh' | 'en' | null;
  notes: string | null;
  contacts: ContactRecord[];
}
export interface OrderRecord {
  row: number;
  customerId: string;
  orderNo: string | null;
  orderedAt: string;
  amount: number;
  currency: string;
  amountCny: number;
  status: string | null;
  shippedAt: string | null;
}
export interface FollowUpRecord {
  row: number;
  customerId: string;
  memberId: string | null;
  channel: string;
  summary: string | null;
  happenedAt: Date;
  nextAt: Date | null;
}
export type Records =
  | { kind: 'customers'; items: CustomerRecord[] }
  | { kind: 'orders'; items: OrderRecord[] }
  | { kind: 'followups'; items: FollowUpRecord[] };

export interface Validation {
  records: Records;
  errors: RowError[];
  rowsRead: number;
}

type Fields = Record<string, Cell>;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function rowFields(mapping: Mapping, row: Cell[]): Fields {
  const f: Fields = {};
  mapping.forEach((key, col) => {
    if (key) f[key] = row[col] ?? null;
  });
  return f;
}
const text = (f: Fields, k: string): string | null => {
  const s = cellText(f[k] ?? null);
  return s === '' ? null : s;
};

export function validateRows(
  kind: ImportKind,
  sheet: Sheet,
  mapping: Mapping,
  ctx: ImportContext,
  onProgress?: (done: number, total: number) => void,
): Validation {
  const lookup = new Lookup(ctx);
  const errors: RowError[] = [];
  const total = sheet.rows.length;
  const each = (fn: (f: Fields, row: number, fail: (m: string) => void) => void) => {
    sheet.rows.forEach((cells, i) => {
      const row = sheet.rowNumbers[i] ?? sheet.firstRowNumber + i;
      fn(rowFields(mapping, cells), row, (message) => errors.push({ row, message }));
      if (onProgress && (i % 500 === 499 || i === total - 1)) onProgress(i + 1, total);
    });
  };

  if (kind === 'customers') {
    const groups = new Map<string, CustomerRecord>();
    each((f, row, fail) => {
      const name = text(f, 'name');
      if (!name) return fail('customer name is empty');
      const code = text(f, 'code') ?? undefined;
      const parsed = {
        tier: f.tier != null ? parseTier(f.tier) : null,
        stage: f.stage != null ? parseStage(f.stage) : null,
      };
      const before = errors.length;
      if (parsed.tier && !parsed.tier.ok) fail(parsed.tier.error);
      if (parsed.stage && !parsed.stage.ok) fail(parsed.stage.error);
      let ownerId: string | null = null;
      const ownerText = text(f, 'owner');
      if (ownerText) {
        const m = lookup.member(ownerText);
        if ('error' in m) fail(`owner ${m.error}`);
        else ownerId = m.id;
      }
      const actor = ctx.actor;
      if (actor && actor.role === 'rep') {
        if (ownerId && ownerId !== actor.id) fail(`you may only import your own customers (owner '${ownerText}')`);
        ownerId = actor.id;
      }
      const lang = text(f, 'language')?.toLowerCase() ?? null;
      const language =
        lang === null
          ? null
          : /^(zh|cn|中文|chinese)$/.test(lang)
            ? 'zh'
            : /^(en|english|英文|英语)$/.test(lang)
              ? 'en'
              : undefined;
      if (language === undefined) fail(`language '${lang}' is not zh or en`);
      const email = text(f, 'email');
      if (email && !EMAIL.test(email)) fail(`email '${email}' is not an email address`);
      const existing = lookup.existingCustomer(code, name);
      if (existing && !lookup.maySee(existing)) fail(`customer '${name}' belongs to someone else`);
      if (errors.length > before) return;
      const k = customerKey(code, name);
      let rec = groups.get(k);
      if (!rec) {
        rec = {
          rows: [],
          existingId: existing?.id ?? null,
          name,
          code: code ?? existing?.code ?? null,
          aliases: [],
          tier: null,
          ownerId: null,
          stage: null,
          country: null,
          language: null,
          notes: null,
          contacts: [],
        };
        groups.set(k, rec);
      }
      rec.rows.push(row);
      const setOnce = (field: 'tier' | 'ownerId' | 'stage' | 'country' | 'notes', v: string | null, label: string) => {
        if (v === null) return;
        if (rec[field] !== null && rec[field] !== v)
          fail(`${label} '${v}' differs from row ${rec.rows[0]} ('${rec[field]}') for the same customer`);
        else rec[field] = v;
      };
      setOnce('tier', parsed.tier?.ok ? parsed.tier.value : null, 'tier');
      setOnce('stage', parsed.stage?.ok ? parsed.stage.value : null, 'stage');
      setOnce('ownerId', ownerText || ctx.actor?.role === 'rep' ? ownerId : null, 'owner');
      setOnce('country', text(f, 'country'), 'country');
      setOnce('notes', text(f, 'notes'), 'notes');
      if (language) rec.language = language;
      for (const a of (text(f, 'aliases') ?? '')
        .split(/[,;，；、|]/)
        .map((s) => s.trim())
        .filter(Boolean))
        if (!rec.aliases.includes(a)) rec.aliases.push(a);
      const contactName = text(f, 'contact_name');
      const contact = {
        title: text(f, 'contact_title'),
        phone: text(f, 'phone'),
        email,
        wechat: text(f, 'wechat'),
        whatsapp: text(f, 'whatsapp'),
      };
      if (contactName) rec.contacts.push({ name: contactName, ...contact });
      else if (Object.values(contact).some(Boolean)) fail('contact details without a contact name');
    });
    return { records: { kind, items: [...groups.values()] }, errors, rowsRead: total };
  }

  const customerOf = (f: Fields, fail: (m: string) => void): string | undefined => {
    const ref = text(f, 'customer');
    if (!ref) {
      fail('customer is empty');
      return undefined;
    }
    const c = lookup.customer(ref);
    if ('error' in c) {
      fail(c.error);
      return undefined;
    }
    if (!lookup.maySee(c)) {
      fail(`customer '${ref}' belongs to someone else`);
      return undefined;
    }
    return c.id;
  };

  if (kind === 'orders') {
    const items: OrderRecord[] = [];
    const seen = new Map<string, number>();
    each((f, row, fail) => {
      const before = errors.length;
      const customerId = customerOf(f, fail);
      const date = parseWallTime(f.date ?? null, 'date');
      if (!date.ok) fail(date.error);
      const amount = parseAmount(f.amount ?? null, 'amount');
      if (!amount.ok) fail(amount.error);
      const cur = f.currency != null ? parseCurrency(f.currency) : null;
      if (cur && !cur.ok) fail(cur.error);
      const currency = (cur?.ok ? cur.value : undefined) ?? (amount.ok ? amount.value.currency : undefined) ?? 'CNY';
      let amountCny: number | undefined;
      if (f.amount_cny != null) {
        const a = parseAmount(f.amount_cny, 'amount in CNY');
        if (a.ok) amountCny = a.value.amount;
        else fail(a.error);
      }
      const status = f.status != null ? parseOrderStatus(f.status) : null;
      if (status && !status.ok) fail(status.error);
      const shipped = f.shipped_at != null ? parseWallTime(f.shipped_at, 'shipped date') : null;
      if (shipped && !shipped.ok) fail(shipped.error);
      const orderNo = text(f, 'order_no');
      if (orderNo && customerId) {
        const k = `${customerId}|${orderNo.toLowerCase()}`;
        const first = seen.get(k);
        if (first) fail(`order ${orderNo} appears twice (also row ${first})`);
        else seen.set(k, row);
      }
      if (errors.length > before || !customerId || !date.ok || !amount.ok) return;
      items.push({
        row,
        customerId,
        orderNo,
        orderedAt: isoDate(date.value),
        amount: amount.value.amount,
        currency,
        amountCny: amountCny ?? Math.round(amount.value.amount * (CNY_PER_UNIT[currency] ?? 1) * 100) / 100,
        status: status?.ok ? status.value : null,
        shippedAt: shipped?.ok ? isoDate(shipped.value) : null,
      });
    });
    return { records: { kind, items }, errors, rowsRead: total };
  }

  const items: FollowUpRecord[] = [];
  const ownerOf = new Map(ctx.customers.map((c) => [c.id, c.ownerId]));
  each((f, row, fail) => {
    const before = errors.length;
    const customerId = customerOf(f, fail);
    const date = parseWallTime(f.date ?? null, 'date');
    if (!date.ok) fail(date.error);
    const next = f.next_at != null ? parseWallTime(f.next_at, 'next follow-up') : null;
    if (next && !next.ok) fail(next.error);
    const channel = f.channel != null ? parseChannel(f.channel) : null;
    if (channel && !channel.ok) fail(channel.error);
    let memberId: string | null = null;
    const by = text(f, 'member');
    if (by) {
      const m = lookup.member(by);
      if ('error' in m) fail(m.error);
      else memberId = m.id;
    }
    if (errors.length > before || !customerId || !date.ok) return;
    items.push({
      row,
      customerId,
      memberId: memberId ?? ownerOf.get(customerId) ?? null,
      channel: channel?.ok ? channel.value : 'other',
      summary: text(f, 'summary'),
      happenedAt: wallTimeToInstant(date.value, ctx.tz),
      nextAt: next?.ok ? wallTimeToInstant(next.value, ctx.tz) : null,
    });
  });
  return { records: { kind, items }, errors, rowsRead: total };
}
