// Sign-off and refusal. Ownership (or the stage responsibility) moves only when
// every required signer has signed, in the same transaction as the audit record.
import { t, type Lang } from '../../core/language.js';
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
      .join(t(lang, '、', ', ')) +
    (ready.length > 5 ? t(lang, ` 等 ${ready.length} 家`, ` and ${ready.length - 5} more`) : '');
  const senderLang = members.find((m) => m.id === sender)?.language ?? 'zh';
  // A departing rep hears only the one "keep away" notice below; the creator hears of the sign-off instead.
  const notices: Notice[] =
    batch.kind === 'departure'
      ? []
      : [
          ...(await dm(
            env,
            sender,
            t(
              senderLang,
              `✅ ${member.name} 已签收交接 ${batch.batchId}${ready.length ? `：${names}` : ''}。${waiting ? `还有 ${waiting} 家等待其他人签收。` : ''}`,
              `✅ ${member.name} signed off handover ${batch.batchId}${ready.length ? `: ${names}` : ''}.${waiting ? ` ${waiting} still wait for other signers.` : ''}`,
            ),
            `handover-signed:${batch.batchId}:${member.id}`,
          )),
        ];
  if (batch.createdBy !== sender || batch.kind === 'departure')
    notices.push(
      ...(await dm(
        env,
        batch.createdBy,
        t(
          members.find((m) => m.id === batch.createdBy)?.language ?? 'zh',
          `✅ ${member.name} 已签收交接 ${batch.batchId}。`,
          `✅ ${member.name} signed off handover ${batch.batchId}.`,
        ),
        `handover-signed:${batch.batchId}:${member.id}:creator`,
      )),
    );
  if (batch.kind === 'departure' && ready.length && batch.fromMemberId) {
    const all = await repos.handovers.batchCustomerNames(batch.batchId);
    const from = members.find((m) => m.id === batch.fromMemberId);
    const l = from?.language ?? 'zh';
    const list =
      all.slice(0, 10).join(t(l, '、', ', ')) +
      (all.length > 10 ? t(l, ` 等 ${all.length} 家`, ` and ${all.length - 10} more`) : '');
    notices.push(
      ...(await dm(
        env,
        batch.fromMemberId,
        t(
          l,
          `🔒 交接 ${batch.batchId} 已签收：${list} 已由新同事负责。接下来一个月请不要再联系这些客户，也不会再收到它们的提醒；客户联系你时请转给新负责人。`,
          `🔒 Handover ${batch.batchId} is signed: ${list} now have a new owner. For the next month please do not contact these customers; you will get no reminders for them. If they contact you, pass them to the new owner.`,
        ),
        `handover-quarantine:${batch.batchId}`,
      )),
    );
  }
  const reply =
    ready.length === 0
      ? t(
          lang,
          `已记录你的签收（${batch.batchId}）。还在等其他负责人签收。`,
          `Your sign-off on ${batch.batchId} is recorded. Other signers still have to sign.`,
        )
      : batch.kind === 'stage'
        ? t(
            lang,
            `已签收 ${batch.batchId}：你现在是 ${names} 的${stageLabel(batch.stage ?? '', lang)}负责人。`,
            `Signed ${batch.batchId}: you are now ${stageLabel(batch.stage ?? '', lang)} responsible for ${names}.`,
          )
        : t(
            lang,
            `已签收 ${batch.batchId}：${names} 现在归你负责。${waiting ? `另有 ${waiting} 家等待其他人签收。` : ''}`,
            `Signed ${batch.batchId}: ${names} ${ready.length === 1 ? 'is' : 'are'} now yours.${waiting ? ` ${waiting} more wait for other signers.` : ''}`,
          );
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
  const why = reason || t(lang, '（未说明原因）', '(no reason given)');
  const msg = (l: Lang) =>
    t(
      l,
      `⛔ ${member.name} 拒绝了交接 ${batch.batchId}（${affected.length} 家客户）。原因：${why}`,
      `⛔ ${member.name} refused handover ${batch.batchId} (${affected.length} customer(s)). Reason: ${why}`,
    );
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
    reply: t(
      lang,
      `已拒绝交接 ${batch.batchId}，已告知交出人和主管。`,
      `Refused handover ${batch.batchId}; the sender and the supervisor are told.`,
    ),
    notices,
  };
}
