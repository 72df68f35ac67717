// Reminder digests: for each contact window that has opened today, each rep gets
// ONE message listing their customers due today or overdue in that window's
// tiers. The digest row (rep, day, window) and the per-customer reminder rows are
// claimed in the same transaction as the outbox row, so a second replica or a
// re-run inserts nothing and sends nothing; a window missed by a restart is still
// "opened" later the same day and is caught up then.
import type { AppDeps, Repositories } from '../../deps.js';
import type { DueCustomer } from '../../core/records.js';
import type { CadencePolicy, CadenceTier } from '../../core/cadence/policy.js';
import { mayRemind, openedWindows, tiersOfWindow, type WindowSlot } from '../../core/cadence/schedule.js';
import { addDays, daysBetween, localDay, parseIsoDay, zonedInstant } from '../../core/cadence/zoned-time.js';
import type { Lang } from '../../core/language.js';
import { talkingPoints } from './talking-points.js';
import { DIGEST_DETAIL_LIMIT, digestText, windowLabel, type DigestItem } from './digest-text.js';
import { loadTemplates, renderOpening } from './templates.js';
import { quarantinedCustomerIds } from '../handover/quarantine.js';

export async function runReminders(
  deps: Pick<AppDeps, 'repos' | 'logger'>,
  now: Date,
  policy: CadencePolicy,
  tz: string,
): Promise<string[]> {
  await deps.repos.cadence.registerDues(now);
  const ids: string[] = [];
  for (const w of openedWindows(now, policy, tz)) ids.push(...(await remindWindow(deps, w, now, policy, tz)));
  return ids;
}

async function remindWindow(
  deps: Pick<AppDeps, 'repos' | 'logger'>,
  w: WindowSlot,
  now: Date,
  policy: CadencePolicy,
  tz: string,
): Promise<string[]> {
  const endOfDay = zonedInstant(addDays(parseIsoDay(w.day), 1), 0, 0, tz);
  const due = await deps.repos.cadence.listDue(endOfDay, tiersOfWindow(w.name, policy));
  const byOwner = new Map<string, DueCustomer[]>();
  for (const c of due) byOwner.set(c.ownerId, [...(byOwner.get(c.ownerId) ?? []), c]);
  const ids: string[] = [];
  for (const [ownerId, ownerDue] of byOwner) {
    const owner = await deps.repos.team.findMember(ownerId);
    if (!owner?.active) continue; // a departed owner's customers escalate instead
    // After a departure handover the old rep must leave those customers alone.
    const quarantined = new Set(await quarantinedCustomerIds(deps.repos, ownerId, now));
    const customers = ownerDue.filter((c) => !quarantined.has(c.id));
    if (customers.length === 0) continue;
    const chat = await deps.repos.team.findDirectChat(ownerId);
    if (!chat) {
      deps.logger.warn({ ownerId }, 'rep has no direct chat with Baton; no reminder sent');
      continue;
    }
    ids.push(
      ...(await deps.repos.transaction(async (tx) => {
        if (!(await tx.cadence.claimDigest(ownerId, w.day, w.name, now))) return [];
        const items = await claimCustomers(tx, customers, ownerId, w, now, policy);
        if (items.length === 0) return [];
        const lang: Lang = owner.language;
        // Oldest first: overdue customers lead; only the first few get talking points.
        const detailed = await buildItems(tx, items.slice(0, DIGEST_DETAIL_LIMIT), lang, now, policy, tz);
        const brief = items.slice(DIGEST_DETAIL_LIMIT).map((c) => briefItem(c, now, tz));
        const text = digestText(lang, windowLabel(w.name, lang), [...detailed, ...brief], tz);
        const out = await tx.outbox.enqueue([
          {
            chatId: chat.id,
            text,
            kind: 'digest',
            dedupeKey: `cadence:digest:${ownerId}:${w.day}:${w.name}`,
            at: now,
          },
        ]);
        const overdue = items.filter((c) => daysBetween(localDay(c.nextFollowUpAt, tz), parseIsoDay(w.day)) > 0).length;
        await tx.cadence.finishDigest(ownerId, w.day, w.name, {
          outboxId: out[0] ?? null,
          due: items.length - overdue,
          overdue,
        });
        return out;
      })),
    );
  }
  return ids;
}

/** Customers this digest may name: not yet reminded today, under their tier's cap. */
async function claimCustomers(
  tx: Repositories,
  customers: DueCustomer[],
  ownerId: string,
  w: WindowSlot,
  now: Date,
  policy: CadencePolicy,
): Promise<DueCustomer[]> {
  const since = new Date(now.getTime() - 30 * 86_400_000);
  const recent = await tx.cadence.remindedSince(
    customers.map((c) => c.id),
    since,
  );
  const earlier = new Map<string, Date[]>();
  for (const r of recent) earlier.set(r.customerId, [...(earlier.get(r.customerId) ?? []), r.remindedAt]);
  const allowed = customers.filter((c) => mayRemind(c.tier as CadenceTier, earlier.get(c.id) ?? [], now, policy));
  if (allowed.length === 0) return [];
  const got = await tx.cadence.claimReminders(
    allowed.map((c) => ({ customerId: c.id, dueAt: c.nextFollowUpAt })),
    ownerId,
    w.day,
    w.name,
    now,
  );
  return allowed.filter((c) => got.has(c.id));
}

async function buildItems(
  tx: Repositories,
  customers: DueCustomer[],
  repLang: Lang,
  now: Date,
  policy: CadencePolicy,
  tz: string,
): Promise<DigestItem[]> {
  const points = await talkingPoints(
    tx,
    customers.map((c) => c.id),
  );
  const templates = loadTemplates(policy);
  const recentDelivery = await tx.cadence.deliveredWithin60Days(
    customers.map((c) => c.id),
    now,
  );
  const today = localDay(now, tz);
  return customers.map((c) => {
    const p = points.get(c.id)!;
    const lang = (c.language as Lang | null) ?? repLang;
    const opening = renderOpening(templates, {
      stage: c.stage,
      needKinds: p.needs.map((n) => n.kind),
      lang,
      contact: p.contact ?? c.name,
      product: p.product,
      today,
      afterDelivery: recentDelivery.has(c.id),
    });
    const overdueDays = Math.max(0, daysBetween(localDay(c.nextFollowUpAt, tz), today));
    return {
      name: c.name,
      code: c.code,
      tier: c.tier,
      dueAt: c.nextFollowUpAt,
      overdueDays,
      lastContactAt: c.lastContactAt,
      points: p,
      opening,
      openingLang: lang,
    };
  });
}

function briefItem(c: DueCustomer, now: Date, tz: string): DigestItem {
  return {
    name: c.name,
    code: c.code,
    tier: c.tier,
    dueAt: c.nextFollowUpAt,
    lastContactAt: c.lastContactAt,
    opening: '',
    openingLang: 'en',
    overdueDays: Math.max(0, daysBetween(localDay(c.nextFollowUpAt, tz), localDay(now, tz))),
    points: { needs: [], unknown: [], last: null, contact: null, product: null },
  };
}
