// Which customer a member means: by code, name, alias or a contact's name ("张总"),
// filtered by what the member may see. Several matches are choices, never a guess.
import type { Repositories } from '../../../deps.js';
import type { Customer } from '../../../core/customer.js';
import type { Member } from '../../../core/team.js';
import { mayView, type Team } from './visibility.js';
import { visibleScope } from './scope.js';

export type Resolution =
  | { kind: 'one'; customer: Customer }
  | { kind: 'many'; customers: Customer[] }
  | { kind: 'none' }
  /** Only customers the member may not see matched. */
  | { kind: 'forbidden'; customer: Customer };

/**
 * Visibility is applied in SQL, before any limit: a dozen same-named customers the
 * member may not see never crowd out the one they may. The order of precedence is
 * that of a plain search: an exact code, name or alias first; then, only when no
 * customer at all has that exact name, partial names together with contact names.
 * Hidden matches only decide between "forbidden" and "none".
 */
export async function resolveCustomer(repos: Repositories, viewer: Member, term: string): Promise<Resolution> {
  const scope = visibleScope(viewer);
  const exact = await repos.customers.exactCustomers(term, LIMIT, scope);
  if (exact.length > 0) return chosen(exact);
  const [hiddenExact] = await repos.customers.exactCustomers(term, 1);
  if (hiddenExact) return { kind: 'forbidden', customer: hiddenExact };
  const found = new Map<string, Customer>();
  for (const c of await repos.customers.partialCustomers(term, LIMIT, scope)) found.set(c.id, c);
  for (const c of await repos.customers.customersWithContactNamed(term, scope)) found.set(c.id, c);
  if (found.size > 0) return chosen([...found.values()]);
  const [hidden] = [
    ...(await repos.customers.partialCustomers(term, 1)),
    ...(await repos.customers.customersWithContactNamed(term)),
  ];
  return hidden ? { kind: 'forbidden', customer: hidden } : { kind: 'none' };
}

/** How many matches a lookup offers as choices. */
const LIMIT = 10;

/** Matches the member may see: one, or choices in name order. */
function chosen(visible: Customer[]): Resolution {
  if (visible.length === 1) return { kind: 'one', customer: visible[0]! };
  return { kind: 'many', customers: visible.sort((a, b) => a.name.localeCompare(b.name)) };
}

export function judge(team: Team, viewer: Member, matches: Customer[]): Resolution {
  const visible = matches.filter((c) => mayView(team, viewer, c));
  if (visible.length === 1) return { kind: 'one', customer: visible[0]! };
  if (visible.length > 1) return { kind: 'many', customers: visible.sort((a, b) => a.name.localeCompare(b.name)) };
  if (matches.length > 0) return { kind: 'forbidden', customer: matches[0]! };
  return { kind: 'none' };
}

/**
 * Customers named anywhere in a text (a forwarded chat, a log line): full names,
 * aliases, codes and contact names first; otherwise a distinctive first word of a
 * name ("ACME" for "ACME Trading"), which may match several. Through the mention
 * index (src/core/mention-index.ts): the cost follows the text, not the customer count.
 */
export async function mentionedCustomers(repos: Repositories, text: string): Promise<Customer[]> {
  return repos.customerMentions.customersByIds(await repos.customerMentions.mentionedCustomerIds(text));
}

/** The customers a text names, judged for `viewer` as judge() does, with visibility applied in SQL. */
export async function resolveMentions(repos: Repositories, viewer: Member, text: string): Promise<Resolution> {
  const ids = await repos.customerMentions.mentionedCustomerIds(text);
  if (ids.length === 0) return { kind: 'none' };
  const visible = await repos.customerMentions.customersByIds(ids, visibleScope(viewer));
  if (visible.length === 1) return { kind: 'one', customer: visible[0]! };
  if (visible.length > 1) return { kind: 'many', customers: visible.sort((a, b) => a.name.localeCompare(b.name)) };
  const [first] = await repos.customerMentions.customersByIds(ids);
  return first ? { kind: 'forbidden', customer: first } : { kind: 'none' };
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
