// "本月移交及时率" / "hand-off timeliness this month": the month's accountability
// figures as a chat reply, for the team and per person. A supervisor (or admin)
// sees everyone; anyone else sees the team and themselves.
import { type Lang } from '../../core/language.js';
import { tr } from '../../core/i18n/index.js';
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
const hrs = (x: number | null, lang: Lang) => (x === null ? '—' : tr(lang, 'orders.kpi.h', { toFixed: x.toFixed(1) }));

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
      tr(lang, 'orders.kpi.on_time_average', {
        v: LABEL[kind][0],
        onTime: k.onTime,
        counted: k.counted,
        hrs: hrs(k.avgHours, lang),
        v2: k.open ? `，${k.open} 项未到期` : '',
        v3: LABEL[kind][1],
        v4: k.open ? `, ${k.open} not yet due` : '',
      }),
    );
  }
  if (s.sheetsAcked) {
    out.push(
      tr(lang, 'orders.kpi.sheets_acknowledged_without_a_question', {
        sheetsAckedWithoutQuestion: s.sheetsAckedWithoutQuestion,
        sheetsAcked: s.sheetsAcked,
        pct: pct(s.sheetsAckedWithoutQuestion / s.sheetsAcked),
      }),
    );
  }
  if (s.changesAfterConfirmation) {
    out.push(
      tr(lang, 'orders.kpi.requirements_changed_after_confirmation', {
        changesAfterConfirmation: s.changesAfterConfirmation,
      }),
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
    tr(lang, 'orders.kpi.hand_off_timeliness_team', { label, pct: pct(r.team.timeliness) }),
    ...statLines(r.team, lang),
  ];
  if (data.handoffs.length === 0 && data.revisions.length === 0) {
    lines.push(tr(lang, 'orders.kpi.no_hand_offs_this_month'));
    return lines.join('\n');
  }
  const all = viewer.role === 'supervisor' || viewer.role === 'admin';
  const ids = [...r.people.keys()]
    .filter((id) => all || id === viewer.id)
    .sort((a, b) => name(a).localeCompare(name(b)));
  for (const id of ids) {
    lines.push(
      tr(lang, 'orders.kpi.text', { name: name(id), pct: pct(r.people.get(id)!.timeliness) }),
      ...statLines(r.people.get(id)!, lang),
    );
  }
  lines.push(tr(lang, 'orders.kpi.on_time_a_sheet_acknowledged'));
  return lines.join('\n');
}
