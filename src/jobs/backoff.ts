// Exponential backoff with jitter, shared by the message and outbox workers: 1 s, 2 s,
// 4 s … up to 10 minutes, each ±25 % so that rows failing together do not retry together.
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(10 * 60_000, 1000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}
