// Per rep: how many scheduled follow-ups were done (and done on time), and how many
// of their customers are overdue now.
export interface DueItem {
  memberId: string | null;
  dueAt: Date;
  doneAt: Date | null;
}
export interface OwnedCustomer {
  ownerId: string | null;
  nextFollowUpAt: Date | null;
  active: boolean;
}

export interface RepFollowUps {
  memberId: string;
  due: number;
  done: number;
  onTime: number;
  /** done / due, null when nothing was due. */
  completion: number | null;
  customers: number;
  overdue: number;
}

export function followUpStats(
  dues: DueItem[],
  customers: OwnedCustomer[],
  now: Date,
  memberIds: string[],
): RepFollowUps[] {
  return memberIds.map((memberId) => {
    const mine = dues.filter((d) => d.memberId === memberId && d.dueAt <= now);
    const done = mine.filter((d) => d.doneAt !== null);
    const onTime = done.filter((d) => d.doneAt! <= new Date(d.dueAt.getTime() + 24 * 3600_000));
    const owned = customers.filter((c) => c.ownerId === memberId && c.active);
    return {
      memberId,
      due: mine.length,
      done: done.length,
      onTime: onTime.length,
      completion: mine.length ? done.length / mine.length : null,
      customers: owned.length,
      overdue: owned.filter((c) => c.nextFollowUpAt !== null && c.nextFollowUpAt < now).length,
    };
  });
}

/** Median and 90th percentile (nearest rank) of durations in minutes. */
export function responseStats(minutes: number[]): { count: number; median: number | null; p90: number | null } {
  if (minutes.length === 0) return { count: 0, median: null, p90: null };
  const s = [...minutes].sort((a, b) => a - b);
  const rank = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
  return { count: s.length, median: rank(0.5), p90: rank(0.9) };
}
