// "本月移交及时率" · "上月移交及时率" · "hand-off timeliness this month" · "/kpi 2026-11".
import type { MessageHandler } from '../../understand/handler.js';
import type { MessageContext } from '../../understand/context.js';
import { kpiReply, monthOf, type Month } from '../kpi.js';
import { envOf } from './shared.js';

export function parseKpiAsk(text: string, now: Date, tz: string): Month | undefined {
  const s = text.trim().replace(/[?？。.!！]+$/, '');
  const explicit = /^[/／]\s*(?:kpi|移交及时率|及时率)\s*(\d{4})-(\d{1,2})$/i.exec(s);
  if (explicit) {
    const m = Number(explicit[2]);
    return m >= 1 && m <= 12 ? { y: Number(explicit[1]), m } : undefined;
  }
  if (/^[/／]\s*(?:kpi|移交及时率|及时率)$/i.test(s)) return monthOf(now, tz);
  if (/^(本月|这个月)?(移交|交接)及时率(是多少|怎么样|如何)?$/.test(s)) return monthOf(now, tz);
  if (/^上(个)?月(移交|交接)及时率/.test(s)) return monthOf(now, tz, -1);
  if (/^(?:what(?:'s| is) (?:the |our )?)?hand-?offs?\s+timeliness(?:\s+(this|last)\s+month)?$/i.test(s)) {
    return monthOf(now, tz, /last month/i.test(s) ? -1 : 0);
  }
  return undefined;
}

export const kpiHandler: MessageHandler = {
  name: 'orders.kpi',
  async handle(ctx: MessageContext): Promise<boolean> {
    const member = ctx.sender;
    if (!member || ctx.chat.hasExternal) return false;
    const month = parseKpiAsk(ctx.message.text, ctx.now, ctx.deps.config.tz);
    if (!month) return false;
    ctx.reply(await kpiReply(envOf(ctx), member, month, ctx.lang));
    return true;
  },
};
