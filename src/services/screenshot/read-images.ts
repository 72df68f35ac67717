// Read a message's pictures with the screenshot reader (issue 19), off the message's critical
// section: called before ctx.transaction. A reading is stored as soon as it is made (it is a pure
// function of the bytes), so a retry or the next screenshot of a run never runs OCR again. When
// OCR takes longer than config.screenshots.readingNoticeMs, "reading the screenshot…" is queued
// in the outbox at once — outside the message's transaction, once per message by its dedupe key.
import type { MessageContext } from '../understand/context.js';
import type { StoredImage } from '../../core/message-image.js';
import type { ScreenshotReading } from '../../extract/screenshot/types.js';
import { ScreenshotReadError } from '../../extract/screenshot/types.js';
import { tr } from '../../core/i18n/index.js';
import { readingFromJson } from './reading-json.js';

export type ReadOutcome =
  | { ok: true; readings: ScreenshotReading[] }
  | { ok: false; reason: ScreenshotReadError['reason'] | 'download-failed'; detail?: string };

/** `reps`: the forwarding member's names, as chatOptions gives a text forward (the right-hand side). */
export async function readImages(ctx: MessageContext, images: StoredImage[], reps: string[]): Promise<ReadOutcome> {
  const { deps, message } = ctx;
  const cfg = deps.config.screenshots;
  const readings: ScreenshotReading[] = [];
  for (const img of images) {
    const stored = img.state === 'read' ? readingFromJson(img.reading) : undefined;
    if (stored) {
      readings.push(stored);
      continue;
    }
    if (img.state === 'unreadable') return refusedBefore(img.error);
    if (img.width && img.height && img.width * img.height > cfg.maxPixels) {
      await deps.repos.messageImages.markUnreadable(message.id, img.ordinal, 'too-many-pixels');
      return { ok: false, reason: 'too-many-pixels' };
    }
    const bytes = await deps.repos.messageImages.imageData(message.id, img.ordinal);
    if (!bytes) return { ok: false, reason: 'not-an-image' };
    let reading: ScreenshotReading;
    try {
      reading = await withReadingNotice(ctx, () =>
        deps.screenshots.reader.read(bytes.data, {
          now: message.sentAt,
          tz: deps.config.tz,
          reps,
          timeoutMs: cfg.timeoutMs,
        }),
      );
    } catch (err) {
      if (!(err instanceof ScreenshotReadError)) throw err;
      // Missing OCR is not the picture's fault: it stays 'stored', to be read once Tesseract is there.
      if (err.reason !== 'ocr-unavailable' && err.reason !== 'timeout')
        await deps.repos.messageImages.markUnreadable(message.id, img.ordinal, err.reason);
      return { ok: false, reason: err.reason, detail: err.message };
    }
    await deps.repos.messageImages.markRead(message.id, img.ordinal, reading, reading.confidence);
    readings.push(reading);
  }
  return { ok: true, readings };
}

function refusedBefore(error: string | null): ReadOutcome {
  const why = error ?? '';
  if (why.startsWith('download-failed')) return { ok: false, reason: 'download-failed', detail: why };
  if (why === 'too-large' || why === 'too-many-pixels' || why === 'no-chat-found') return { ok: false, reason: why };
  return { ok: false, reason: 'not-an-image', detail: why };
}

async function withReadingNotice<T>(ctx: MessageContext, read: () => Promise<T>): Promise<T> {
  const { deps, message, chat } = ctx;
  let timer: NodeJS.Timeout | undefined;
  let noticed: Promise<unknown> = Promise.resolve();
  const notice = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, deps.config.screenshots.readingNoticeMs);
  }).then(() => {
    noticed = deps.repos.outbox
      .enqueue([
        {
          chatId: chat.id,
          text: tr(ctx.lang, 'bot.screenshot.reading'),
          format: 'text',
          kind: 'reply',
          dedupeKey: `reading:${message.id}`,
          sourceMessageId: message.id,
          replyHint: message.replyHint,
          at: ctx.now,
        },
      ])
      .then(() => deps.signals.outboxQueued())
      .catch((err: unknown) => deps.logger.warn({ err }, 'could not queue the reading notice'));
  });
  void notice;
  try {
    return await read();
  } finally {
    clearTimeout(timer);
    await noticed;
  }
}
