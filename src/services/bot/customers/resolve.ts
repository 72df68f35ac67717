// Which customer a member means: by code, name, alias or a contact's name ("张总"),
// filtered by what the member may see. Several matches are choices, never a guess.
import type { Repositories } from '../../../deps.js';
import type { Customer } from '../../../core/customer.js';
import type { Member } from '../../../core/team.js';
import { mayView, type Team } from './visibility.js';

export type Resolution =
  | { kind: 'one'; customer: Customer }
  | { kind: 'many'; customers: Customer[] }
  | { kind: 'none' }
  /** Only customers the member may not see matched. */
  | { kind: 'forbidden'; customer: Customer };

export async function resolveCustomer(
  repos: Repositories,
  team: Team,
  viewer: Member,
  term: string,
): Promise<Resolution> {
  const found = new Map<string, Customer>();
  for (const c of await repos.customers.searchCustomers(term)) found.set(c.id, c);
  if (found.size === 0 || !(await exactHit(found, term))) {
    for (const h of await repos.customerContacts.contactsNamed(term)) {
      const c = found.get(h.customerId) ?? (await repos.customers.findCustomerById(h.customerId));
      if (c) found.set(c.id, c);
    }
  }
  return judge(team, viewer, [...found.values()]);
}

async function exactHit(found: Map<string, Customer>, term: string): Promise<boolean> {
  const t = term.toLowerCase();
  return [...found.values()].some(
    (c) => c.name.toLowerCase() === t || c.code.toLowerCase() === t || c.aliases.some((a) => a.toLowerCase() === t),
  );
}

export function judge(team: Team, viewer: Member, matches: Customer[]): Resolution {
  const visible = matches.filter((c) => mayView(team, viewer, c));
  if (visible.length === 1) return { kind: 'one', customer: visible[0]! };
  if (visible.length > 1) return { kind: 'many', customers: visible.sort((a, b) => a.name.localeCompare(b.name)) };
  if (matches.length > 0) return { kind: 'forbidden', customer: matches[0]! };
  return { kind: 'none' };
}

const LATIN = /^[\p{Script=Latin}\d\s.&'-]+$/u;

function appears(text: string, name: string): boolean {
  const n = name.trim().toLowerCase();
  if (n.length < 2) return false;
  const hay = text.toLowerCase();
  if (!LATIN.test(n)) return hay.includes(n);
  const re = new RegExp(`(^|[^\\p{L}\\d])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\d])`, 'u');
  return re.test(hay);
}

/**
 * Customers named anywhere in a text (a forwarded chat, a log line): full names,
 * aliases, codes and contact names first; otherwise a distinctive first word of a
 * name ("ACME" for "ACME Trading"), which may match several. Reads every customer
 * (listCustomers has no cap, so a customer past the 1,000th is still found); the
 * cost grows with the customer count until mentions go through an index.
 */
export async function mentionedCustomers(repos: Repositories, text: string): Promise<Customer[]> {
  const customers = await repos.customers.listCustomers();
  const contacts = await repos.customerContacts.allContacts();
  const hit = new Set<string>();
  for (const c of customers) {
    if ([c.name, c.code, ...c.aliases].some((n) => appears(text, n))) hit.add(c.id);
  }
  for (const k of contacts) if (appears(text, k.name)) hit.add(k.customerId);
  if (hit.size === 0) {
    for (const c of customers) {
      const first = c.name.split(/\s+/)[0] ?? '';
      if (first.length >= 3 && first !== c.name && appears(text, first)) hit.add(c.id);
    }
  }
  return customers.filter((c) => hit.has(c.id));
}

/** The customer this member was last talking about, if within `withinMs`. */
export async function recentCustomer(
  repos: Repositories,
  memberId: string,
  now: Date,
  withinMs: number,
): Promise<Customer | undefined> {
  const id = await repos.botContext.recentCustomerId(memberId, new Date(now.getTime() - withinMs));
  return id ? repos.customers.findCustomerById(id) : undefined;
}
