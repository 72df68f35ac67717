// Corrections by a rep: a new version attributed to them (extractor 'manual'), the old
// one kept as superseded; removal marks the need 'removed'. Both leave a change row
// and notify the chats that listen.
import { tr } from '../../../core/i18n/index.js';
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
      tr(lang, 'bot.correct.i_couldn_t_read_as', {
        valueText,
        kindWord: kindWord(kind, lang),
        name: customer.name,
        kind,
      }),
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
        tr(lang, 'bot.correct.s_is_already_nothing_changed', {
          name: customer.name,
          kindWord: kindWord(kind, lang),
          v: shown ? formatValue(kind, value, lang) : '（此处不显示）',
          v2: shown ? formatValue(kind, value, lang) : '(not shown here)',
        }),
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
        tr(lang, 'bot.correct.corrected', { head: head(customerHead(b, customer), b.fmt) }),
        body,
        m.from
          ? tr(lang, 'bot.correct.set_by_the_old_version', { name: b.sender.name })
          : tr(lang, 'bot.correct.recorded_by', { name: b.sender.name }),
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
        tr(lang, 'bot.correct.has_no_on_record_nothing', { name: customer.name, kindWord: kindWord(kind, lang) }),
      );
      return;
    }
    const lines = removed.map((x) => changeLineOf(x.change, names));
    replyMd(
      b,
      [
        tr(lang, 'bot.correct.removed_the_requirement_for_by', {
          head: head(customerHead(b, customer), b.fmt),
          kindWord: kindWord(kind, lang),
          name: b.sender.name,
        }),
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
