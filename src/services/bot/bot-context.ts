// What every bot handler works with for one message: the sender (a team member),
// the team, how to format (language, time zone) and who is listening (outsiders?).
import type { MessageContext } from '../understand/context.js';
import type { Member } from '../../core/team.js';
import type { Customer } from '../../core/customer.js';
import { maySayHere } from '../../core/permissions.js';
import { loadTeam, nameOf, type Team } from './customers/visibility.js';
import type { CustomerHead, Fmt } from './format/views.js';

export interface BotCtx {
  ctx: MessageContext;
  sender: Member;
  team: Team;
  fmt: Fmt;
}

export async function botCtx(ctx: MessageContext, sender: Member): Promise<BotCtx> {
  // Money in quotes follows the rule for money needs: not where outsiders are, not for roles without money rights.
  const maskMoney = !maySayHere(sender, ctx.chat.hasExternal, 'price_target');
  return {
    ctx,
    sender,
    team: await loadTeam(ctx.deps.repos),
    fmt: { lang: ctx.lang, tz: ctx.deps.config.tz, maskMoney },
  };
}

/** Whether a need of this kind may be shown to the sender in this chat. */
export function mayShow(b: BotCtx, kind: string): boolean {
  return maySayHere(b.sender, b.ctx.chat.hasExternal, kind);
}

export function customerHead(b: BotCtx, c: Customer, isNew = false): CustomerHead {
  return { name: c.name, code: c.code, ownerName: nameOf(b.team, c.ownerId), isNew };
}

export function replyMd(b: BotCtx, text: string): void {
  b.ctx.reply(text, { format: 'markdown' });
}
