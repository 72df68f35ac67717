// Corrections by a rep: a new version attributed to them (extractor 'manual'), the old
// one kept as superseded; removal marks the need 'removed'. Both leave a change row
// and notify the chats that listen.
import { t } from '../../../core/language.js';
import type { Customer } from '../../../core/customer.js';
import { needSlot, type NeedKind } from '../../../core/needs.js';
import { mergeNeeds, removeNeeds } from '../../needs/merge.js';
import { changeLineOf } from '../../needs/read.js';
import { customerHead, mayShow, replyMd, type BotCtx } from '../bot-context.js';
import { nameOf } from '../customers/visibility.js';
import { changeLine, head } from '../format/lines.js';
import { formatValue, kindLabel, kindWord } from '../format/values.js';
import { queueNotices } from '../notices.js';
import { afterNeedsChanged } from '../../orders/hooks.js';
import { parseFixValue } from './fix-value.js';

export async function applyFix(b: BotCtx, customer: Customer, kind: NeedKind, valueText: string): Promise<void> {
  const { ctx } = b;
  const { lang } = b.fmt;
  const value = parseFixValue(kind, valueText, ctx.now, b.fmt.tz);
  if (!value) {
    ctx.reply(
      t(
        lang,
        `我没看懂"${valueText}"作为${kindWord(kind, lang)}的值。例如：/fix ${customer.name} ${kind} …`,
        `I couldn't read “${valueText}” as a ${kindWord(kind, lang)}. For example: /fix ${customer.name} ${kind} …`,
      ),
    );
    return;
  }
  const names = (id: string | null) => nameOf(b.team, id);
  await ctx.transaction(async (tx) => {
    const r = await mergeNeeds(tx, {
      customerId: customer.id,
      messageId: ctx.message.id,
      recordedBy: b.sender.id,
      now: ctx.now,
      defaults: { extractor: 'manual' },
      needs: [{ kind, value: value as never, evidence: ctx.message.text, confidence: 1, extractor: 'manual' }],
    });
    ctx.setCustomer(customer.id);
    const shown = mayShow(b, kind);
    if (r.unchanged.length > 0) {
      ctx.reply(
        t(
          lang,
          `${customer.name} 的${kindWord(kind, lang)}已经是 ${shown ? formatValue(kind, value, lang) : '（此处不显示）'}，没有改动。`,
          `${customer.name}'s ${kindWord(kind, lang)} is already ${shown ? formatValue(kind, value, lang) : '(not shown here)'}; nothing changed.`,
        ),
      );
      return;
    }
    const m = [...r.changed, ...r.added][0]!;
    const line = changeLineOf(m.change, names);
    const body = shown
      ? changeLine({ ...line, evidence: null, saidBy: null, recordedBy: null }, b.fmt)
      : `- ${kindLabel(kind, lang)}`;
    replyMd(
      b,
      [
        t(
          lang,
          `已更正 ${head(customerHead(b, customer), b.fmt)}：`,
          `Corrected ${head(customerHead(b, customer), b.fmt)}:`,
        ),
        body,
        m.from
          ? t(
              lang,
              `由 ${b.sender.name} 更正，旧版本保留在历史中。`,
              `Set by ${b.sender.name}; the old version is kept in the history.`,
            )
          : t(lang, `由 ${b.sender.name} 记录。`, `Recorded by ${b.sender.name}.`),
      ].join('\n'),
    );
    if (m.from) await queueNotices(tx, b, customer, [{ slot: needSlot(kind, value), line }], true);
    await afterNeedsChanged(tx, ctx, b.sender, customer); // orders (issue 20): revise a confirmed order's production sheet
  });
}

export async function applyRemove(b: BotCtx, customer: Customer, kind: NeedKind): Promise<void> {
  const { ctx } = b;
  const { lang } = b.fmt;
  const names = (id: string | null) => nameOf(b.team, id);
  await ctx.transaction(async (tx) => {
    ctx.setCustomer(customer.id);
    const removed = await removeNeeds(tx, {
      customerId: customer.id,
      current: await tx.needs.currentNeeds(customer.id),
      kind,
      recordedBy: b.sender.id,
      messageId: ctx.message.id,
      evidence: ctx.message.text,
      now: ctx.now,
    });
    if (removed.length === 0) {
      ctx.reply(
        t(
          lang,
          `${customer.name} 没有记录${kindWord(kind, lang)}，无需删除。`,
          `${customer.name} has no ${kindWord(kind, lang)} on record; nothing to remove.`,
        ),
      );
      return;
    }
    const lines = removed.map((x) => changeLineOf(x.change, names));
    replyMd(
      b,
      [
        t(
          lang,
          `已删除 ${head(customerHead(b, customer), b.fmt)} 的${kindWord(kind, lang)}要求（${b.sender.name}），历史中保留：`,
          `Removed the ${kindWord(kind, lang)} requirement for ${head(customerHead(b, customer), b.fmt)} (by ${b.sender.name}); kept in the history:`,
        ),
        ...lines.map((l) =>
          mayShow(b, l.kind)
            ? changeLine({ ...l, evidence: null, recordedBy: null }, b.fmt)
            : `- ${kindLabel(l.kind, lang)}`,
        ),
      ].join('\n'),
    );
    await queueNotices(
      tx,
      b,
      customer,
      removed.map((x, i) => ({ slot: x.from.slot, line: lines[i]! })),
      true,
    );
    await afterNeedsChanged(tx, ctx, b.sender, customer); // orders (issue 20)
  });
}
