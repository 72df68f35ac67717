// Sign-off and refusal. Ownership (or the stage responsibility) moves only when
// every required signer has signed, in the same transaction as the audit record.
import { t, type Lang } from '../../core/language.js';
import type { Member } from '../../core/team.js';
import { listMembers, findDirectChat } from '../../db/repositories/team.js';
import { pickPending } from './pending.js';
import { supervisorOf } from './resolve.js';
import { stageLabel } from './render.js';
import { writeAudit } from './audit.js';
import type { HandoverEnv, Notice, Outcome } from './types.js';

export const QUARANTINE_DAYS = 30;
const DAY_MS = 86_400_000;

async function dm(env: HandoverEnv, memberId: string | null | undefined, text: string, key: string, kind = 'handover'): Promise<Notice[]> {
  if (!memberId) return [];
  const chat = await findDirectChat(env.db, memberId);
  return chat ? [{ chatId: chat.id, text, kind, dedupeKey: key, at: env.now }] : [];
}

export async function acknowledge(env: HandoverEnv, member: Member, id: string | undefined, lang: Lang): Promise<Outcome> {
  const { db, now } = env;
  const pick = await pickPending(db, member.id, id, lang);
  if (!pick.ok) return { reply: pick.reply, notices: [] };
  const batch = pick.one;
  const mine = await db.selectFrom('handover_signoffs as s').innerJoin('handovers as h', 'h.id', 's.handover_id')
    .select(['h.id']).where('h.batch_id', '=', batch.batchId).where('s.member_id', '=', member.id)
    .where('s.signed_at', 'is', null).where('h.status', 'in', ['pending', 'questioned']).execute();
  const ids = mine.map((r) => r.id);
  if (ids.length) await db.updateTable('handover_signoffs').set({ signed_at: now }).where('handover_id', 'in', ids).where('member_id', '=', member.id).execute();
  await db.updateTable('handover_recipients').set({ status: 'signed', decided_at: now })
    .where('batch_id', '=', batch.batchId).where('member_id', '=', member.id).execute();

  // Handovers of this batch whose every signer has now signed.
  const ready = ids.length === 0 ? [] : await db.selectFrom('handovers as h').innerJoin('customers as c', 'c.id', 'h.customer_id')
    .select(['h.id', 'h.kind', 'h.customer_id', 'h.from_member_id', 'h.to_member_id', 'h.stage', 'c.name', 'c.owner_id'])
    .where('h.id', 'in', ids)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('handover_signoffs as s2').select('s2.member_id')
      .whereRef('s2.handover_id', '=', 'h.id').where('s2.signed_at', 'is', null))))
    .execute();
  for (const h of ready) {
    if (h.kind === 'stage') {
      await db.insertInto('customer_responsibles').values({ customer_id: h.customer_id, stage: h.stage!, member_id: h.to_member_id, since: now })
        .onConflict((oc) => oc.columns(['customer_id', 'stage']).doUpdateSet({ member_id: h.to_member_id, since: now })).execute();
    } else {
      await db.updateTable('customers').set({ owner_id: h.to_member_id, updated_at: now }).where('id', '=', h.customer_id).execute();
    }
  }
  if (ready.length) {
    await db.updateTable('handovers').set({ status: 'signed', signed_at: now, closed_at: now }).where('id', 'in', ready.map((h) => h.id)).execute();
    await db.updateTable('handovers').set({ quarantine_until: new Date(now.getTime() + QUARANTINE_DAYS * DAY_MS) })
      .where('id', 'in', ready.map((h) => h.id)).where('kind', '=', 'departure').execute();
    await writeAudit(db, ready.map((h) => ({
      at: now, actor: member.id, action: 'handover.signed', entity: 'handover', entityId: h.id,
      details: ({
        batch: batch.batchId, kind: h.kind, customerId: h.customer_id, from: h.from_member_id, to: h.to_member_id, stage: h.stage,
        ownerBefore: h.owner_id, ownerAfter: h.kind === 'stage' ? h.owner_id : h.to_member_id,
      }),
    })));
  }
  await writeAudit(db, [{
    at: now, actor: member.id, action: 'handover.signoff', entity: 'handover_batch', entityId: batch.batchId,
    details: { role: batch.role, handovers: ids.length, completed: ready.length },
  }]);

  const members = await listMembers(db);
  const sender = batch.fromMemberId ?? batch.createdBy;
  const waiting = ids.length - ready.length;
  const names = ready.slice(0, 5).map((h) => h.name).join(t(lang, '、', ', ')) + (ready.length > 5 ? t(lang, ` 等 ${ready.length} 家`, ` and ${ready.length - 5} more`) : '');
  const senderLang = members.find((m) => m.id === sender)?.language ?? 'zh';
  // A departing rep hears only the one "keep away" notice below; the creator hears of the sign-off instead.
  const notices: Notice[] = batch.kind === 'departure' ? [] : [
    ...await dm(env, sender, t(senderLang, `✅ ${member.name} 已签收交接 ${batch.batchId}${ready.length ? `：${names}` : ''}。${waiting ? `还有 ${waiting} 家等待其他人签收。` : ''}`,
      `✅ ${member.name} signed off handover ${batch.batchId}${ready.length ? `: ${names}` : ''}.${waiting ? ` ${waiting} still wait for other signers.` : ''}`), `handover-signed:${batch.batchId}:${member.id}`),
  ];
  if (batch.createdBy !== sender || batch.kind === 'departure') notices.push(...await dm(env, batch.createdBy, t(members.find((m) => m.id === batch.createdBy)?.language ?? 'zh', `✅ ${member.name} 已签收交接 ${batch.batchId}。`, `✅ ${member.name} signed off handover ${batch.batchId}.`), `handover-signed:${batch.batchId}:${member.id}:creator`));
  if (batch.kind === 'departure' && ready.length && batch.fromMemberId) {
    const all = await db.selectFrom('handovers as h').innerJoin('customers as c', 'c.id', 'h.customer_id').select('c.name').where('h.batch_id', '=', batch.batchId).execute();
    const from = members.find((m) => m.id === batch.fromMemberId);
    const l = from?.language ?? 'zh';
    const list = all.slice(0, 10).map((c) => c.name).join(t(l, '、', ', ')) + (all.length > 10 ? t(l, ` 等 ${all.length} 家`, ` and ${all.length - 10} more`) : '');
    notices.push(...await dm(env, batch.fromMemberId, t(l,
      `🔒 交接 ${batch.batchId} 已签收：${list} 已由新同事负责。接下来一个月请不要再联系这些客户，也不会再收到它们的提醒；客户联系你时请转给新负责人。`,
      `🔒 Handover ${batch.batchId} is signed: ${list} now have a new owner. For the next month please do not contact these customers; you will get no reminders for them. If they contact you, pass them to the new owner.`),
    `handover-quarantine:${batch.batchId}`));
  }
  const reply = ready.length === 0
    ? t(lang, `已记录你的签收（${batch.batchId}）。还在等其他负责人签收。`, `Your sign-off on ${batch.batchId} is recorded. Other signers still have to sign.`)
    : batch.kind === 'stage'
      ? t(lang, `已签收 ${batch.batchId}：你现在是 ${names} 的${stageLabel(batch.stage ?? '', lang)}负责人。`, `Signed ${batch.batchId}: you are now ${stageLabel(batch.stage ?? '', lang)} responsible for ${names}.`)
      : t(lang, `已签收 ${batch.batchId}：${names} 现在归你负责。${waiting ? `另有 ${waiting} 家等待其他人签收。` : ''}`, `Signed ${batch.batchId}: ${names} ${ready.length === 1 ? 'is' : 'are'} now yours.${waiting ? ` ${waiting} more wait for other signers.` : ''}`);
  return { reply, notices };
}

export async function refuse(env: HandoverEnv, member: Member, id: string | undefined, reason: string, lang: Lang): Promise<Outcome> {
  const { db, now } = env;
  const pick = await pickPending(db, member.id, id, lang);
  if (!pick.ok) return { reply: pick.reply, notices: [] };
  const batch = pick.one;
  await db.updateTable('handover_recipients').set({ status: 'refused', decided_at: now, reason: reason || null })
    .where('batch_id', '=', batch.batchId).where('member_id', '=', member.id).execute();
  const affected = await db.updateTable('handovers').set({ status: 'refused', refuse_reason: reason || null, closed_at: now })
    .where('batch_id', '=', batch.batchId).where('status', 'in', ['pending', 'questioned'])
    .where((eb) => eb.exists(eb.selectFrom('handover_signoffs as s').select('s.member_id').whereRef('s.handover_id', '=', 'handovers.id').where('s.member_id', '=', member.id)))
    .returning('id').execute();
  await writeAudit(db, [{
    at: now, actor: member.id, action: 'handover.refused', entity: 'handover_batch', entityId: batch.batchId,
    details: { reason, handovers: affected.map((a) => a.id) },
  }]);
  const members = await listMembers(db);
  const sender = batch.fromMemberId ?? batch.createdBy;
  const boss = supervisorOf(members, member.id, sender);
  const why = reason || t(lang, '（未说明原因）', '(no reason given)');
  const msg = (l: Lang) => t(l, `⛔ ${member.name} 拒绝了交接 ${batch.batchId}（${affected.length} 家客户）。原因：${why}`, `⛔ ${member.name} refused handover ${batch.batchId} (${affected.length} customer(s)). Reason: ${why}`);
  const langOf = (id: string) => members.find((m) => m.id === id)?.language ?? 'zh';
  const notices = [
    ...await dm(env, sender, msg(langOf(sender)), `handover-refused:${batch.batchId}:${member.id}:sender`),
    ...(batch.createdBy !== sender ? await dm(env, batch.createdBy, msg(langOf(batch.createdBy)), `handover-refused:${batch.batchId}:${member.id}:creator`) : []),
    ...(boss && boss.id !== sender && boss.id !== batch.createdBy ? await dm(env, boss.id, msg(boss.language), `handover-refused:${batch.batchId}:${member.id}:supervisor`, 'escalation') : []),
  ];
  return { reply: t(lang, `已拒绝交接 ${batch.batchId}，已告知交出人和主管。`, `Refused handover ${batch.batchId}; the sender and the supervisor are told.`), notices };
}
