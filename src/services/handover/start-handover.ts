// Starting a handover: check who may hand what over, split a departure among the
// receivers, build each customer's package, and in one transaction record the
// batch, the handovers (with their package snapshots), who must sign, and the
// audit trail; the receivers get the package in their direct chat.
import { randomBytes } from 'node:crypto';
import { type Lang } from '../../core/language.js';
import { tr } from '../../core/i18n/index.js';
import type { Customer } from '../../core/customer.js';
import type { Member } from '../../core/team.js';
import { canHandOver } from '../../core/handover/permissions.js';
import { addWorkingDays } from '../../core/handover/deadline.js';
import { splitCustomers, type SplitMode } from '../../core/handover/split.js';
import type { HandoverCommand, HandoverStage } from '../../core/handover/parse-command.js';
import { filterPackageFor, type HandoverPackage } from '../../core/handover/package.js';
import { loadPackages } from './load-package.js';
import { resolveMember } from './resolve.js';
import { customerLine, fmtTime, missingText, stageLabel } from './render.js';
import { deliverPackage } from './deliver.js';
import type { HandoverEnv, Outcome } from './types.js';

export const SIGN_OFF_WORKING_DAYS = 3;

type Start = Extract<HandoverCommand, { kind: 'start' }>;

interface Plan {
  kind: 'customer' | 'departure' | 'stage';
  from: Member | undefined;
  stage?: HandoverStage;
  split: SplitMode | 'single';
  assignments: { receiver: Member; customers: Customer[] }[];
}

export type Prepared = { ok: false; reply: string } | { ok: true; plan: Plan; packages: Map<string, HandoverPackage> };

/** Everything that only reads: run it before the transaction. */
export async function prepareHandover(env: HandoverEnv, actor: Member, cmd: Start, lang: Lang): Promise<Prepared> {
  const { repos } = env;
  const members = (await repos.team.listMembers()).filter((m) => m.active);
  const receivers: Member[] = [];
  for (const term of cmd.receivers) {
    const m = resolveMember(members, term);
    if (!m) return { ok: false, reply: tr(lang, 'handover.start_handover.i_don_t_know_a', { term }) };
    if (!receivers.includes(m)) receivers.push(m);
  }
  const reportsTo = (id: string | null) => (id ? (members.find((m) => m.id === id)?.reportsTo ?? null) : null);

  let kind: Plan['kind'];
  let from: Member | undefined;
  let customers: Customer[];
  const target = cmd.target;
  if ('all' in target) {
    // A departing rep may already be marked inactive; still find them.
    from = resolveMember(await repos.team.listMembers(), target.all);
    if (!from)
      return {
        ok: false,
        reply: tr(lang, 'handover.start_handover.i_don_t_know_a_2', { all: target.all }),
      };
    if (!canHandOver(actor, from.id, from.reportsTo)) {
      return {
        ok: false,
        reply: tr(lang, 'handover.start_handover.you_may_not_hand_over', { name: from.name }),
      };
    }
    customers = await repos.customers.listCustomers({ ownerIds: [from.id] });
    if (customers.length === 0)
      return { ok: false, reply: tr(lang, 'handover.start_handover.owns_no_customers', { name: from.name }) };
    kind = 'departure';
  } else {
    customers = [];
    for (const term of target.customers) {
      const found = await repos.customers.searchCustomers(term, 5);
      if (found.length === 0)
        return { ok: false, reply: tr(lang, 'handover.start_handover.no_customer_matches', { term }) };
      if (found.length > 1) {
        return {
          ok: false,
          reply:
            tr(lang, 'handover.start_handover.matches_several_customers_use_the', { term }) +
            found.map((c) => `${c.name} ${c.code}`).join(', '),
        };
      }
      const c = found[0]!;
      if (!canHandOver(actor, c.ownerId, reportsTo(c.ownerId))) {
        return {
          ok: false,
          reply: tr(lang, 'handover.start_handover.you_may_not_hand_over_2', { name: c.name }),
        };
      }
      if (!customers.some((x) => x.id === c.id)) customers.push(c);
    }
    kind = cmd.stage ? 'stage' : 'customer';
    const owners = [...new Set(customers.map((c) => c.ownerId))];
    from = owners.length === 1 && owners[0] ? members.find((m) => m.id === owners[0]) : undefined;
  }
  if (kind !== 'stage' && receivers.some((r) => customers.every((c) => c.ownerId === r.id))) {
    return {
      ok: false,
      reply: tr(lang, 'handover.start_handover.the_receiver_already_owns_these'),
    };
  }
  const open = await repos.handovers.customersWithOpenHandover(customers.map((c) => c.id));
  if (open.size > 0) {
    const names = customers
      .filter((c) => open.has(c.id))
      .slice(0, 5)
      .map((c) => c.name)
      .join(', ');
    return {
      ok: false,
      reply: tr(lang, 'handover.start_handover.these_customers_already_have_a', { names }),
    };
  }

  const split: Plan['split'] = receivers.length === 1 ? 'single' : (cmd.split ?? 'balanced');
  const revOf = await repos.handovers.revenueByCustomer(customers.map((c) => c.id));
  const parts =
    split === 'single'
      ? new Map([[receivers[0]!.id, customers]])
      : splitCustomers(
          customers.map((c) => ({ ...c, revenue: revOf.get(c.id) ?? 0 })),
          receivers.map((r) => r.id),
          split,
        );
  const assignments = receivers
    .map((r) => ({ receiver: r, customers: parts.get(r.id) ?? [] }))
    .filter((a) => a.customers.length > 0);

  const packages = await loadPackages(repos, customers, env.now, env.tz);
  return { ok: true, plan: { kind, from, stage: cmd.stage, split, assignments }, packages };
}

/** The writes: call inside the message's transaction. */
export async function recordHandover(
  env: HandoverEnv,
  actor: Member,
  prep: Extract<Prepared, { ok: true }>,
  lang: Lang,
): Promise<Outcome & { batchId: string }> {
  const { repos, now } = env;
  const { plan, packages } = prep;
  const members = await repos.team.listMembers();
  const id = await repos.handovers.nextBatchId();
  const due = addWorkingDays(now, SIGN_OFF_WORKING_DAYS, env.tz);
  await repos.handovers.insertBatch({
    id,
    kind: plan.kind,
    fromMemberId: plan.from?.id ?? null,
    stage: plan.stage ?? null,
    split: plan.split,
    createdBy: actor.id,
    createdAt: now,
    dueAt: due,
    lang,
  });

  // Who signs each handover: the receiver, plus (tier A) everyone else responsible for the customer.
  const extraRoles = new Map<string, string>();
  const rows = await repos.handovers.responsiblesOf([...packages.keys()]);
  const handoverRows: { customerId: string; receiver: Member; signers: { memberId: string; role: string }[] }[] = [];
  for (const a of plan.assignments) {
    for (const c of a.customers) {
      const signers = [{ memberId: a.receiver.id, role: 'receiver' }];
      if (c.tier === 'A') {
        for (const r of rows.filter((x) => x.customerId === c.id)) {
          const m = members.find((x) => x.id === r.memberId);
          if (
            !m?.active ||
            r.memberId === a.receiver.id ||
            r.memberId === plan.from?.id ||
            signers.some((s) => s.memberId === r.memberId)
          )
            continue;
          if (plan.kind === 'stage' && r.stage === plan.stage) continue; // the person being replaced
          signers.push({ memberId: r.memberId, role: r.stage });
          if (!extraRoles.has(r.memberId)) extraRoles.set(r.memberId, r.stage);
        }
      }
      handoverRows.push({ customerId: c.id, receiver: a.receiver, signers });
    }
  }
  const inserted = await repos.handovers.insertHandovers(
    handoverRows.map((h) => ({
      kind: plan.kind,
      customerId: h.customerId,
      fromMemberId: plan.from?.id ?? null,
      toMemberId: h.receiver.id,
      stage: plan.stage ?? null,
      package: packages.get(h.customerId),
      createdBy: actor.id,
      createdAt: now,
      dueAt: due,
      batchId: id,
    })),
  );
  const hoId = new Map(inserted.map((r) => [`${r.customerId}:${r.toMemberId}`, r.id]));
  await repos.handovers.insertSignoffs(
    handoverRows.flatMap((h) =>
      h.signers.map((s) => ({
        handoverId: hoId.get(`${h.customerId}:${h.receiver.id}`)!,
        memberId: s.memberId,
        role: s.role,
      })),
    ),
  );
  const recipients = [
    ...plan.assignments.map((a) => ({ memberId: a.receiver.id, role: 'receiver' })),
    ...[...extraRoles.entries()]
      .filter(([m]) => !plan.assignments.some((a) => a.receiver.id === m))
      .map(([memberId, role]) => ({ memberId, role })),
  ].map((r) => ({ ...r, token: randomBytes(12).toString('base64url') }));
  await repos.handovers.insertRecipients(id, recipients);
  await repos.audit.writeAudit(
    inserted.map((h) => ({
      at: now,
      actor: actor.id,
      action: 'handover.started',
      entity: 'handover',
      entityId: h.id,
      details: {
        batch: id,
        kind: plan.kind,
        customerId: h.customerId,
        from: plan.from?.id ?? null,
        to: h.toMemberId,
        stage: plan.stage ?? null,
        due: due.toISOString(),
      },
    })),
  );

  const notices = [];
  for (const r of recipients) {
    const member = members.find((m) => m.id === r.memberId)!;
    const theirs = handoverRows
      .filter((h) => h.signers.some((s) => s.memberId === r.memberId))
      .map((h) => filterPackageFor(packages.get(h.customerId)!, member.role));
    const n = await deliverPackage(env, {
      batchId: id,
      kind: plan.kind,
      stage: plan.stage,
      from: plan.from,
      actor,
      recipient: member,
      role: r.role,
      token: r.token,
      packages: theirs,
      due,
    });
    if (n) notices.push(n);
  }
  return {
    batchId: id,
    reply: startReply(env, id, plan, packages, due, lang, notices.length, recipients.length),
    notices,
  };
}

function startReply(
  env: HandoverEnv,
  id: string,
  plan: Plan,
  packages: Map<string, HandoverPackage>,
  due: Date,
  lang: Lang,
  delivered: number,
  recipients: number,
): string {
  const to = plan.assignments
    .map((a) => `${a.receiver.name}${plan.assignments.length > 1 ? ` ×${a.customers.length}` : ''}`)
    .join(tr(lang, 'handover.start_handover.text'));
  const what =
    plan.kind === 'stage'
      ? tr(lang, 'handover.start_handover.stage', { stageLabel: stageLabel(plan.stage!, lang) })
      : plan.kind === 'departure'
        ? tr(lang, 'handover.start_handover.all_customers_of', { v: plan.from?.name ?? '', size: packages.size })
        : '';
  const lines = [
    tr(lang, 'handover.start_handover.handover_started_sign_off_due', {
      id,
      what,
      to,
      fmtTime: fmtTime(due, env.tz),
      v: what ? `${what} ` : '',
    }),
  ];
  const gaps = [...packages.values()].filter((p) => !p.completeness.complete);
  if (gaps.length === 0) lines.push(tr(lang, 'handover.start_handover.completeness_check_nothing_missing'));
  else {
    lines.push(tr(lang, 'handover.start_handover.completeness_check_customer_s_have', { length: gaps.length }));
    for (const p of gaps.slice(0, 10))
      lines.push(
        `- ${customerLine(p, lang)}: ${tr(lang, 'handover.start_handover.missing')} ${missingText(p.completeness.missing, lang)}`,
      );
    if (gaps.length > 10) lines.push(tr(lang, 'handover.start_handover.and_more', { v: gaps.length - 10 }));
  }
  if (delivered < recipients) lines.push(tr(lang, 'handover.start_handover.some_receivers_have_no_direct'));
  return lines.join('\n');
}
