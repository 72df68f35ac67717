// Which customer a forwarded chat is with (issue 15), from everything the chat says:
// a `客户：`/`Customer:` line; a first line that is only a name; the merged-forward
// title "A和B的聊天记录"; the customer-side speakers' names and any phone numbers,
// against contacts; customer names in the text (mentionedCustomers). The rep's recent
// customer is a hint only: it is used when the chat names no people at all, and never
// when the chat's people are unknown to it. Anything unsure is a question with choices.
import type { Repositories } from '../../../deps.js';
import type { Customer } from '../../../core/customer.js';
import type { Member } from '../../../core/team.js';
import type { ParsedTranscript } from '../../../extract/types.js';
import { judge, mentionedCustomers, resolveCustomer } from './resolve.js';
import type { Team } from './visibility.js';
import { customerHeader } from '../intents/forwarded.js';

export type ForwardCustomer =
  | { kind: 'one'; customer: Customer }
  | { kind: 'forbidden'; customer: Customer }
  /** A header line naming a customer nobody knows: create it (the rep said so). */
  | { kind: 'new'; name: string }
  /** Unsure: ask. `candidates` first; `offerNew`: a name the chat gave that matches nothing. */
  | { kind: 'ask'; candidates: Customer[]; offerNew?: string };

/** "Maria Lopez和Lily的聊天记录", "Chat history of Maria and Lily" — a merged forward's title. */
const TITLE =
  /^\s*(.+?)\s*(?:和|与|&)\s*(.+?)\s*的聊天记录\s*$|^\s*chat history (?:of|between|with)\s+(.+?)\s+and\s+(.+?)\s*$/i;

export function mergedTitle(text: string): { people: string[]; body: string } | undefined {
  const first = text.split('\n', 1)[0] ?? '';
  const m = TITLE.exec(first);
  if (!m) return undefined;
  const people = [m[1] ?? m[3], m[2] ?? m[4]].filter((x): x is string => !!x).map((x) => x.trim());
  return { people, body: text.slice(first.length).trim() };
}

/** A first line that is only a name: short, no colon, no time, no sentence punctuation. */
export function nameLine(text: string): { name: string; body: string } | undefined {
  const lines = text.split('\n');
  const first = (lines[0] ?? '').trim();
  if (lines.length < 2 || !first || first.length > 40) return undefined;
  if (/[:：,，.。!！?？;；\d]/.test(first)) return undefined;
  if (first.split(/\s+/).length > 5) return undefined;
  return { name: first, body: lines.slice(1).join('\n').trim() };
}

const PHONE = /\+?\d[\d\s-]{6,}\d/g;

export interface ForwardSignals {
  text: string;
  parsed: ParsedTranscript;
  /** Names in a merged-forward title, the rep's own removed. */
  titlePeople: string[];
  /** The forwarding rep's names ("Lily Chen", "Lily", "陈莉"), never a customer's people. */
  repNames: string[];
  recent?: Customer;
}

/** Customers the chat's people (speakers, title names, phone numbers) are contacts of; and who matched nothing. */
async function peopleOf(
  repos: Repositories,
  s: ForwardSignals,
): Promise<{ matched: Map<string, Customer>; unknown: string[] }> {
  const reps = new Set(s.repNames.map((n) => n.toLowerCase()));
  const names = new Set<string>(s.titlePeople);
  for (const m of s.parsed.messages) if (m.role === 'customer' && m.speaker) names.add(m.speaker);
  const matched = new Map<string, Customer>();
  const unknown: string[] = [];
  for (const name of names) {
    if (reps.has(name.toLowerCase())) continue;
    const ids = (await repos.customerContacts.contactsNamed(name)).map((h) => h.customerId);
    for (const c of await repos.customers.searchCustomers(name))
      if (c.name.toLowerCase() === name.toLowerCase()) ids.push(c.id);
    if (ids.length === 0) unknown.push(name);
    for (const id of ids) {
      const c = matched.get(id) ?? (await repos.customers.findCustomerById(id));
      if (c) matched.set(c.id, c);
    }
  }
  for (const n of s.text.match(PHONE) ?? []) {
    for (const h of await repos.customerContacts.contactsWithNumber(n)) {
      const c = matched.get(h.customerId) ?? (await repos.customers.findCustomerById(h.customerId));
      if (c) matched.set(c.id, c);
    }
  }
  return { matched, unknown };
}

export async function forwardCustomer(
  repos: Repositories,
  team: Team,
  viewer: Member,
  s: ForwardSignals,
): Promise<ForwardCustomer> {
  const people = await peopleOf(repos, s);
  const named = await mentionedCustomers(repos, s.text);
  const all = new Map<string, Customer>([...people.matched, ...named.map((c) => [c.id, c] as const)]);
  if (all.size > 0) {
    const r = judge(team, viewer, [...all.values()]);
    if (r.kind === 'one' || r.kind === 'forbidden') return r;
    if (r.kind === 'many') return { kind: 'ask', candidates: r.customers };
  }
  // Nothing in the chat points at a customer. The recent one only when the chat names nobody.
  const namesSomeone = people.unknown.length > 0;
  if (s.recent && !namesSomeone) {
    const r = judge(team, viewer, [s.recent]);
    if (r.kind === 'one') return r;
  }
  return { kind: 'ask', candidates: s.recent ? [s.recent] : [] };
}

/** What a forwarded message says before the chat itself: a header line, a merged-forward title, a name line. */
export function chatPreamble(text: string): {
  header?: string;
  titlePeople: string[];
  firstLine?: string;
  body: string;
} {
  const header = customerHeader(text);
  let body = header.body;
  const title = mergedTitle(body);
  if (title) body = title.body;
  const line = !header.name && !title ? nameLine(body) : undefined;
  if (line) body = line.body;
  return { header: header.name, titlePeople: title?.people ?? [], firstLine: line?.name, body };
}

/** A name given on the chat's first line: known → that customer; unknown → offer to create it. */
export async function firstLineCustomer(
  repos: Repositories,
  viewer: Member,
  name: string,
): Promise<ForwardCustomer | undefined> {
  const r = await resolveCustomer(repos, viewer, name);
  if (r.kind === 'one' || r.kind === 'forbidden') return r;
  if (r.kind === 'many') return { kind: 'ask', candidates: r.customers };
  return undefined;
}
