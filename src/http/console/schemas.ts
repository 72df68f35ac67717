// The console API's request bodies (../shared/contracts/console.md), checked with zod.
import { z } from 'zod';
import { InputError } from '../../core/errors.js';
import { EARLIEST_MS, LATEST_MS } from '../../core/epoch.js';

export const PostBody = z
  .object({
    chat: z.string().min(1).max(200),
    from: z.string().min(1).max(200),
    /** The message; with `image`, an optional caption. */
    text: z.string().max(100_000).optional(),
    /** A chat screenshot (issue 19): base64 PNG or JPEG (a data: URL works too), checked in ./image-body.ts. */
    image: z.string().min(1, 'image must not be empty').optional(),
    id: z.string().min(1).max(200).optional(),
    /** How long to wait for the answer (default 15 s; 0 = return as soon as the message is stored). */
    wait_ms: z.number().int().min(0).max(15_000).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.image === undefined && !b.text)
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'text must not be empty (or send an image)' });
  });

// Postgres timestamps end long before JavaScript's do: a time outside 2000..2200 is refused here.
export const TickBody = z.object({
  now: z
    .string()
    .min(1)
    .max(100)
    .refine((s) => {
      const ms = new Date(s).getTime();
      return Number.isNaN(ms) || (ms >= EARLIEST_MS && ms < LATEST_MS);
    }, 'must be a time between the years 2000 and 2200'),
});

export const SessionBody = z.object({ as: z.string().min(1).max(200) });

/** A `since` query parameter: an ISO 8601 time Postgres can hold, else undefined. */
export function parseSince(text: string): Date | undefined {
  const since = new Date(text);
  const ms = since.getTime();
  return Number.isNaN(ms) || ms < EARLIEST_MS || ms >= LATEST_MS ? undefined : since;
}

/** The body, or a 400 naming every field that is wrong. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const r = schema.safeParse(body);
  if (!r.success) {
    throw new InputError(
      400,
      'bad_request',
      r.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
    );
  }
  return r.data;
}
