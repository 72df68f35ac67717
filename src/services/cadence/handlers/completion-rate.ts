// "本周跟进完成率" / "follow-up rate this week" (or last week): a rep hears their own
// figures, a supervisor each report's and the team's.
import type { MessageHandler } from '../../understand/handler.js';
import { tr } from '../../../core/i18n/index.js';
import { previousWeek, weekOf } from '../../../core/cadence/rules.js';
import { loadCadence } from '../policy-store.js';
import { repStats, teamTotals } from '../metrics.js';
import { statsLine } from '../stats-text.js';

const ASK = /(跟进|回访)?完成率|跟进率|follow[- ]?ups?\s+(completion\s+)?rate|completion\s+rate/i;
const LAST_WEEK = /上周|last\s+week/i;

export const completionRateHandler: MessageHandler = {
  name: 'cadence.completion-rate',
  async handle(ctx) {
    const text = ctx.message.text.trim();
    if (!ctx.sender || text.length > 60 || !ASK.test(text)) return false;
    const repos = ctx.deps.repos;
    const { policy, tz } = await loadCadence(repos);
    const period = LAST_WEEK.test(text) ? previousWeek(ctx.now, tz) : weekOf(ctx.now, tz);
    const label = LAST_WEEK.test(text)
      ? tr(ctx.lang, 'cadence.completion_rate.last_week')
      : tr(ctx.lang, 'cadence.completion_rate.this_week');
    const s = ctx.sender;
    let members = s.role === 'rep' ? [s] : await repos.team.reportsOf(s.id);
    if (members.length === 0 && (s.role === 'admin' || s.role === 'supervisor'))
      members = (await repos.team.listMembers()).filter((m) => m.role === 'rep');
    if (members.length === 0) {
      ctx.reply(tr(ctx.lang, 'cadence.completion_rate.there_are_no_follow_ups'));
      return true;
    }
    const stats = await repStats(
      repos,
      members.map((m) => m.id),
      period,
      ctx.now,
      policy,
      tz,
    );
    const lines = [tr(ctx.lang, 'cadence.completion_rate.s_follow_ups_so_far', { label })];
    for (const st of stats) lines.push(statsLine(ctx.lang, members.find((m) => m.id === st.memberId)!.name, st));
    if (stats.length > 1)
      lines.push(statsLine(ctx.lang, tr(ctx.lang, 'cadence.completion_rate.team'), teamTotals(stats)));
    ctx.reply(lines.join('\n'));
    return true;
  },
};
