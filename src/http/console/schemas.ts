// The console API's request bodies (../shared/contracts/console.md), checked with zod.
import { z } from 'zod';
import { InputError } from '../../core/errors.js';

export const PostBody = z.object({
  chat: z.string().min(1).max(200),
  from: z.string().min(1).max(200),
  text: z.string().min(1, 'text must not be empty').max(100_000),
  id: z.string().min(1).max(200).optional(),
  /** How long to wait for the answer (default 15 s; 0 = return as soon as the message is stored). */
  wait_ms: z.number().int().min(0).max(15_000).optional(),
});

export const TickBody = z.object({ now: z.string().min(1) });

/** The body, or a 400 naming every field that is wrong. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const r = schema.safeParse(body);
  if (!r.success) {
    throw new InputError(400, 'bad_request', r.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  }
  return r.data;
}
