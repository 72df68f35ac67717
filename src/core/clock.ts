// All time logic takes a Clock, so tests and the console's `tick` can set the time.
// This file is the only place that reads the system clock (a lint rule keeps it so).

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Milliseconds since the epoch on the system clock: the default `now` of adapters built without one. */
export const wallMs = (): number => Date.now();

/**
 * A clock that can be moved forward (the console's `tick`). After a move it keeps
 * running from the new instant at the speed of its base clock, so later messages
 * sort after the tick (over a FixedClock it stands still between moves).
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

/** A clock that stands still until told (tests). */
export class FixedClock implements Clock {
  private current: Date;
  constructor(at: Date | string) {
    this.current = new Date(at);
  }
  now(): Date {
    return new Date(this.current);
  }
  set(to: Date | string): void {
    this.current = new Date(to);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
