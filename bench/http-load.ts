// A small closed-loop HTTP load generator on loopback: `concurrency` clients each
// send requests back to back until `total` are done. Bounded in count and time.
export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  /** Which requests (by index) were answered 2xx: the acknowledged ones. */
  okIndices: number[];
  /** What the first failed request got, to say why there were errors. */
  firstError?: string;
}

export async function loadTest(opts: {
  url: string;
  total: number;
  concurrency: number;
  body: (i: number) => unknown;
  headers?: Record<string, string>;
  maxSeconds?: number;
  /**
   * Open loop: send request i at start + i/ratePerSecond, whatever the answers do, and count
   * its latency from that planned instant (so a stall is not hidden by clients waiting).
   */
  ratePerSecond?: number;
  /** Build the request yourself (a URL per request, a non-JSON body). */
  request?: (i: number) => { url: string; body: string };
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  let firstError: string | undefined;
  const okIndices: number[] = [];
  const deadline = Date.now() + (opts.maxSeconds ?? 60) * 1000;
  const start = performance.now();
  const worker = async () => {
    while (next < opts.total && Date.now() < deadline) {
      const i = next++;
      let t0 = performance.now();
      if (opts.ratePerSecond) {
        const planned = start + (i * 1000) / opts.ratePerSecond;
        if (planned > t0) await new Promise((r) => setTimeout(r, planned - t0));
        t0 = planned;
      }
      const req = opts.request ? opts.request(i) : { url: opts.url, body: JSON.stringify(opts.body(i)) };
      const res = await fetch(req.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...opts.headers },
        body: req.body,
      }).catch((err: unknown) => {
        firstError ??= String(err instanceof Error && err.cause ? err.cause : err);
        return undefined;
      });
      if (res?.ok) okIndices.push(i);
      else errors++;
      const text = await res?.text();
      if (res && !res.ok) firstError ??= `${res.status} ${text?.slice(0, 200)}`;
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, worker));
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    seconds,
    perSecond: latencies.length / seconds,
    p50Ms: pct(0.5),
    p99Ms: pct(0.99),
    errors,
    okIndices,
    firstError,
  };
}
