// Resolving names in a sheet to ids: team members by id or any part of their
// name, customers by code, name or alias. Ambiguous names are refused, not guessed.
import type { Member } from '../../core/team.js';
import { canSeeCustomer } from '../../core/permissions.js';

export interface KnownCustomer {
  id: string;
  code: string;
  name: string;
  aliases: string[];
  ownerId: string | null;
}

export interface ImportContext {
  members: Member[];
  customers: KnownCustomer[];
  /** Who imports: reps may only touch their own customers. Null for the CLI (an operator). */
  actor: Member | null;
  tz: string;
}

const key = (s: string) => s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

function index<T>(entries: [string, T][]): Map<string, T | 'ambiguous'> {
  const m = new Map<string, T | 'ambiguous'>();
  for (const [k, v] of entries) {
    if (!k) continue;
    const prev = m.get(k);
    m.set(k, prev === undefined || prev === v ? v : 'ambiguous');
  }
  return m;
}

export class Lookup {
  private readonly members: Map<string, string | 'ambiguous'>;
  private readonly byCode: Map<string, KnownCustomer>;
  private readonly byName: Map<string, KnownCustomer | 'ambiguous'>;
  private readonly reportsTo: Map<string, string | null>;

  constructor(readonly ctx: ImportContext) {
    this.members = index(
      ctx.members.flatMap((m) => [
        [key(m.id), m.id] as [string, string],
        [key(m.name), m.id] as [string, string],
        ...m.name
          .split(/\s+/)
          .filter((p) => p.length >= 2)
          .map((p) => [key(p), m.id] as [string, string]),
      ]),
    );
    // A full name wins over its parts: re-set exact ids and names after the parts.
    for (const m of ctx.members) {
      this.members.set(key(m.id), m.id);
    }
    this.byCode = new Map(ctx.customers.map((c) => [key(c.code), c]));
    this.byName = index(
      ctx.customers.flatMap((c) => [
        [key(c.name), c] as [string, KnownCustomer],
        ...c.aliases.map((a) => [key(a), c] as [string, KnownCustomer]),
      ]),
    );
    this.reportsTo = new Map(ctx.members.map((m) => [m.id, m.reportsTo]));
  }

  member(text: string): { id: string } | { error: string } {
    const v = this.members.get(key(text));
    if (v === 'ambiguous') return { error: `'${text}' matches more than one team member; use their id` };
    if (!v) return { error: `'${text}' is not a team member (${this.ctx.members.map((m) => m.id).join(', ')})` };
    return { id: v };
  }

  customer(text: string): KnownCustomer | { error: string } {
    const k = key(text);
    const byCode = this.byCode.get(k);
    if (byCode) return byCode;
    const v = this.byName.get(k);
    if (v === 'ambiguous') return { error: `customer '${text}' matches more than one customer; use the customer code` };
    if (!v) return { error: `customer '${text}' is not known (import customers first, or use the customer code)` };
    return v;
  }

  /** Existing customer a customers-sheet row updates: by code when given, else by exact name. */
  existingCustomer(code: string | undefined, name: string): KnownCustomer | undefined {
    if (code) return this.byCode.get(key(code));
    const v = this.byName.get(key(name));
    return v && v !== 'ambiguous' && key(v.name) === key(name) ? v : undefined;
  }

  maySee(c: { ownerId: string | null }): boolean {
    const a = this.ctx.actor;
    if (!a) return true;
    return canSeeCustomer(a, c.ownerId, c.ownerId ? (this.reportsTo.get(c.ownerId) ?? null) : null);
  }
}

export function customerKey(code: string | undefined, name: string): string {
  return code ? `code:${key(code)}` : `name:${key(name)}`;
}
