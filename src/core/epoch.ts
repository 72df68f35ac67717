// Platform timestamps at the adapter boundary. A signed payload can still carry
// nonsense (CreateTime=99999999999999999999); such a value must be a 400 with a
// reason, never an Invalid Date that fails later in the database.
import { z } from 'zod';

/** Earliest and latest instants a platform message may claim (1 Jan 2000 .. 1 Jan 2200 UTC). */
export const EARLIEST_MS = Date.UTC(2000, 0, 1);
export const LATEST_MS = Date.UTC(2200, 0, 1);

function inRange(ms: number): boolean {
  return Number.isFinite(ms) && ms >= EARLIEST_MS && ms < LATEST_MS;
}

const digits = (max: number) =>
  z.union([
    z.number().int().nonnegative(),
    z.string().regex(new RegExp(`^\\d{1,${max}}$`), `must be at most ${max} digits`),
  ]);

/** Unix seconds (number or digit string) → Date, refused outside 2000..2200. */
export const epochSeconds = digits(11)
  .transform((v) => Number(v) * 1000)
  .refine(inRange, 'is not a plausible time in Unix seconds')
  .transform((ms) => new Date(ms));

/** Unix milliseconds (number or digit string) → Date, refused outside 2000..2200. */
export const epochMillis = digits(14)
  .transform((v) => Number(v))
  .refine(inRange, 'is not a plausible time in Unix milliseconds')
  .transform((ms) => new Date(ms));
