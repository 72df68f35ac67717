// A screenshot read with low confidence (issue 19) is shown to the member before anything is
// filed or any change notice goes out: the recognised lines, the unsure ones marked, and "yes"
// files it, "cancel" drops it (the picture stays stored). The question is a pending question
// like "which customer?", so the pending-question middleware keeps it from trapping any other message.
import { tr } from '../../../core/i18n/index.js';
import type { MessageHandler } from '../../understand/handler.js';
import type { ScreenshotReading } from '../../../extract/screenshot/types.js';
import { botCtx, replyMd, type BotCtx } from '../bot-context.js';
import { fileScreenshots, storedReadings } from './screenshot.js';

export const SCREENSHOT_CHECK = 'screenshot_check';
const TTL_MS = 60 * 60_000;

const YES = /^(yes|y|ok|okay|correct|confirm|right|是|是的|对|对的|确认|没问题|好|好的|可以)[.!。！]?$/iu;
const NO = /^(no|n|cancel|wrong|不|不对|取消|错了|算了)[.!。！]?$/iu;

/** "yes" / "cancel" to a screenshot check, else undefined (then the message is what it is). */
export function checkAnswer(text: string): 'yes' | 'no' | undefined {
  const t = text.trim();
  return YES.test(t) ? 'yes' : NO.test(t) ? 'no' : undefined;
}

export async function askScreenshotCheck(
  b: BotCtx,
  m: { messageId: string; reading: ScreenshotReading },
): Promise<void> {
  const { lang } = b.fmt;
  const min = b.ctx.deps.config.screenshots.minConfidence;
  const unsure = new Set(m.reading.bubbles.filter((x) => x.confidence < min).map((x) => x.index));
  const lines = m.reading.transcript.messages.map((x) => {
    const who = x.speaker ?? tr(lang, x.role === 'rep' ? 'bot.screenshot.side_rep' : 'bot.screenshot.side_customer');
    return `${unsure.has(x.index) ? '⚠️ ' : ''}${who}: ${x.text}`;
  });
  const question = [
    tr(lang, 'bot.screenshot.check_intro', { percent: Math.round(m.reading.confidence * 100) }),
    ...lines,
    tr(lang, 'bot.screenshot.check_ask'),
  ].join('\n');
  await b.ctx.transaction(async (tx) => {
    await tx.pendingQuestions.askQuestion({
      chatId: b.ctx.chat.id,
      memberId: b.sender.id,
      kind: SCREENSHOT_CHECK,
      payload: { messageId: m.messageId, lang, question },
      choices: [],
      createdAt: b.ctx.now,
      expiresAt: new Date(b.ctx.now.getTime() + TTL_MS),
    });
    replyMd(b, question);
  });
}

/** The member's "yes" or "cancel" to a screenshot check. */
export const screenshotCheckHandler: MessageHandler = {
  name: 'bot.screenshot-check',
  async handle(ctx) {
    if (!ctx.sender) return false;
    const repos = ctx.deps.repos;
    const q = await repos.pendingQuestions.openQuestion(ctx.chat.id, ctx.sender.id, ctx.now);
    if (q?.kind !== SCREENSHOT_CHECK) return false;
    const answer = checkAnswer(ctx.message.text);
    if (!answer) return false;
    const p = q.payload as { messageId: string };
    const b = await botCtx(ctx, ctx.sender);
    const close = (tx: typeof repos) => tx.pendingQuestions.closeQuestion(ctx.chat.id, b.sender.id);
    if (answer === 'no') {
      await ctx.transaction(async (tx) => {
        await close(tx);
        ctx.reply(tr(b.fmt.lang, 'bot.screenshot.check_dropped'));
      });
      return true;
    }
    const original = await repos.botContext.messageText(p.messageId);
    const readings = await storedReadings(b, p.messageId);
    if (!original || !readings) {
      await ctx.transaction(async (tx) => {
        await close(tx);
        ctx.reply(tr(b.fmt.lang, 'bot.screenshot.check_gone'));
      });
      return true;
    }
    // The filing closes the question in its own transaction; a "which customer?" it asks replaces it.
    await fileScreenshots(b, {
      messageId: p.messageId,
      sentAt: original.sentAt,
      caption: original.text,
      readings,
      checked: true,
      alsoInTx: close,
    });
    return true;
  },
};
