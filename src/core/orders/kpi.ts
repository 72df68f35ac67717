// Accountability figures for a month: how quickly each hand-off happened (order
// confirmed → sheet acknowledged, shipped → after-sales first contact, handover sent
// → signed), how many sheets were acknowledged without a question, and how often
// requirements changed after confirmation. Per person and for the whole team. Pure.

export type HandoffKind = 'sheet' | 'shipment' | 'handover';

export interface Handoff {
  kind: HandoffKind;
  /** Who had to act: the order clerk, the after-sales follower, the handover receiver. */
  member: string | null;
  startedAt: Date;
  dueAt: Date;
  doneAt: Date | null;
  /** Sheets only: a question was asked before the acknowledgement. */
  questioned?: boolean;
}

export interface KindStats {
  /** Hand-offs that count: finished, or unfinished and past due. */
  counted: number;
  onTime: number;
  late: number;
  /** Still open and not yet due (not counted either way). */
  open: number;
  /** Mean hours from start to done, over the finished ones. */
  avgHours: number | null;
}

export interface KpiStats {
  kinds: Record<HandoffKind, KindStats>;
  /** On-time share over all counted hand-offs (null when none counted). */
  timeliness: number | null;
  sheetsAcked: number;
  sheetsAckedWithoutQuestion: number;
  /** Revised sheets (requirements changed after confirmation), attributed to the rep. */
  changesAfterConfirmation: number;
}

function empty(): KpiStats {
  const k = (): KindStats => ({ counted: 0, onTime: 0, late: 0, open: 0, avgHours: null });
  return {
    kinds: { sheet: k(), shipment: k(), handover: k() },
    timeliness: null,
    sheetsAcked: 0,
    sheetsAckedWithoutQuestion: 0,
    changesAfterConfirmation: 0,
  };
}

export interface KpiInput {
  handoffs: Handoff[];
  revisions: { repId: string | null }[];
  now: Date;
}

export interface KpiResult {
  team: KpiStats;
  people: Map<string, KpiStats>;
}

export function computeKpis(input: KpiInput): KpiResult {
  const team = empty();
  const people = new Map<string, KpiStats>();
  const hours = new Map<KpiStats, Record<HandoffKind, number[]>>();
  const of = (id: string | null): KpiStats[] => {
    if (!id) return [team];
    let p = people.get(id);
    if (!p) {
      p = empty();
      people.set(id, p);
    }
    return [team, p];
  };
  for (const h of input.handoffs) {
    for (const s of of(h.member)) {
      const k = s.kinds[h.kind];
      if (h.doneAt) {
        k.counted += 1;
        if (h.doneAt.getTime() <= h.dueAt.getTime()) k.onTime += 1;
        else k.late += 1;
        const hs = hours.get(s) ?? { sheet: [], shipment: [], handover: [] };
        hs[h.kind].push((h.doneAt.getTime() - h.startedAt.getTime()) / 3_600_000);
        hours.set(s, hs);
        if (h.kind === 'sheet') {
          s.sheetsAcked += 1;
          if (!h.questioned) s.sheetsAckedWithoutQuestion += 1;
        }
      } else if (input.now.getTime() > h.dueAt.getTime()) {
        k.counted += 1;
        k.late += 1;
      } else {
        k.open += 1;
      }
    }
  }
  for (const r of input.revisions) for (const s of of(r.repId)) s.changesAfterConfirmation += 1;
  for (const s of [team, ...people.values()]) {
    const hs = hours.get(s);
    let counted = 0;
    let onTime = 0;
    for (const kind of ['sheet', 'shipment', 'handover'] as const) {
      const list = hs?.[kind] ?? [];
      s.kinds[kind].avgHours = list.length ? list.reduce((a, b) => a + b, 0) / list.length : null;
      counted += s.kinds[kind].counted;
      onTime += s.kinds[kind].onTime;
    }
    s.timeliness = counted ? onTime / counted : null;
  }
  return { team, people };
}
