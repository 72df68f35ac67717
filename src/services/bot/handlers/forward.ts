// The catch-all: a forwarded customer chat, or a short statement naming a customer
// ("ACME wants 5000 pcs by Dec 10"). Works out the customer (../customers/forward-customer.ts:
// header line, first-line name, merged-forward title, the chat's people and names; the
// rep's recent customer only as a hint), or asks; extracts the needs and stores them.
// Registered last: anything else falls through to the help.
import type { MessageHandler } from '../../understand/handler.js';
import type { MessageContext } from '../../understand/context.js';
import { askWhichCustomer, refuseCustomer } from '../ask.js';
import { botCtx, type BotCtx } from '../bot-context.js';
import { recentCustomer, resolveCustomer } from '../customers/resolve.js';
import {
  chatPreamble,
  firstLineCustomer,
  forwardCustomer,
  type ForwardCustomer,
} from '../customers/forward-customer.js';
import type { Customer } from '../../../core/customer.js';
import { visibleScope } from '../customers/scope.js';
import { looksLikeChat } from '../intents/forwarded.js';
import { applyForward } from '../forward/apply-forward.js';
import { chatOptions, extractChat, parseChat } from '../forward/extract-chat.js';
import type { ParsedTranscript } from '../../../extract/types.js';
import type { Repositories } from '../../../deps.js';

/**
 * A chat read from screenshots (issue 19) instead of text: the reading's transcript, the header the
 * picture showed, writes that come first in the filing's transaction (taking back the run's earlier
 * filing), and — when it continues a run already filed — that filing's customer, so the run is
 * filed once, as one chat.
 */
export interface ScreenshotForward {
  parsed: ParsedTranscript;
  title?: string;
  firstInTx?: (tx: Repositories) => Promise<void>;
  continues?: Customer;
}

/** A chat pasted right after talking about a customer is about that customer. */
const CONTEXT_MS = 10 * 60_000;

export const forwardHandler: MessageHandler = {
  name: 'bot.forward',
  async handle(ctx: MessageContext): Promise<boolean> {
    if (!ctx.sender) return false;
    const b = await botCtx(ctx, ctx.sender);
    return forwardMessage(b, {
      text: ctx.message.text,
      sentAt: ctx.message.sentAt,
      messageId: ctx.message.id,
      fromQuestion: false,
    });
  },
};

export async function forwardMessage(
  b: BotCtx,
  m: { text: string; sentAt: Date; messageId: string; fromQuestion: boolean; screenshot?: ScreenshotForward },
): Promise<boolean> {
  const { ctx } = b;
  const repos = ctx.deps.repos;
  const shot = m.screenshot;
  // A screenshot's caption is its preamble ("客户：ACME", or just the customer's name); the picture's
  // header (the contact or group name) is one of the chat's people.
  const pre = shot ? screenshotPreamble(m.text, shot) : chatPreamble(m.text);
  const opts = chatOptions(ctx.deps, m.sentAt, b.sender.name);
  const parsed = shot?.parsed ?? parseChat(pre.body, opts);
  const isChat =
    !!shot || looksLikeChat(pre.body, parsed) || !!pre.header || !!pre.firstLine || pre.titlePeople.length > 0;
  const result = await extractChat(ctx.deps, parsed, opts);
  if (!isChat && result.needs.length === 0) return false;
  const apply = (customer: Customer | { newName: string }) =>
    applyForward(b, {
      customer,
      parsed,
      result,
      messageId: m.messageId,
      sentAt: m.sentAt,
      fromScreenshot: !!shot,
      firstInTx: shot?.firstInTx,
    });

  let found: ForwardCustomer | undefined;
  // The next screenshot of a run already filed goes to the same customer, refiled as one chat.
  if (shot?.continues) found = { kind: 'one', customer: shot.continues };
  else if (pre.header) {
    const r = await resolveCustomer(repos, b.sender, pre.header);
    found =
      r.kind === 'none'
        ? { kind: 'new', name: pre.header }
        : r.kind === 'many'
          ? { kind: 'ask', candidates: r.customers }
          : r;
  } else if (pre.firstLine) found = await firstLineCustomer(repos, b.sender, pre.firstLine);
  found ??= await forwardCustomer(repos, b.team, b.sender, {
    text: pre.body,
    parsed,
    titlePeople: pre.titlePeople,
    repNames: opts.reps ?? [],
    // A chat pasted right after talking about a customer may be about that customer: a hint, never a verdict.
    recent: await recentCustomer(repos, b.sender.id, ctx.now, CONTEXT_MS),
  });
  if (found.kind === 'new') {
    await apply({ newName: found.name });
    return true;
  }
  if (found.kind === 'one') {
    await apply(found.customer);
    return true;
  }
  if (found.kind === 'forbidden') {
    refuseCustomer(b, found.customer);
    return true;
  }
  // The chat's own candidates when it has some; else the recent customer first (a hint), then the rep's latest.
  const choices =
    found.candidates.length > 1 ? found.candidates : dedupe([...found.candidates, ...(await recentChoices(b))]);
  await askWhichCustomer(b, {
    reason: 'forward',
    choices,
    offerNew: pre.firstLine,
    then: { action: 'forward', messageId: m.messageId },
  });
  return true;
}

function screenshotPreamble(caption: string, shot: ScreenshotForward) {
  const cap = chatPreamble(caption);
  const line = caption.trim();
  const name = !cap.header && line && !line.includes('\n') && line.length <= 80 ? line : undefined;
  return {
    body: transcriptText(shot.parsed),
    titlePeople: shot.title ? [shot.title] : [],
    header: cap.header,
    firstLine: cap.firstLine ?? name,
  };
}

/** The reading as "speaker: text" lines, for customer resolution's name search. */
function transcriptText(p: ParsedTranscript): string {
  return p.messages.map((x) => (x.speaker ? `${x.speaker}: ${x.text}` : x.text)).join('\n');
}

function dedupe(list: Customer[]): Customer[] {
  const seen = new Set<string>();
  return list.filter((c) => !seen.has(c.id) && seen.add(c.id));
}

async function recentChoices(b: BotCtx) {
  const lists = b.ctx.deps.repos.customerLists;
  const own = await lists.recentCustomers({ kind: 'owned', ownerId: b.sender.id }, 5);
  return own.length ? own : lists.recentCustomers(visibleScope(b.sender), 5);
}
