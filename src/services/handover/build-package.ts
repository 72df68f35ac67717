// Assembles a handover package from data already loaded (load-package.ts does the
// reading). Pure, so every section can be tested without a database.
import type { Customer } from '../../core/customer.js';
import { checkCompleteness } from '../../core/handover/completeness.js';
import {
  classifyMoment,
  findPromises,
  findUnansweredQuestions,
  shorten,
  splitSaid,
  type SaidLine,
  type TimelineKind,
} from '../../core/handover/conversation.js';
import { MONEY_KINDS, type HandoverPackage } from '../../core/handover/package.js';
import type { PackageSources } from '../../core/handover/package-sources.js';

export interface PackageInput extends Omit<PackageSources, 'messages'> {
  now: Date;
  customer: Customer;
  ownerName: string | null;
  /**
   * Messages linked to the customer. `lines`, when the message was a forwarded
   * transcript, holds its speaker lines with their own times and sides.
   */
  messages: (PackageSources['messages'][number] & { lines?: SaidLine[] })[];
}

const RECENT_DAYS = 30;
const DAY_MS = 86_400_000;
const iso = (d: Date) => d.toISOString();
const day = (d: Date) => d.toISOString().slice(0, 10);
const round2 = (n: number) => Math.round(n * 100) / 100;

function nameTokens(names: string[]): string[] {
  // "Bob Li 李波" is also "Bob", "Li", "李波" in a transcript.
  return names.flatMap((n) => [n, ...n.split(/\s+/)]).filter((x) => x.length >= 2);
}

function buildTimeline(input: PackageInput, lines: SaidLine[]): HandoverPackage['timeline'] {
  const events: HandoverPackage['timeline'] = [];
  const add = (at: Date, kind: TimelineKind, text: string) =>
    events.push({ at: iso(at), kind, text: shorten(text, 100) });
  // The first thing the customer said (by its own time in a forwarded chat), else the first note.
  const firsts = [
    ...lines
      .filter((l) => l.side === 'theirs')
      .map((l) => ({ at: l.at, text: l.speaker ? `${l.speaker}: ${l.text}` : l.text })),
    ...input.followUps.map((f) => ({ at: f.happenedAt, text: f.summary ?? '' })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  const first = firsts[0];
  add(first?.at ?? input.customer.createdAt, 'first_inquiry', first?.text ?? '');
  for (const f of input.followUps) {
    const kind = classifyMoment(f.summary ?? '');
    if (kind) add(f.happenedAt, kind, f.summary ?? '');
  }
  for (const l of lines) {
    const kind = classifyMoment(l.text);
    if (kind) add(l.at, kind, l.speaker ? `${l.speaker}: ${l.text}` : l.text);
  }
  for (const n of input.needs) if (n.kind === 'sample') add(n.saidAt ?? n.createdAt, 'sample', n.evidence);
  for (const o of input.orders) {
    if (o.status === 'cancelled') continue;
    add(o.orderedAt, 'order', o.orderNo ?? '');
    if (o.shippedAt) add(o.shippedAt, 'shipped', o.orderNo ?? '');
    if (o.deliveredAt) add(o.deliveredAt, 'delivered', o.orderNo ?? '');
  }
  // One entry per kind and day is enough to read the story.
  const seen = new Set<string>();
  return events
    .sort((a, b) => a.at.localeCompare(b.at))
    .filter((e) => {
      const k = `${e.kind}:${e.at.slice(0, 10)}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}

function buildMoney(input: PackageInput): NonNullable<HandoverPackage['money']> {
  const paidBy = new Map<string, number>();
  let unlinkedPaidCny = 0;
  for (const p of input.payments) {
    if (!p.paidAt) continue;
    if (p.orderId) paidBy.set(p.orderId, (paidBy.get(p.orderId) ?? 0) + p.amount);
    else unlinkedPaidCny += p.currency === 'CNY' ? p.amount : 0;
  }
  const live = input.orders.filter((o) => o.status !== 'cancelled');
  const orders = live.map((o) => {
    const paid = round2(paidBy.get(o.id) ?? 0);
    return {
      orderNo: o.orderNo,
      orderedAt: day(o.orderedAt),
      status: o.status,
      currency: o.currency,
      amount: o.amount,
      paid,
      outstanding: round2(Math.max(0, o.amount - paid)),
    };
  });
  const outstandingCny = live.reduce((s, o) => {
    const rate = o.amount > 0 ? o.amountCny / o.amount : 1;
    return s + Math.max(0, o.amount - (paidBy.get(o.id) ?? 0)) * rate;
  }, 0);
  return {
    orders,
    totalOrderedCny: round2(live.reduce((s, o) => s + o.amountCny, 0)),
    outstandingCny: round2(Math.max(0, outstandingCny - unlinkedPaidCny)),
  };
}

export function buildPackage(input: PackageInput): HandoverPackage {
  const c = input.customer;
  const ourNames = nameTokens(input.team.flatMap((m) => [m.id, m.name]));
  const theirNames = nameTokens([
    ...input.contacts.map((x) => x.name),
    ...input.needs.map((n) => n.speaker ?? '').filter(Boolean),
  ]);
  const lines = input.messages
    .flatMap((m) => m.lines ?? splitSaid([m], ourNames, theirNames))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const fromNotes = input.followUps.map((f) => ({
    at: f.happenedAt,
    speaker: f.memberName,
    side: 'ours' as const,
    text: f.summary ?? '',
  }));
  const promises = findPromises([...lines, ...fromNotes].sort((a, b) => a.at.getTime() - b.at.getTime()));
  const questions = findUnansweredQuestions(lines);
  const completeness = checkCompleteness({
    needKinds: input.needs.map((n) => n.kind),
    contactCount: input.contacts.length,
  });
  const since = input.now.getTime() - RECENT_DAYS * DAY_MS;
  // A follow-up logged from a chat message is the same conversation: keep the note only.
  const bare = (x: string) => x.replace(/[^\p{L}\p{N}]/gu, '');
  const noted = (l: SaidLine) =>
    input.followUps.some(
      (f) =>
        Math.abs(f.happenedAt.getTime() - l.at.getTime()) < 60_000 &&
        [bare(l.text), bare(`${l.speaker ?? ''}${l.text}`)].includes(bare(f.summary ?? '')),
    );
  const last = [
    ...lines.filter((l) => !noted(l)).map((l) => ({ at: l.at, who: l.speaker, text: l.text })),
    ...input.followUps.map((f) => ({ at: f.happenedAt, who: f.memberName, text: f.summary ?? '' })),
  ]
    .filter((x) => x.text.trim())
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, 5);

  return {
    version: 1,
    builtAt: iso(input.now),
    customer: {
      id: c.id,
      code: c.code,
      name: c.name,
      aliases: c.aliases,
      country: c.country,
      language: c.language,
      tier: c.tier,
      stage: c.stage,
      ownerId: c.ownerId,
      ownerName: input.ownerName,
      notes: c.notes,
    },
    contacts: [...input.contacts].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary)),
    responsibles: input.responsibles,
    timeline: buildTimeline(input, lines),
    needs: input.needs
      .filter((n) => n.kind !== 'caution')
      .map((n) => ({
        kind: n.kind,
        slot: n.slot,
        value: n.value,
        evidence: n.evidence,
        speaker: n.speaker,
        saidAt: n.saidAt ? iso(n.saidAt) : null,
        money: MONEY_KINDS.includes(n.kind),
      })),
    recentChanges: input.changes
      .filter((x) => (x.saidAt ?? x.createdAt).getTime() >= since)
      .sort((a, b) => (b.saidAt ?? b.createdAt).getTime() - (a.saidAt ?? a.createdAt).getTime())
      .map((x) => ({
        kind: x.kind,
        from: x.fromValue,
        to: x.toValue,
        evidence: x.evidence,
        saidBy: x.saidBy,
        at: iso(x.saidAt ?? x.createdAt),
      })),
    openItems: {
      missingEssentials: [...completeness.missingEssentials],
      promises: promises.slice(0, 10).map((p) => ({ at: iso(p.at), speaker: p.speaker, text: shorten(p.text, 160) })),
      unansweredQuestions: questions
        .slice(-10)
        .map((q) => ({ at: iso(q.at), speaker: q.speaker, text: shorten(q.text, 160) })),
    },
    cautions: input.needs
      .filter((n) => n.kind === 'caution')
      .map((n) => ({
        text: String((n.value as { text?: unknown }).text ?? n.evidence),
        evidence: n.evidence,
        saidAt: n.saidAt ? iso(n.saidAt) : null,
      })),
    money: buildMoney(input),
    orderStatus: input.orders.map((o) => ({ orderNo: o.orderNo, orderedAt: day(o.orderedAt), status: o.status })),
    lastConversations: last.map((x) => ({ at: iso(x.at), who: x.who, text: shorten(x.text) })),
    completeness: {
      complete: completeness.complete,
      missing: [...completeness.missingEssentials, ...(completeness.noContact ? ['contact'] : [])],
    },
  };
}
