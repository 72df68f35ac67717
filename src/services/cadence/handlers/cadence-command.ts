// /cadence — show the policy; supervisors and admins change it in chat:
//   /cadence A 2              tier A every 2 days
//   /cadence sla normal 10    first response for B/C inquiries within 10 minutes
//   /cadence escalate A 1     A overdue more than 1 day goes to the supervisor
//   /cadence link ACME        (in a group) this chat belongs to customer ACME
//   /cadence flag ACME        high-value: fastest first-response SLA (unflag to undo)
//   /cadence resume ACME      end a "not now" pause early
import { defineCommand, type MemberContext } from '../../understand/command.js';
import { t, type Lang } from '../../../core/language.js';
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
      ctx.reply(
        t(ctx.lang, '只有主管或管理员可以修改跟进节奏。', 'Only a supervisor or admin can change the cadence.'),
      );
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
    ctx.reply(t(ctx.lang, `无法修改：${(err as Error).message}`, `Cannot change that: ${(err as Error).message}`));
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
    ctx.reply(t(ctx.lang, '已更新跟进节奏。\n', 'Cadence updated.\n') + showPolicy(ctx.lang, p));
  });
}

async function customerCommand(ctx: MemberContext, sub: string, arg: string): Promise<void> {
  const lang = ctx.lang;
  const found = arg ? await customerByArg(ctx.deps.repos, arg) : [];
  if (found.length !== 1) {
    ctx.reply(
      found.length === 0
        ? t(lang, `找不到客户"${arg}"。`, `No customer called "${arg}".`)
        : t(
            lang,
            `有多个客户匹配：${found.map((c) => c.name).join('、')}，请写客户编号。`,
            `Several customers match: ${found.map((c) => c.name).join(', ')}. Please use the code.`,
          ),
    );
    return;
  }
  const c = found[0]!;
  const sender = ctx.sender;
  if (sub === 'link') {
    if (ctx.chat.kind !== 'group') {
      ctx.reply(t(lang, '请在客户群里发送 /cadence link。', "Send /cadence link in the customer's group chat."));
      return;
    }
    ctx.reply(
      t(
        lang,
        `本群已关联客户 ${c.name}：客户来消息会开始首次响应计时。`,
        `This chat now belongs to ${c.name}: the customer's messages start the first-response clock.`,
      ),
    );
    await ctx.transaction((tx) => tx.cadence.linkChatToCustomer(ctx.chat.id, c.id, sender.id, ctx.now));
    return;
  }
  const mayManage = sender.role === 'admin' || sender.role === 'supervisor' || c.ownerId === sender.id;
  if (!mayManage) {
    ctx.reply(t(lang, '只有负责人或主管可以这样做。', 'Only the owner or a supervisor can do that.'));
    return;
  }
  if (sub === 'resume') {
    const { policy, tz } = await loadCadence(ctx.deps.repos);
    await ctx.transaction(async (tx) => {
      await tx.cadence.resumeCustomer(c.id, ctx.now);
      const next = await recomputeNextFollowUp(tx, c.id, ctx.now, policy, tz);
      const when = next ? formatLocal(next, tz) : '';
      ctx.reply(
        t(
          lang,
          `${c.name} 已恢复跟进${next ? `，下次跟进 ${when}` : ''}。`,
          `${c.name} is back in the cadence${next ? `; next follow-up ${when}` : ''}.`,
        ),
      );
    });
    return;
  }
  const flag = sub === 'flag';
  ctx.reply(
    flag
      ? t(
          lang,
          `${c.name} 已标为高价值：新询盘适用最快的首次响应时限。`,
          `${c.name} is flagged high-value: new inquiries get the fastest first-response SLA.`,
        )
      : t(lang, `${c.name} 已取消高价值标记。`, `${c.name} is no longer flagged.`),
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
  const lines = [t(lang, '跟进节奏：', 'Follow-up cadence:')];
  for (const tier of TIERS) {
    const r = p.tiers[tier];
    const cap = r.maxRemindersPer30Days
      ? t(
          lang,
          `，每月最多提醒 ${r.maxRemindersPer30Days} 次`,
          `, at most ${r.maxRemindersPer30Days} reminders a month`,
        )
      : '';
    lines.push(
      t(
        lang,
        `${tier}：每 ${r.intervalDays} 天（${win(r.windows)}）${cap}，逾期超过 ${escalationThresholdDays(tier, p)} 天升级`,
        `${tier}: every ${r.intervalDays} days (${win(r.windows)})${cap}; escalates when overdue > ${escalationThresholdDays(tier, p)} days`,
      ),
    );
  }
  lines.push(
    t(
      lang,
      `样品后 ${p.stages.sampleDays} 天跟进；首单到货后 ${p.stages.afterDeliveryDays} 天回访；"暂时不需要"暂停 ${p.pauseMonths} 个月`,
      `After samples: ${p.stages.sampleDays} days; after first delivery: ${p.stages.afterDeliveryDays} days; "not now" pauses ${p.pauseMonths} months`,
    ),
  );
  lines.push(
    t(
      lang,
      `首次响应：高价值 ${p.sla.highMinutes} 分钟，普通 ${p.sla.normalMinutes} 分钟，一般 ${p.sla.generalMinutes} 分钟`,
      `First response: high ${p.sla.highMinutes} min, normal ${p.sla.normalMinutes} min, general ${p.sla.generalMinutes} min`,
    ),
  );
  lines.push(
    t(
      lang,
      `分级（近一年订单）：A ≥ ${p.tierRevenue.A}，B ≥ ${p.tierRevenue.B}，C ≥ ${p.tierRevenue.C} 元`,
      `Tiers (last 12 months' orders): A ≥ CNY ${p.tierRevenue.A}, B ≥ ${p.tierRevenue.B}, C ≥ ${p.tierRevenue.C}`,
    ),
  );
  return lines.join('\n');
}

function usage(lang: Lang): string {
  return t(
    lang,
    '用法：/cadence show | /cadence A 2 | /cadence sla normal 10 | /cadence escalate A 1 | /cadence link 客户 | /cadence flag 客户 | /cadence resume 客户',
    'Usage: /cadence show | /cadence A 2 | /cadence sla normal 10 | /cadence escalate A 1 | /cadence link <customer> | /cadence flag <customer> | /cadence resume <customer>',
  );
}
