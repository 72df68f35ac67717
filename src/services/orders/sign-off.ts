// The order clerk's side of a production sheet, like the handover sign-off: "确认" /
// "ack" acknowledges it (the rep hears), a question goes to the rep, and the rep's
// answer comes back to the clerk, who then acknowledges.
import { t, type Lang } from '../../core/language.js';
import type { Member } from '../../core/team.js';
import type { SheetRecord } from '../../core/orders/records.js';
import { fmtDay } from './render-sheet.js';
import type { Notice, OrdersEnv, Outcome } from './store.js';

async function pick(env: OrdersEnv, member: Member, id: string | undefined, lang: Lang): Promise<SheetRecord | string> {
  const pending = await env.store.pendingSheetsFor(member.id);
  if (id) {
    const s = pending.find((p) => p.id === id);
    if (s) return s;
    const any = await env.store.findSheet(id);
    if (any?.status === 'acknowledged')
      return t(lang, `生产单 ${id} 已经确认过了。`, `Production sheet ${id} is already acknowledged.`);
    if (any?.status === 'superseded')
      return t(
        lang,
        `生产单 ${id} 已被新版本取代，请确认最新版本。`,
        `Production sheet ${id} was replaced by a newer version; please acknowledge the latest.`,
      );
    return t(lang, `没有等你确认的生产单 ${id}。`, `No production sheet ${id} is waiting for you.`);
  }
  if (pending.length === 1) return pending[0]!;
  if (pending.length === 0) return t(lang, '没有等你确认的生产单。', 'No production sheet is waiting for you.');
  return t(
    lang,
    `有 ${pending.length} 张生产单等你确认：${pending.map((p) => p.id).join('、')}。请回复“确认 ${pending[0]!.id}”。`,
    `${pending.length} production sheets are waiting for you: ${pending.map((p) => p.id).join(', ')}. Reply "ack ${pending[0]!.id}".`,
  );
}

async function repNotice(env: OrdersEnv, sheet: SheetRecord, key: string, zh: string, en: string): Promise<Notice[]> {
  if (!sheet.repId) return [];
  const dm = await env.store.findDirectChat(sheet.repId);
  if (!dm) return [];
  return [{ chatId: dm.id, kind: 'notice', at: env.now, dedupeKey: key, text: t(dm.language ?? 'zh', zh, en) }];
}

export async function acknowledgeSheet(
  env: OrdersEnv,
  member: Member,
  id: string | undefined,
  lang: Lang,
): Promise<Outcome> {
  const sheet = await pick(env, member, id, lang);
  if (typeof sheet === 'string') return { reply: sheet, notices: [] };
  await env.store.acknowledgeSheet(sheet.id, member.id, env.now);
  const customer = await env.store.findCustomerById(sheet.customerId);
  const name = customer?.name ?? '';
  const notices = await repNotice(
    env,
    sheet,
    `order-acked:${sheet.id}`,
    `✅ ${member.name} 已确认生产单 ${sheet.id}（${name} v${sheet.version}），${fmtDay(env.now, env.tz)}。`,
    `✅ ${member.name} acknowledged production sheet ${sheet.id} (${name} v${sheet.version}) at ${fmtDay(env.now, env.tz)}.`,
  );
  return {
    notices,
    reply: t(
      lang,
      `✅ 已确认生产单 ${sheet.id}（${name} v${sheet.version}），已告知业务。`,
      `✅ Production sheet ${sheet.id} (${name} v${sheet.version}) acknowledged; the rep is told.`,
    ),
  };
}

export async function askAboutSheet(
  env: OrdersEnv,
  member: Member,
  id: string | undefined,
  question: string,
  lang: Lang,
): Promise<Outcome> {
  const sheet = await pick(env, member, id, lang);
  if (typeof sheet === 'string') return { reply: sheet, notices: [] };
  const to = sheet.repId ?? sheet.createdBy;
  if (!to) return { reply: t(lang, '这张生产单没有业务可问。', 'This sheet has no rep to ask.'), notices: [] };
  await env.store.insertSheetQuestion({
    sheetId: sheet.id,
    askedBy: member.id,
    askedTo: to,
    question,
    askedAt: env.now,
  });
  const customer = await env.store.findCustomerById(sheet.customerId);
  const members = await env.store.listMembers();
  const repName = members.find((m) => m.id === to)?.name ?? to;
  const dm = await env.store.findDirectChat(to);
  const notices: Notice[] = dm
    ? [
        {
          chatId: dm.id,
          kind: 'notice',
          at: env.now,
          dedupeKey: `order-q:${sheet.id}:${env.now.getTime()}`,
          text: t(
            dm.language ?? 'zh',
            `❓ ${member.name} 对生产单 ${sheet.id}（${customer?.name ?? ''}）提问：\n${question}\n直接回复即可，答复会转给${member.name}。`,
            `❓ ${member.name} asks about production sheet ${sheet.id} (${customer?.name ?? ''}):\n${question}\nJust reply; your answer goes to ${member.name}.`,
          ),
        },
      ]
    : [];
  return {
    notices,
    reply: t(
      lang,
      `问题已转给 ${repName}。回复到了我会转给你；确认时回复“确认”。`,
      `Your question went to ${repName}. I'll pass the answer on; reply "ack" when you're satisfied.`,
    ),
  };
}

/** The rep's answer to the oldest open sheet question; undefined when none is open. */
export async function answerSheetQuestion(
  env: OrdersEnv,
  member: Member,
  answer: string,
  lang: Lang,
): Promise<Outcome | undefined> {
  const q = await env.store.openSheetQuestionTo(member.id);
  if (!q) return undefined;
  await env.store.answerSheetQuestion(q.id, answer, env.now);
  const dm = await env.store.findDirectChat(q.askedBy);
  const notices: Notice[] = dm
    ? [
        {
          chatId: dm.id,
          kind: 'notice',
          at: env.now,
          dedupeKey: `order-answer:${q.id}`,
          text: t(
            dm.language ?? 'zh',
            `💬 ${member.name} 回复了你关于生产单 ${q.sheetId} 的问题：\n${answer}\n没问题请回复“确认”。`,
            `💬 ${member.name} answered your question on production sheet ${q.sheetId}:\n${answer}\nReply "ack" when it's clear.`,
          ),
        },
      ]
    : [];
  return { notices, reply: t(lang, '答复已转给跟单。', 'Your answer went to the order clerk.') };
}
