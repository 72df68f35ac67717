// Sign-off and refusal. Ownership (or the stage responsibility) moves only when
// every required signer has signed, in the same transaction as the audit record.
import { type Lang } from '../../core/language.js';
import { tr } from '../../core/i18n/index.js';
import type { Member } from '../../core/team.js';
import { pickPending } from './pending.js';
import { supervisorOf } from './resolve.js';
import { stageLabel } from './render.js';
import type { HandoverEnv, Notice, Outcome } from './types.js';

export const QUARANTINE_DAYS = 30;
const DAY_MS = 86_400_000;

async function dm(
  env: HandoverEnv,
  memberId: string | null | undefined,
  text: string,
  key: string,
  kind = 'handover',
): Promise<Notice[]> {
  if (!memberId) return [];
  const chat = await env.repos.team.findDirectChat(memberId);
  return chat ? [{ chatId: chat.id, text, kind, dedupeKey: key, at: env.now }] : [];
}

export async function acknowledge(
  env: HandoverEnv,
  member: Member,
  id: string | undefined,
  lang: Lang,
): Promise<Outcome> {
  const { repos, now } = env;
  const pick = await pickPending(repos, member.id, id, lang);
  if (!pick.ok) return { reply: pick.reply, notices: [] };
  const batch = pick.one;
  const ids = await repos.handovers.signOpenSignoffs(batch.batchId, member.id, now);
  await repos.handovers.decideRecipient(batch.batchId, member.id, 'signed', now);

  // Handovers of this batch whose every signer has now signed.
  const ready = await repos.handovers.fullySigned(ids);
  for (const h of ready) await repos.handovers.transferResponsibility(h, now);
  if (ready.length) {
    await repos.handovers.closeSigned(
      ready.map((h) => h.id),
      now,
      new Date(now.getTime() + QUARANTINE_DAYS * DAY_MS),
    );
    await repos.audit.writeAudit(
      ready.map((h) => ({
        at: now,
        actor: member.id,
        action: 'handover.signed',
        entity: 'handover',
        entityId: h.id,
        details: {
          batch: batch.batchId,
          kind: h.kind,
          customerId: h.customerId,
          from: h.fromMemberId,
          to: h.toMemberId,
          stage: h.stage,
          ownerBefore: h.ownerId,
          ownerAfter: h.kind === 'stage' ? h.ownerId : h.toMemberId,
        },
      })),
    );
  }
  await repos.audit.writeAudit([
    {
      at: now,
      actor: member.id,
      action: 'handover.signoff',
      entity: 'handover_batch',
      entityId: batch.batchId,
      details: { role: batch.role, handovers: ids.length, completed: ready.length },
    },
  ]);

  const members = await repos.team.listMembers();
  const sender = batch.fromMemberId ?? batch.createdBy;
  const waiting = ids.length - ready.length;
  const names =
    ready
      .slice(0, 5)
      .map((h) => h.name)
      .join(tr(lang, 'handover.sign_off.text')) +
    (ready.length > 5 ? tr(lang, 'handover.sign_off.and_more', { length: ready.length, v: ready.length - 5 }) : '');
  const senderLang = members.find((m) => m.id === sender)?.language ?? 'zh';
  // A departing rep hears only the one "keep away" notice below; the creator hears of the sign-off instead.
  const notices: Notice[] =
    batch.kind === 'departure'
      ? []
      : [
          ...(await dm(
            env,
            sender,
            tr(senderLang, 'handover.sign_off.signed_off_handover', {
              name: member.name,
              batchId: batch.batchId,
              v: ready.length ? `：${names}` : '',
              v2: waiting ? `还有 ${waiting} 家等待其他人签收。` : '',
              v3: ready.length ? `: ${names}` : '',
              v4: waiting ? ` ${waiting} still wait for other signers.` : '',
            }),
            `handover-signed:${batch.batchId}:${member.id}`,
          )),
        ];
  if (batch.createdBy !== sender || batch.kind === 'departure')
    notices.push(
      ...(await dm(
        env,
        batch.createdBy,
        tr(members.find((m) => m.id === batch.createdBy)?.language ?? 'zh', 'handover.sign_off.signed_off_handover_2', {
          name: member.name,
          batchId: batch.batchId,
        }),
        `handover-signed:${batch.batchId}:${member.id}:creator`,
      )),
    );
  if (batch.kind === 'departure' && ready.length && batch.fromMemberId) {
    const all = await repos.handovers.batchCustomerNames(batch.batchId);
    const from = members.find((m) => m.id === batch.fromMemberId);
    const l = from?.language ?? 'zh';
    const list =
      all.slice(0, 10).join(tr(l, 'handover.sign_off.text')) +
      (all.length > 10 ? tr(l, 'handover.sign_off.and_more', { length: all.length, v: all.length - 10 }) : '');
    notices.push(
      ...(await dm(
        env,
        batch.fromMemberId,
        tr(l, 'handover.sign_off.handover_is_signed_now_have', { batchId: batch.batchId, list }),
        `handover-quarantine:${batch.batchId}`,
      )),
    );
  }
  const reply =
    ready.length === 0
      ? tr(lang, 'handover.sign_off.your_sign_off_on_is', { batchId: batch.batchId })
      : batch.kind === 'stage'
        ? tr(lang, 'handover.sign_off.signed_you_are_now_responsible', {
            batchId: batch.batchId,
            names,
            stageLabel: stageLabel(batch.stage ?? '', lang),
          })
        : tr(lang, 'handover.sign_off.signed_now_yours', {
            batchId: batch.batchId,
            names,
            v: waiting ? `另有 ${waiting} 家等待其他人签收。` : '',
            v2: ready.length === 1 ? 'is' : 'are',
            v3: waiting ? ` ${waiting} more wait for other signers.` : '',
          });
  return { reply, notices };
}

export async function refuse(
  env: HandoverEnv,
  member: Member,
  id: string | undefined,
  reason: string,
  lang: Lang,
): Promise<Outcome> {
  const { repos, now } = env;
  const pick = await pickPending(repos, member.id, id, lang);
  if (!pick.ok) return { reply: pick.reply, notices: [] };
  const batch = pick.one;
  await repos.handovers.decideRecipient(batch.batchId, member.id, 'refused', now, reason || null);
  const affected = await repos.handovers.refuseOpen(batch.batchId, member.id, reason || null, now);
  await repos.audit.writeAudit([
    {
      at: now,
      actor: member.id,
      action: 'handover.refused',
      entity: 'handover_batch',
      entityId: batch.batchId,
      details: { reason, handovers: affected },
    },
  ]);
  const members = await repos.team.listMembers();
  const sender = batch.fromMemberId ?? batch.createdBy;
  const boss = supervisorOf(members, member.id, sender);
  const why = reason || tr(lang, 'handover.sign_off.no_reason_given');
  const msg = (l: Lang) =>
    tr(l, 'handover.sign_off.refused_handover_customer_s_reason', {
      name: member.name,
      batchId: batch.batchId,
      length: affected.length,
      why,
    });
  const langOf = (id: string) => members.find((m) => m.id === id)?.language ?? 'zh';
  const notices = [
    ...(await dm(env, sender, msg(langOf(sender)), `handover-refused:${batch.batchId}:${member.id}:sender`)),
    ...(batch.createdBy !== sender
      ? await dm(
          env,
          batch.createdBy,
          msg(langOf(batch.createdBy)),
          `handover-refused:${batch.batchId}:${member.id}:creator`,
        )
      : []),
    ...(boss && boss.id !== sender && boss.id !== batch.createdBy
      ? await dm(
          env,
          boss.id,
          msg(boss.language),
          `handover-refused:${batch.batchId}:${member.id}:supervisor`,
          'escalation',
        )
      : []),
  ];
  return {
    reply: tr(lang, 'handover.sign_off.refused_handover_the_sender_and', { batchId: batch.batchId }),
    notices,
  };
}
