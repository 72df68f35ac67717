// The lifecycle funnel lead → inquiry → intent → sample → first order → repeat → loyal.
// A customer at a stage has passed every stage before it. Lost customers count at
// the stage they had reached when lost. For every stage:
//   reached(i) = reached(i+1) + lost(i) + stayed(i)
// where stayed are customers still (actively or paused) at that stage.
export const FUNNEL_STAGES = ['lead', 'inquiry', 'intent', 'sample', 'first_order', 'repeat', 'loyal'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface FunnelInput {
  stage: FunnelStage;
  lost: boolean;
}

export interface FunnelRow {
  stage: FunnelStage;
  reached: number;
  /** Went on to the next stage (0 for the last). */
  converted: number;
  lost: number;
  stayed: number;
  /** converted / reached, null for the last stage or when none reached. */
  conversion: number | null;
  /** lost / reached. */
  lossRate: number | null;
}

export function funnel(customers: FunnelInput[]): FunnelRow[] {
  const at = FUNNEL_STAGES.map(() => ({ lost: 0, stayed: 0 }));
  for (const c of customers) {
    const i = FUNNEL_STAGES.indexOf(c.stage);
    if (i < 0) continue;
    if (c.lost) at[i]!.lost += 1;
    else at[i]!.stayed += 1;
  }
  const rows: FunnelRow[] = [];
  let beyond = 0;
  for (let i = FUNNEL_STAGES.length - 1; i >= 0; i--) {
    const { lost, stayed } = at[i]!;
    const reached = beyond + lost + stayed;
    const last = i === FUNNEL_STAGES.length - 1;
    rows.unshift({
      stage: FUNNEL_STAGES[i]!,
      reached,
      converted: beyond,
      lost,
      stayed,
      conversion: last || reached === 0 ? null : beyond / reached,
      lossRate: reached === 0 ? null : lost / reached,
    });
    beyond = reached;
  }
  return rows;
}

/**
 * The furthest stage a customer reached. Lost and paused customers keep no stage, so it
 * is inferred from their orders (2+ → repeat, 1 → first order), else inquiry.
 */
export function furthestStage(stage: string, orderCount: number): FunnelInput {
  const lost = stage === 'lost';
  if ((FUNNEL_STAGES as readonly string[]).includes(stage)) return { stage: stage as FunnelStage, lost: false };
  const inferred: FunnelStage = orderCount >= 2 ? 'repeat' : orderCount === 1 ? 'first_order' : 'inquiry';
  return { stage: inferred, lost };
}
