// The figures every acknowledgement bench prints, in one shape: Baton's load run and its run at a
// steady 500 req/s, the worker's drain, and the empty route measured the same way beside it.
import type { LoadResult } from './http-load.js';
import type { drainAfterLoad } from './ack-setup.js';

export interface AckRun {
  /** What one request is called in the figures ("msg", "callbacks"). */
  unit: string;
  acks: LoadResult;
  paced: LoadResult;
  loop: { p99: number; max: number };
  acked: string[];
  drained: Awaited<ReturnType<typeof drainAfterLoad>>;
  baseline: LoadResult;
  barePaced: LoadResult;
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const errors = (r: LoadResult) => r.errors + (r.firstError ? ` (${r.firstError})` : '');

export function ackFigures(r: AckRun): Record<string, number | string> {
  const { counts } = r.drained;
  return {
    [`baton ${r.unit}/s`]: Math.round(r.acks.perSecond),
    'baton p50 ms': round(r.acks.p50Ms),
    'baton p99 ms': round(r.acks.p99Ms),
    'baton errors': errors(r.acks),
    'at 500 req/s: p50 ms': round(r.paced.p50Ms),
    'at 500 req/s: p99 ms': round(r.paced.p99Ms),
    'at 500 req/s: errors': errors(r.paced),
    'at 500 req/s: event-loop delay p99 / max ms': `${r.loop.p99} / ${r.loop.max}`,
    'acknowledged / stored': `${r.acked.length} / ${counts.stored}`,
    'processed (done / failed / waiting)': `${counts.done} / ${counts.failed} / ${counts.waiting}`,
    'drain after the load, s': round(r.drained.seconds, 1),
    'bare fastify req/s': Math.round(r.baseline.perSecond),
    'bare p50 ms': round(r.baseline.p50Ms),
    'bare p99 ms': round(r.baseline.p99Ms),
    'bare at 500 req/s: p50 / p99 ms': `${round(r.barePaced.p50Ms)} / ${round(r.barePaced.p99Ms)}`,
    'throughput ratio (baton/bare)': round(r.acks.perSecond / r.baseline.perSecond, 3),
    'p99 ratio (baton/bare)': round(r.acks.p99Ms / r.baseline.p99Ms, 2),
  };
}
