// All time logic takes a Clock, so tests and the console's `tick` can set the time.

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that can be moved forward (the console's `tick`). After a move it keeps
 * running from the new instant at real speed, so later messages sort after the tick.
 */
export class AdjustableClock implements Clock {
  private offsetMs = 0;
  constructor(private readonly base: Clock = systemClock) {}
  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }
  /** Move to `to` if it is later than now; never moves backwards. */
  advanceTo(to: Date): void {
    const delta = to.getTime() - this.now().getTime();
    if (delta > 0) this.offsetMs += delta;
  }
}

/** A clock that stands still until told (unit tests). */
export class FixedClock implements Clock {
  constructor(private current: Date) {}
  now(): Date { return new Date(this.current); }
  set(to: Date): void { this.current = new Date(to); }
  advance(ms: number): void { this.current = new Date(this.current.getTime() + ms); }
}
