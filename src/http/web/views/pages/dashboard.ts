// /web/dashboard for supervisors: follow-ups per rep, response times, tiers and
// stages, the lifecycle funnel, and from orders: trends, concentration, the quarterly bridge.
import { html, type Html } from '../../../html.js';
import { page } from '../layout.js';
import type { Member } from '../../../../core/team.js';
import { type Lang } from '../../../../core/language.js';
import { tr } from '../../../../core/i18n/index.js';
import type { DashboardData } from '../../../../web/queries/dashboard.js';
import { followUpStats, responseStats } from '../../../../core/analytics/follow-up-stats.js';
import { funnel, furthestStage } from '../../../../core/analytics/funnel.js';
import { concentration } from '../../../../core/analytics/concentration.js';
import { monthlyTrends } from '../../../../core/analytics/trends.js';
import { revenueBridge } from '../../../../core/analytics/revenue-bridge.js';
import { fromCents, monthOf, quarterOf } from '../../../../core/analytics/money.js';
import { CHART_COLORS as C, hBars, sparkline, vBars } from '../svg.js';
import { fmtCompact, fmtMoney, pct, stageLabel } from '../format.js';
import { LIFECYCLE_STAGES } from '../../../../core/types.js';

function legend(items: [string, string][]): Html {
  return html`<div class="legend">
    ${items.map(([color, label]) => html`<span><i style="background:${color}"></i>${label}</span>`)}
  </div>`;
}

function previousQuarter(q: string): string {
  const y = Number(q.slice(0, 4)),
    n = Number(q.slice(6));
  return n === 1 ? `${y - 1}-Q4` : `${y}-Q${n - 1}`;
}

export function dashboardPage(me: Member, d: DashboardData, now: Date, tz: string): string {
  const L: Lang = me.language;
  const name = new Map(d.customers.map((c) => [c.id, c.name]));
  const repName = new Map(d.reps.map((r) => [r.id, r.name]));
  const active = d.customers.map((c) => ({
    ownerId: c.ownerId,
    nextFollowUpAt: c.nextFollowUpAt,
    active: !c.paused && c.stage !== 'lost' && c.stage !== 'paused',
  }));
  const reps = followUpStats(
    d.dues,
    active,
    now,
    d.reps.map((r) => r.id),
  );
  const overdueTotal = active.filter((c) => c.active && c.nextFollowUpAt && c.nextFollowUpAt < now).length;

  // Month of "now" in the business time zone; trends compare complete months only.
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: tz,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  const [yy, mm] = today.split('-').map(Number) as [number, number];
  const lastFull = mm === 1 ? `${yy - 1}-12` : `${yy}-${String(mm - 1).padStart(2, '0')}`;
  const yearAgo = `${yy - 1}-${String(mm).padStart(2, '0')}`;
  const last12 = new Map<string, number>();
  for (const o of d.orders)
    if (monthOf(o.orderedAt) >= yearAgo && monthOf(o.orderedAt) <= lastFull)
      last12.set(o.customerId, (last12.get(o.customerId) ?? 0) + o.amountCents);
  const conc = concentration(last12);
  const trends = monthlyTrends(
    d.orders,
    concentration(last12, 8).top.map((x) => x.customerId),
    lastFull,
    { months: 24 },
  );
  // Only complete quarters: a quarter still running would show as a collapse.
  const lastFullQuarter = quarterOf(`${lastFull}-01`);
  const complete = Number(lastFull.slice(5)) % 3 === 0 ? lastFullQuarter : previousQuarter(lastFullQuarter);
  const bridge = revenueBridge(d.orders.filter((o) => quarterOf(o.orderedAt) <= complete)).slice(-8);
  const fun = funnel(d.customers.map((c) => furthestStage(c.stage, d.orderCounts.get(c.id) ?? 0)));

  const kpis = html`<div class="kpis">
    <div class="kpi"><b>${d.customers.length}</b><span>${tr(L, 'web.dashboard.customers')}</span></div>
    <div class="kpi">
      <b class="${overdueTotal ? 'bad' : ''}">${overdueTotal}</b
      ><span>${tr(L, 'web.dashboard.overdue_follow_ups')}</span>
    </div>
    <div class="kpi">
      <b>${fmtCompact(fromCents(conc.total))}</b><span>${tr(L, 'web.dashboard.revenue_last_12_months')}</span>
    </div>
    <div class="kpi"><b>${pct(conc.top1Share)}</b><span>${tr(L, 'web.dashboard.share_of_the_top_customer')}</span></div>
    <div class="kpi"><b>${pct(conc.top5Share)}</b><span>${tr(L, 'web.dashboard.share_of_the_top_5')}</span></div>
  </div>`;

  const followUps = html`<section class="card" id="followups">
    <h2>${tr(L, 'web.dashboard.follow_up_completion_last_90')}</h2>
    ${
      reps.some((r) => r.due > 0)
        ? hBars(
            reps.map((r) => ({
              label: repName.get(r.memberId) ?? r.memberId,
              value: Math.round((r.completion ?? 0) * 100),
              text: `${pct(r.completion)} (${r.done}/${r.due})`,
              color: (r.completion ?? 0) < 0.7 ? C.warn : C.good,
            })),
            { max: 100, title: 'completion' },
          )
        : html`<p class="muted small">
            ${
              overdueTotal
                ? tr(L, 'web.dashboard.no_completion_yet_but_overdue', { n: overdueTotal })
                : tr(L, 'web.dashboard.no_scheduled_follow_ups_have')
            }
          </p>`
    }
    <div class="scroll">
      <table>
        <thead>
          <tr>
            <th>${tr(L, 'web.dashboard.rep')}</th>
            <th class="num">${tr(L, 'web.dashboard.customers_2')}</th>
            <th class="num">${tr(L, 'web.dashboard.overdue')}</th>
            <th class="num">${tr(L, 'web.dashboard.on_time')}</th>
          </tr>
        </thead>
        <tbody>
          ${reps.map(
            (r) =>
              html`<tr>
                <td><a href="/web/customers?owner=${r.memberId}">${repName.get(r.memberId) ?? r.memberId}</a></td>
                <td class="num">${r.customers}</td>
                <td class="num ${r.overdue ? 'bad' : ''}">
                  <a href="/web/customers?owner=${r.memberId}&overdue=1">${r.overdue}</a>
                </td>
                <td class="num">${r.done ? pct(r.onTime / r.done) : '—'}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;

  const byOwner = new Map<string | null, number[]>();
  for (const x of d.responseMinutes) byOwner.set(x.ownerId, [...(byOwner.get(x.ownerId) ?? []), x.minutes]);
  const allResp = responseStats(d.responseMinutes.map((x) => x.minutes));
  const mins = (m: number | null) =>
    m === null
      ? '—'
      : m < 90
        ? tr(L, 'web.dashboard.minutes', { n: Math.round(m) })
        : tr(L, 'web.dashboard.hours', { n: (m / 60).toFixed(1) });
  const response = html`<section class="card" id="response">
    <h2>${tr(L, 'web.dashboard.first_response_time_last_90')}</h2>
    ${
      allResp.count === 0
        ? html`<p class="muted small">${tr(L, 'web.dashboard.no_response_data_yet_customer')}</p>`
        : html` ${hBars(
              [...byOwner.entries()].map(([o, xs]) => {
                const s = responseStats(xs);
                return {
                  label: o ? (repName.get(o) ?? o) : '—',
                  value: s.median ?? 0,
                  text: `${mins(s.median)} · p90 ${mins(s.p90)}`,
                };
              }),
              { title: 'median response' },
            )}
            <p class="small muted">
              ${tr(L, 'web.dashboard.all')}: ${tr(L, 'web.dashboard.median')} ${mins(allResp.median)}, p90
              ${mins(allResp.p90)}, n=${allResp.count}
            </p>`
    }
  </section>`;

  const tierCounts = ['A', 'B', 'C', 'D'].map((x) => ({
    label: x,
    value: d.customers.filter((c) => c.tier === x).length,
    href: `/web/customers?tier=${x}`,
  }));
  const stageCounts = LIFECYCLE_STAGES.map((s) => ({
    label: stageLabel(s, L),
    value: d.customers.filter((c) => c.stage === s).length,
    href: `/web/customers?stage=${s}`,
    color: s === 'lost' ? C.bad : s === 'paused' ? C.mid : C.main,
  }));
  const mix = html`<section class="card" id="tiers">
    <h2>${tr(L, 'web.dashboard.customers_per_tier')}</h2>
    ${hBars(tierCounts, { title: 'tiers' })}
    <h2 style="margin-top:14px">${tr(L, 'web.dashboard.customers_per_stage')}</h2>
    ${hBars(stageCounts, { title: 'stages' })}
  </section>`;

  const funnelCard = html`<section class="card" id="funnel">
    <h2>${tr(L, 'web.dashboard.lifecycle_funnel')}</h2>
    ${hBars(
      fun.map((r) => ({
        label: stageLabel(r.stage, L),
        value: r.reached,
        text: `${r.reached}${r.conversion !== null ? ` → ${pct(r.conversion)}` : ''}`,
      })),
      { title: 'funnel' },
    )}
    <div class="scroll">
      <table>
        <thead>
          <tr>
            <th>${tr(L, 'web.dashboard.stage')}</th>
            <th class="num">${tr(L, 'web.dashboard.reached')}</th>
            <th class="num">${tr(L, 'web.dashboard.converted')}</th>
            <th class="num">${tr(L, 'web.dashboard.lost')}</th>
            <th class="num">${tr(L, 'web.dashboard.still_here')}</th>
          </tr>
        </thead>
        <tbody>
          ${fun.map(
            (r) =>
              html`<tr>
                <td>${stageLabel(r.stage, L)}</td>
                <td class="num">${r.reached}</td>
                <td class="num">${r.conversion === null ? '—' : html`${r.converted} (${pct(r.conversion)})`}</td>
                <td class="num ${r.lost ? 'bad' : ''}">${r.lost} (${pct(r.lossRate)})</td>
                <td class="num">${r.stayed}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <p class="small muted">${tr(L, 'web.dashboard.lost_and_paused_customers_count')}</p>
  </section>`;

  const trendCard = html`<section class="card" id="trends">
    <h2>${tr(L, 'web.dashboard.top_8_customers_monthly_24')}</h2>
    ${
      trends.length === 0
        ? html`<p class="muted small">${tr(L, 'web.dashboard.no_orders_yet')}</p>`
        : html`<div class="scroll">
              <table>
                <thead>
                  <tr>
                    <th>${tr(L, 'web.dashboard.customer')}</th>
                    <th>${tr(L, 'web.dashboard.trend')}</th>
                    <th class="num">${tr(L, 'web.dashboard.last_6_mo')}</th>
                    <th class="num">${tr(L, 'web.dashboard.change')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${trends.map(
                    (x) =>
                      html`<tr>
                        <td>
                          <a href="/web/customers/${x.customerId}">${name.get(x.customerId) ?? x.customerId}</a
                          >${x.falling ? html` <span class="badge over">${tr(L, 'web.dashboard.falling')}</span>` : ''}
                        </td>
                        <td>
                          ${sparkline(x.revenue.map(fromCents), { flagged: x.falling, title: name.get(x.customerId) })}
                        </td>
                        <td class="num">${fmtMoney(fromCents(x.recent))}</td>
                        <td class="num ${x.falling ? 'bad' : ''}">
                          ${x.change === null ? '—' : `${x.change > 0 ? '+' : ''}${pct(x.change)}`}
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            <p class="small muted">${tr(L, 'web.dashboard.falling_the_last_6_full')}</p>`
    }
  </section>`;

  const concCard = html`<section class="card" id="concentration">
    <h2>${tr(L, 'web.dashboard.revenue_concentration_last_12_months')}</h2>
    ${
      conc.total === 0
        ? html`<p class="muted small">${tr(L, 'web.dashboard.no_orders_yet')}</p>`
        : html`${hBars(
              [
                ...conc.top.map((x) => ({
                  label: name.get(x.customerId) ?? x.customerId,
                  value: Math.round(x.share * 1000) / 10,
                  text: `${pct(x.share)} · ${fmtCompact(fromCents(x.revenue))}`,
                  href: `/web/customers/${x.customerId}`,
                })),
                {
                  label: tr(L, 'web.dashboard.other', { max: Math.max(0, conc.customers - conc.top.length) }),
                  value: Math.round((1 - conc.top5Share) * 1000) / 10,
                  text: pct(1 - conc.top5Share),
                  color: C.mid,
                },
              ],
              { max: 100, title: 'concentration' },
            )}
            <p class="small">
              ${tr(L, 'web.dashboard.top_customer')}: <b>${pct(conc.top1Share)}</b> · ${tr(L, 'web.dashboard.top_5')}:
              <b>${pct(conc.top5Share)}</b>
            </p>`
    }
  </section>`;

  const bridgeCard = html`<section class="card" id="bridge">
    <h2>${tr(L, 'web.dashboard.where_each_quarter_s_revenue')}</h2>
    ${
      bridge.length === 0
        ? html`<p class="muted small">${tr(L, 'web.dashboard.needs_orders_in_at_least')}</p>`
        : html` ${vBars(
              bridge.map((b) => ({
                label: b.quarter,
                values: [
                  { value: fromCents(b.newCustomers), color: C.good, name: tr(L, 'web.dashboard.new_customers') },
                  {
                    value: fromCents(b.existingChange),
                    color: C.main,
                    name: tr(L, 'web.dashboard.existing_customers'),
                  },
                  { value: fromCents(b.lost), color: C.bad, name: tr(L, 'web.dashboard.lost_customers') },
                ],
                marker: { value: fromCents(b.totalChange), name: tr(L, 'web.dashboard.total_change') },
              })),
              { format: fmtCompact, title: 'revenue bridge', width: 1000, height: 280 },
            )}
            <p class="small muted">${tr(L, 'web.dashboard.complete_quarters_only_each_quarter')}</p>
            ${legend([
              [C.good, tr(L, 'web.dashboard.new_incl_returning')],
              [C.main, tr(L, 'web.dashboard.change_from_existing')],
              [C.bad, tr(L, 'web.dashboard.lost_2')],
              ['#1d2330', tr(L, 'web.dashboard.total_change')],
            ])}
            <div class="scroll">
              <table>
                <thead>
                  <tr>
                    <th>${tr(L, 'web.dashboard.quarter')}</th>
                    <th class="num">${tr(L, 'web.dashboard.revenue')}</th>
                    <th class="num">${tr(L, 'web.dashboard.new')}</th>
                    <th class="num">${tr(L, 'web.dashboard.existing')}</th>
                    <th class="num">${tr(L, 'web.dashboard.lost')}</th>
                    <th class="num">${tr(L, 'web.dashboard.total_change_2')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${bridge.map(
                    (b) =>
                      html`<tr>
                        <td>${b.quarter}</td>
                        <td class="num">${fmtMoney(fromCents(b.revenue))}</td>
                        <td class="num good">${fmtMoney(fromCents(b.newCustomers))} (${b.newCount})</td>
                        <td class="num">${fmtMoney(fromCents(b.existingChange))}</td>
                        <td class="num bad">${fmtMoney(fromCents(b.lost))} (${b.lostCount})</td>
                        <td class="num"><b>${fmtMoney(fromCents(b.totalChange))}</b></td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
    }
  </section>`;

  return page({
    title: tr(L, 'web.dashboard.dashboard'),
    me,
    active: 'dashboard',
    body: html`<h1>${tr(L, 'web.dashboard.dashboard')}</h1>
      ${kpis}
      <div style="height:14px"></div>
      <div class="grid">${followUps}${response}</div>
      <div class="grid">${mix}${funnelCard}</div>
      ${bridgeCard}
      <div class="grid">${trendCard}${concCard}</div>`,
  });
}
