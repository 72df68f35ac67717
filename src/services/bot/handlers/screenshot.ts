// A forwarded chat screenshot (issue 19): a message that carries pictures. The pictures are read
// with the screenshot reader before the message's transaction (../../screenshot/read-images.ts),
// joined with the member's screenshots just before it in this chat (../../screenshot/run.ts),
// and then the same forward flow as a pasted chat runs on the reading's transcript: customer
// resolution, needs, changes, notices, the card. A reading less sure than the configured
// threshold is shown to the member for a check first (./screenshot-check.ts); a picture Baton
// cannot read gets a clear answer and stays stored.
import type { MessageHandler } from '../../understand/handler.js';
import type { Customer } from '../../../core/customer.js';
import type { Repositories } from '../../../deps.js';
import type { ScreenshotReading } from '../../../extract/screenshot/types.js';
import { tr } from '../../../core/i18n/index.js';
import { NotYetError } from '../../../core/errors.js';
import { botCtx, type BotCtx } from '../bot-context.js';
import { repNames } from '../forward/extract-chat.js';
import { applyForward } from '../forward/apply-forward.js';
import { chatOptions, extractChat } from '../forward/extract-chat.js';
import { takeBack } from '../undo/take-back.js';
import { forwardMessage, type ScreenshotForward } from './forward.js';
import { readImages, type ReadOutcome } from '../../screenshot/read-images.js';
import { readingFromJson } from '../../screenshot/reading-json.js';
import { screenshotRun, type ScreenshotRun } from '../../screenshot/run.js';
import { askScreenshotCheck } from './screenshot-check.js';

export const screenshotHandler: MessageHandler = {
  name: 'bot.screenshot',
  async handle(ctx) {
    if (!ctx.sender) return false;
    const images = await ctx.deps.repos.messageImages.imagesOf(ctx.message.id);
    if (images.length === 0) return false;
    const b = await botCtx(ctx, ctx.sender);
    // Without OCR nothing is read, nothing is lost: the pictures stay stored for when it is installed.
    // In a group, pictures are often just pictures (a product photo): only a chat found in one is
    // answered there; a direct chat with Baton always gets an answer.
    const group = ctx.chat.kind === 'group';
    const available = await ctx.deps.screenshots.reader.available();
    const unread = images.some((i) => i.state !== 'read' && i.state !== 'unreadable');
    if (!available.ok && unread) {
      if (group) return false;
      ctx.reply(tr(b.fmt.lang, 'bot.screenshot.needs_tesseract'));
      return true;
    }
    const outcome = await readImages(ctx, images, repNames(b.sender.name));
    if (!outcome.ok) {
      if (group && (outcome.reason === 'no-chat-found' || outcome.reason === 'ocr-unavailable')) return false;
      ctx.reply(refusal(b, outcome));
      return true;
    }
    await fileScreenshots(b, {
      messageId: ctx.message.id,
      sentAt: ctx.message.sentAt,
      caption: ctx.message.text,
      readings: outcome.readings,
    });
    return true;
  },
};

function refusal(b: BotCtx, o: Extract<ReadOutcome, { ok: false }>): string {
  const { lang } = b.fmt;
  const cfg = b.ctx.deps.config.screenshots;
  switch (o.reason) {
    case 'too-large':
      return tr(lang, 'bot.screenshot.too_large', { mb: Math.round(cfg.maxBytes / 1024 / 1024) });
    case 'too-many-pixels':
      return tr(lang, 'bot.screenshot.too_many_pixels', { mp: Math.round(cfg.maxPixels / 1_000_000) });
    case 'download-failed':
      return tr(lang, 'bot.screenshot.download_failed');
    case 'ocr-unavailable':
      return tr(lang, 'bot.screenshot.needs_tesseract');
    case 'timeout':
      return tr(lang, 'bot.screenshot.timeout');
    case 'no-chat-found':
      return tr(lang, 'bot.screenshot.no_chat_found');
    default:
      return tr(lang, 'bot.screenshot.not_an_image');
  }
}

/** Tries to wait for an earlier screenshot still being worked on elsewhere (1 + 2 + 4 + 8 s) before going alone. */
const WAIT_TRIES = 4;

/** The run this message ends, joined into one reading with this message's own readings. */
async function joinRun(
  b: BotCtx,
  m: { messageId: string; sentAt: Date; caption: string; readings: ScreenshotReading[] },
): Promise<{ run: ScreenshotRun; reading: ScreenshotReading }> {
  const run = await screenshotRun(b.ctx.deps, {
    chatId: b.ctx.chat.id,
    senderMemberId: b.sender.id,
    messageId: m.messageId,
    sentAt: m.sentAt,
    caption: m.caption,
  });
  // The earlier screenshot of this run is still being read by another replica: try again shortly,
  // so the run is joined instead of filed twice (and on the last tries, go ahead alone).
  if (run.waitingFor && b.ctx.message.id === m.messageId && b.ctx.message.attempts <= WAIT_TRIES)
    throw new NotYetError(`the screenshot before this one (${run.waitingFor}) is still being read`);
  const all = [...run.readings, ...m.readings];
  return { run, reading: all.length === 1 ? all[0]! : b.ctx.deps.screenshots.join(all) };
}

/**
 * File the screenshots of `messageId` (and the run it ends) as one forwarded chat. `checked`: the
 * member confirmed a low-confidence reading; `customer`: the answer to "which customer?".
 */
export async function fileScreenshots(
  b: BotCtx,
  m: {
    messageId: string;
    sentAt: Date;
    /** The text that came with the picture: a header line or the customer's name, as before a pasted chat. */
    caption: string;
    readings: ScreenshotReading[];
    checked?: boolean;
    customer?: Customer | { newName: string };
    /** Writes for the filing's transaction (closing the question that led here). */
    alsoInTx?: (tx: Repositories) => Promise<void>;
  },
): Promise<void> {
  const repos = b.ctx.deps.repos;
  const { run, reading } = await joinRun(b, m);
  if (!m.checked && reading.confidence < b.ctx.deps.config.screenshots.minConfidence) {
    await askScreenshotCheck(b, { messageId: m.messageId, reading });
    return;
  }
  const ids = [...run.messageIds, m.messageId];
  const filed = run.filed;
  const previous = filed ? await repos.customers.findCustomerById(filed.customerId) : undefined;
  const firstInTx = async (tx: Repositories) => {
    await m.alsoInTx?.(tx);
    // The run's earlier filing is taken back quietly: the same chat is filed again, whole, right now.
    if (filed) await takeBack(tx, b, filed.messageId, { retract: false });
    await tx.messageImages.setRunStart(ids, ids[0]!);
  };
  if (m.customer) {
    const opts = chatOptions(b.ctx.deps, m.sentAt, b.sender.name);
    const result = await extractChat(b.ctx.deps, reading.transcript, opts);
    await applyForward(b, {
      customer: m.customer,
      parsed: reading.transcript,
      result,
      messageId: m.messageId,
      sentAt: m.sentAt,
      fromScreenshot: true,
      firstInTx,
    });
    return;
  }
  const screenshot: ScreenshotForward = {
    parsed: reading.transcript,
    title: reading.title,
    firstInTx,
    continues: previous,
  };
  await forwardMessage(b, {
    text: m.caption,
    sentAt: m.sentAt,
    messageId: m.messageId,
    fromQuestion: false,
    screenshot,
  });
}

/** The stored readings of a screenshot message, for a question's answer (they were read before asking). */
export async function storedReadings(b: BotCtx, messageId: string): Promise<ScreenshotReading[] | undefined> {
  const images = await b.ctx.deps.repos.messageImages.imagesOf(messageId);
  if (images.length === 0) return undefined;
  const readings = images.map((i) => (i.state === 'read' ? readingFromJson(i.reading) : undefined));
  return readings.every((r) => !!r) ? (readings as ScreenshotReading[]) : undefined;
}

/** The chat a screenshot message was filed as (its stored readings, joined with its run), for /move. */
export async function storedScreenshotChat(
  b: BotCtx,
  m: { messageId: string; sentAt: Date; caption: string },
): Promise<ScreenshotReading | undefined> {
  const readings = await storedReadings(b, m.messageId);
  if (!readings) return undefined;
  return (await joinRun(b, { ...m, readings })).reading;
}
