// /cadence — show the policy; supervisors and admins change it in chat:
//   /cadence A 2              tier A every 2 days
//   /cadence sla normal 10    first response for B/C inquiries within 10 minutes
//   /cadence escalate A 1     A overdue more than 1 day goes to the supervisor
//   /cadence link ACME        (in a group) this chat belongs to customer ACME
//   /cadence flag ACME        high-value: fastest first-response SLA (unflag to undo)
//   /cadence resume ACME      end a "not now" pause early
import { defineCommand, type MemberContext } from '../../understand/command.js';
import { type Lang } from '../../../core/language.js';
import { tr } from '../../../core/i18n/index.js';
import { TIERS, type CadencePolicy } from '../../../core/cadence/policy.js';
import { escalationThresholdDays } from '../../../core/cadence/rules.js';
import { loadCadence, previewOverride, saveOverride } from '../policy-store.js';
import { recomputeNextFollowUp } from '../on-contact.js';
import { customerByArg } from './mentioned-customer.js';
import { formatLocal } from '../format.js';

export const cadenceCommand = defineCommand<string[]>({
  en: 'cadence',
  zh: '跟进节奏',
  parse: (call) => call.words,
  async run(ctx, args) {
    const sub = (args[0] ?? 'show').toLowerCase();
    if (sub === 'show' || sub === 'help') {
      ctx.reply(showPolicy(ctx.lang, (await loadCadence(ctx.deps.repos)).policy));
      return;
    }
    if (sub === 'link' || sub === 'flag' || sub === 'unflag' || sub === 'resume') {
      await customerCommand(ctx, sub, args.slice(1).join(' '));
      return;
    }
    const manager = ctx.sender.role === 'admin' || ctx.sender.role === 'supervisor';
    const patch = policyPatch(sub, args);
    if (!patch) {
      ctx.reply(usage(ctx.lang));
      return;
    }
    if (!manager) {
      ctx.reply(tr(ctx.lang, 'cadence.cadence_command.only_a_supervisor_or_admin'));
      return;
    }
    await applyPatch(ctx, patch);
  },
});

function policyPatch(sub: string, args: string[]): unknown {
  const tier = sub.toUpperCase();
  const n = Number(args[args.length - 1]);
  if ((TIERS as readonly string[]).includes(tier) && args.length === 2 && Number.isInteger(n))
    return { tiers: { [tier]: { intervalDays: n } } };
  if (sub === 'sla' && args.length === 3 && ['high', 'normal', 'general'].includes(args[1]!) && Number.isInteger(n))
    return { sla: { [`${args[1]}Minutes`]: n } };
  const t2 = (args[1] ?? '').toUpperCase();
  if (sub === 'escalate' && args.length === 3 && (TIERS as readonly string[]).includes(t2) && Number.isFinite(n))
    return { tiers: { [t2]: { escalateAfterDays: n } } };
  return undefined;
}

async function applyPatch(ctx: MemberContext, patch: unknown): Promise<void> {
  const { tz } = await loadCadence(ctx.deps.repos);
  try {
    await previewOverride(ctx.deps.repos, patch);
  } catch (err) {
    ctx.reply(tr(ctx.lang, 'cadence.cadence_command.cannot_change_that', { message: (err as Error).message }));
    return;
  }
  // Replies are queued inside the transaction: it is what commits them.
  await ctx.transaction(async (tx) => {
    const p = await saveOverride(tx, patch);
    // Intervals moved: every active customer's next date follows the new policy.
    for (const id of await tx.cadence.unpausedCustomerIds()) await recomputeNextFollowUp(tx, id, ctx.now, p, tz);
    await tx.audit.writeAudit([
      {
        at: ctx.now,
        actor: ctx.sender.id,
        action: 'cadence.policy',
        entity: 'settings',
        entityId: 'cadence.policy.overrides',
        details: patch,
      },
    ]);
    ctx.reply(tr(ctx.lang, 'cadence.cadence_command.cadence_updated') + showPolicy(ctx.lang, p));
  });
}

async function customerCommand(ctx: MemberContext, sub: string, arg: string): Promise<void> {
  const lang = ctx.lang;
  const found = arg ? await customerByArg(ctx.deps.repos, arg) : [];
  if (found.length !== 1) {
    ctx.reply(
      found.length === 0
        ? tr(lang, 'cadence.cadence_command.no_customer_called', { arg })
        : tr(lang, 'cadence.cadence_command.several_customers_match_please_use', {
            join: found.map((c) => c.name).join('、'),
            join2: found.map((c) => c.name).join(', '),
          }),
    );
    return;
  }
  const c = found[0]!;
  const sender = ctx.sender;
  if (sub === 'link') {
    if (ctx.chat.kind !== 'group') {
      ctx.reply(tr(lang, 'cadence.cadence_command.send_cadence_link_in_the'));
      return;
    }
    ctx.reply(tr(lang, 'cadence.cadence_command.this_chat_now_belongs_to', { name: c.name }));
    await ctx.transaction((tx) => tx.cadence.linkChatToCustomer(ctx.chat.id, c.id, sender.id, ctx.now));
    return;
  }
  const mayManage = sender.role === 'admin' || sender.role === 'supervisor' || c.ownerId === sender.id;
  if (!mayManage) {
    ctx.reply(tr(lang, 'cadence.cadence_command.only_the_owner_or_a'));
    return;
  }
  if (sub === 'resume') {
    const { policy, tz } = await loadCadence(ctx.deps.repos);
    await ctx.transaction(async (tx) => {
      await tx.cadence.resumeCustomer(c.id, ctx.now);
      const next = await recomputeNextFollowUp(tx, c.id, ctx.now, policy, tz);
      const when = next ? formatLocal(next, tz) : '';
      ctx.reply(
        tr(lang, 'cadence.cadence_command.is_back_in_the_cadence', {
          name: c.name,
          v: next ? `，下次跟进 ${when}` : '',
          v2: next ? `; next follow-up ${when}` : '',
        }),
      );
    });
    return;
  }
  const flag = sub === 'flag';
  ctx.reply(
    flag
      ? tr(lang, 'cadence.cadence_command.is_flagged_high_value_new', { name: c.name })
      : tr(lang, 'cadence.cadence_command.is_no_longer_flagged', { name: c.name }),
  );
  await ctx.transaction((tx) => tx.cadence.setSlaFlag(c.id, flag));
}

export function showPolicy(lang: Lang, p: CadencePolicy): string {
  const win = (names: string[]) =>
    names
      .map((n) => {
        const w = p.windows[n]!;
        return `${n} ${w.start}–${w.end}`;
      })
      .join(', ');
  const lines = [tr(lang, 'cadence.cadence_command.follow_up_cadence')];
  for (const tier of TIERS) {
    const r = p.tiers[tier];
    const cap = r.maxRemindersPer30Days
      ? tr(lang, 'cadence.cadence_command.at_most_reminders_a_month', {
          maxRemindersPer30Days: r.maxRemindersPer30Days,
        })
      : '';
    lines.push(
      tr(lang, 'cadence.cadence_command.every_days_escalates_when_overdue', {
        tier,
        intervalDays: r.intervalDays,
        win: win(r.windows),
        cap,
        escalationThresholdDays: escalationThresholdDays(tier, p),
      }),
    );
  }
  lines.push(
    tr(lang, 'cadence.cadence_command.after_samples_days_after_first', {
      sampleDays: p.stages.sampleDays,
      afterDeliveryDays: p.stages.afterDeliveryDays,
      pauseMonths: p.pauseMonths,
    }),
  );
  lines.push(
    tr(lang, 'cadence.cadence_command.first_response_high_min_normal', {
      highMinutes: p.sla.highMinutes,
      normalMinutes: p.sla.normalMinutes,
      generalMinutes: p.sla.generalMinutes,
    }),
  );
  lines.push(
    tr(lang, 'cadence.cadence_command.tiers_last_12_months_orders', {
      A: p.tierRevenue.A,
      B: p.tierRevenue.B,
      C: p.tierRevenue.C,
    }),
  );
  return lines.join('\n');
}

function usage(lang: Lang): string {
  return tr(lang, 'cadence.cadence_command.usage_cadence_show_cadence_a');
}
