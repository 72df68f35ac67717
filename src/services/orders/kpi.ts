// "本月移交及时率" / "hand-off timeliness this month": the month's accountability
// figures as a chat reply, for the team and per person. A supervisor (or admin)
// sees everyone; anyone else sees the team and themselves.
import { t, type Lang } from '../../core/language.js';
import type { Member } from '../../core/team.js';
import { addMonths, localDay, zonedInstant, type LocalDay } from '../../core/cadence/zoned-time.js';
import { computeKpis, type HandoffKind, type KpiStats } from '../../core/orders/kpi.js';
import type { OrdersEnv } from './store.js';

export interface Month {
  y: number;
  m: number;
}

export function monthBounds(month: Month, tz: string): { from: Date; to: Date } {
  const first: LocalDay = { y: month.y, m: month.m, d: 1 };
  return { from: zonedInstant(first, 0, 0, tz), to: zonedInstant(addMonths(first, 1), 0, 0, tz) };
}

export function monthOf(now: Date, tz: string, offset = 0): Month {
  const d = addMonths({ ...localDay(now, tz), d: 1 }, offset);
  return { y: d.y, m: d.m };
}

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
const hrs = (x: number | null, lang: Lang) => (x === null ? '—' : t(lang, `${x.toFixed(1)} 小时`, `${x.toFixed(1)} h`));

const LABEL: Record<HandoffKind, [string, string]> = {
  sheet: ['下单→生产单确认', 'confirmed → sheet acknowledged'],
  shipment: ['发货→售后首次联系', 'shipped → after-sales first contact'],
  handover: ['交接→签收', 'handover sent → signed'],
};

function statLines(s: KpiStats, lang: Lang): string[] {
  const out: string[] = [];
  for (const kind of ['sheet', 'shipment', 'handover'] as const) {
    const k = s.kinds[kind];
    if (k.counted + k.open === 0) continue;
    out.push(
      t(
        lang,
        `  - ${LABEL[kind][0]}：${k.onTime}/${k.counted} 及时，平均 ${hrs(k.avgHours, lang)}${k.open ? `，${k.open} 项未到期` : ''}`,
        `  - ${LABEL[kind][1]}: ${k.onTime}/${k.counted} on time, average ${hrs(k.avgHours, lang)}${k.open ? `, ${k.open} not yet due` : ''}`,
      ),
    );
  }
  if (s.sheetsAcked) {
    out.push(
      t(
        lang,
        `  - 生产单无疑问确认：${s.sheetsAckedWithoutQuestion}/${s.sheetsAcked}（${pct(s.sheetsAckedWithoutQuestion / s.sheetsAcked)}）`,
        `  - sheets acknowledged without a question: ${s.sheetsAckedWithoutQuestion}/${s.sheetsAcked} (${pct(s.sheetsAckedWithoutQuestion / s.sheetsAcked)})`,
      ),
    );
  }
  if (s.changesAfterConfirmation) {
    out.push(
      t(
        lang,
        `  - 下单后要求变更：${s.changesAfterConfirmation} 次`,
        `  - requirements changed after confirmation: ${s.changesAfterConfirmation}`,
      ),
    );
  }
  return out;
}

export async function kpiReply(env: OrdersEnv, viewer: Member, month: Month, lang: Lang): Promise<string> {
  const { from, to } = monthBounds(month, env.tz);
  const data = await env.store.handoffsBetween(from, to);
  const r = computeKpis({ ...data, now: env.now });
  const members = await env.store.listMembers();
  const name = (id: string) => members.find((m) => m.id === id)?.name ?? id;
  const label = `${month.y}-${String(month.m).padStart(2, '0')}`;
  const lines = [
    t(
      lang,
      `📊 ${label} 移交及时率（团队）：${pct(r.team.timeliness)}`,
      `📊 Hand-off timeliness ${label} (team): ${pct(r.team.timeliness)}`,
    ),
    ...statLines(r.team, lang),
  ];
  if (data.handoffs.length === 0 && data.revisions.length === 0) {
    lines.push(t(lang, '  本月还没有移交记录。', '  No hand-offs this month yet.'));
    return lines.join('\n');
  }
  const all = viewer.role === 'supervisor' || viewer.role === 'admin';
  const ids = [...r.people.keys()]
    .filter((id) => all || id === viewer.id)
    .sort((a, b) => name(a).localeCompare(name(b)));
  for (const id of ids) {
    lines.push(
      t(
        lang,
        `👤 ${name(id)}：${pct(r.people.get(id)!.timeliness)}`,
        `👤 ${name(id)}: ${pct(r.people.get(id)!.timeliness)}`,
      ),
      ...statLines(r.people.get(id)!, lang),
    );
  }
  lines.push(
    t(
      lang,
      '及时：生产单在截止前确认；售后在跟进日当天内首次联系；交接在截止前签收。逾期未完成的算不及时。',
      'On time: a sheet acknowledged by its deadline; after-sales first contact by the end of the follow-up day; a handover signed by its deadline. Overdue and unfinished counts as late.',
    ),
  );
  return lines.join('\n');
}
