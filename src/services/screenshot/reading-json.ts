// A stored screenshot reading (message_images.reading, jsonb) read back with zod: the shape the
// reader returned, with each message's Date revived from its ISO time.
import { z } from 'zod';
import type { ScreenshotReading } from '../../extract/screenshot/types.js';
import { SCREENSHOT_LAYOUTS } from '../../extract/screenshot/types.js';
import { TRANSCRIPT_FORMATS } from '../../extract/types.js';

const Box = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });
const Message = z.object({
  index: z.number(),
  speaker: z.string().optional(),
  at: z.string().optional(),
  text: z.string(),
  role: z.enum(['rep', 'customer', 'unknown']),
});
const Reading = z.object({
  layout: z.enum(SCREENSHOT_LAYOUTS),
  title: z.string().optional(),
  transcript: z.object({
    format: z.enum(TRANSCRIPT_FORMATS),
    messages: z.array(Message),
    dayFirst: z.boolean().optional(),
    participants: z.array(z.string()).optional(),
    roles: z
      .array(
        z.object({
          speaker: z.string(),
          role: z.enum(['rep', 'customer', 'unknown']),
          confidence: z.number(),
          basis: z.enum(['rep-name', 'content', 'single-speaker', 'default']),
        }),
      )
      .optional(),
  }),
  bubbles: z.array(z.object({ index: z.number(), side: z.enum(['left', 'right']), box: Box, confidence: z.number() })),
  confidence: z.number(),
  width: z.number(),
  height: z.number(),
  ms: z.number(),
});

/** The reading, or undefined when the stored JSON is not one (then it is read again). */
export function readingFromJson(json: unknown): ScreenshotReading | undefined {
  const r = Reading.safeParse(json);
  if (!r.success) return undefined;
  const t = r.data.transcript;
  return {
    ...r.data,
    transcript: { ...t, messages: t.messages.map((m) => ({ ...m, ...(m.at ? { atDate: new Date(m.at) } : {}) })) },
  };
}
