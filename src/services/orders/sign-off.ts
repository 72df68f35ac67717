// The order clerk's side of a production sheet, like the handover sign-off: "确认" /
// "ack" acknowledges it (the rep hears), a question goes to the rep, and the rep's
// answer comes back to the clerk, who then acknowledges.
import { type Lang } from '../../core/language.js';
import { tr } from '../../core/i18n/index.js';
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
      return tr(lang, 'orders.sign_off.production_sheet_is_already_acknowledged', { id });
    if (any?.status === 'superseded') return tr(lang, 'orders.sign_off.production_sheet_was_replaced_by', { id });
    return tr(lang, 'orders.sign_off.no_production_sheet_is_waiting', { id });
  }
  if (pending.length === 1) return pending[0]!;
  if (pending.length === 0) return tr(lang, 'orders.sign_off.no_production_sheet_is_waiting_2');
  return tr(lang, 'orders.sign_off.production_sheets_are_waiting_for', {
    length: pending.length,
    join: pending.map((p) => p.id).join('、'),
    id: pending[0]!.id,
    join2: pending.map((p) => p.id).join(', '),
  });
}

async function repNotice(
  env: OrdersEnv,
  sheet: SheetRecord,
  key: string,
  text: (lang: Lang) => string,
): Promise<Notice[]> {
  if (!sheet.repId) return [];
  const dm = await env.store.findDirectChat(sheet.repId);
  if (!dm) return [];
  return [{ chatId: dm.id, kind: 'notice', at: env.now, dedupeKey: key, text: text(dm.language ?? 'zh') }];
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
  const notices = await repNotice(env, sheet, `order-acked:${sheet.id}`, (l) =>
    tr(l, 'orders.sign_off.acknowledged_production_sheet_v_at', {
      name: member.name,
      id: sheet.id,
      name2: name,
      version: sheet.version,
      fmtDay: fmtDay(env.now, env.tz),
    }),
  );
  return {
    notices,
    reply: tr(lang, 'orders.sign_off.production_sheet_v_acknowledged_the', {
      id: sheet.id,
      name,
      version: sheet.version,
    }),
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
  if (!to) return { reply: tr(lang, 'orders.sign_off.this_sheet_has_no_rep'), notices: [] };
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
          text: tr(dm.language ?? 'zh', 'orders.sign_off.asks_about_production_sheet_just', {
            name: member.name,
            id: sheet.id,
            v: customer?.name ?? '',
            question,
          }),
        },
      ]
    : [];
  return {
    notices,
    reply: tr(lang, 'orders.sign_off.your_question_went_to_i', { repName }),
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
          text: tr(dm.language ?? 'zh', 'orders.sign_off.answered_your_question_on_production', {
            name: member.name,
            sheetId: q.sheetId,
            answer,
          }),
        },
      ]
    : [];
  return { notices, reply: tr(lang, 'orders.sign_off.your_answer_went_to_the') };
}
