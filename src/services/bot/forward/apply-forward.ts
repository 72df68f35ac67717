// Store what a forwarded chat says about a customer, in one transaction: create the
// customer if new (owner = the forwarding rep), merge the needs (versioned), remember
// the customer-side speakers as contacts, record the contact for the cadence, queue
// change notices, and answer with a short card.
import type { Repositories } from '../../../deps.js';
import type { Customer } from '../../../core/customer.js';
import type { ExtractionResult, ParsedTranscript } from '../../../extract/types.js';
import { onCustomerContact } from '../../cadence/on-contact.js';
import { mergeNeeds, type IncomingNeed } from '../../needs/merge.js';
import { changeLineOf, needLineOf, splitShown, unknownEssentials } from '../../needs/read.js';
import { customerHead, mayShow, replyMd, type BotCtx } from '../bot-context.js';
import { nameOf } from '../customers/visibility.js';
import { forwardCard } from '../format/cards.js';
import type { ChangeLine } from '../format/views.js';
import { queueNotices } from '../notices.js';
import { afterNeedsChanged } from '../../orders/hooks.js';
import { offerOrderIfConfirmed } from '../../orders/offer.js';

export interface ForwardInput {
  customer: Customer | { newName: string };
  parsed: ParsedTranscript;
  result: ExtractionResult;
  messageId: string;
  sentAt: Date;
  /** More writes for the same transaction (closing the question that led here). */
  alsoInTx?: (tx: Repositories) => Promise<void>;
  /** Writes that must come first in the same transaction (/move takes the old filing back). */
  firstInTx?: (tx: Repositories) => Promise<void>;
  /** The chat was read from a screenshot (issue 19): the card says so, the quotes are OCR text. */
  fromScreenshot?: boolean;
}

export async function applyForward(b: BotCtx, input: ForwardInput): Promise<void> {
  const { ctx, sender } = b;
  const names = (id: string | null) => nameOf(b.team, id);
  await ctx.transaction(async (tx) => {
    await input.firstInTx?.(tx);
    const isNew = !('id' in input.customer);
    const customer =
      'id' in input.customer
        ? input.customer
        : await tx.customers.createCustomer(
            { name: input.customer.newName, ownerId: sender.id, language: ctx.lang },
            ctx.deps.config.customerCode,
            ctx.now,
          );
    const r = input.result;
    const merged = await mergeNeeds(tx, {
      customerId: customer.id,
      needs: r.needs as IncomingNeed[],
      messageId: input.messageId,
      viaMessageId: ctx.message.id,
      recordedBy: sender.id,
      now: ctx.now,
      defaults: { extractor: r.extractor, model: r.model ?? null, promptVersion: r.promptVersion ?? null },
    });
    const speakers = input.parsed.messages.filter((m) => m.role === 'customer' && m.speaker).map((m) => m.speaker!);
    await tx.customerContacts.rememberContacts(customer.id, speakers, ctx.now, ctx.message.id);
    const lastAt = input.parsed.messages
      .map((m) => m.atDate)
      .filter((d): d is Date => !!d)
      .sort((a, b2) => +b2 - +a)[0];
    await onCustomerContact(tx, customer.id, lastAt && lastAt < ctx.now ? lastAt : input.sentAt);
    await input.alsoInTx?.(tx);

    const changedLines = merged.changed.map((m) => changeLineOf(m.change, names));
    const changedKinds = new Set(merged.changed.map((m) => m.to.kind));
    const inChat: ChangeLine[] = r.changes
      .filter((c) => !changedKinds.has(c.kind))
      .map((c) => ({
        kind: c.kind,
        from: c.from as Record<string, unknown>,
        to: c.to as Record<string, unknown>,
        evidence: c.evidence,
        saidBy: c.speaker ?? null,
        saidAt: c.at ? new Date(c.at) : null,
        recordedBy: null,
        at: ctx.now,
      }));
    const understood = splitShown(
      merged.added.map((m) => needLineOf(m.to, names)),
      (k) => mayShow(b, k),
    );
    const changed = splitShown(changedLines, (k) => mayShow(b, k));
    const inChatShown = splitShown(inChat, (k) => mayShow(b, k));
    const current = await tx.needs.currentNeeds(customer.id);
    const unsureRep = input.parsed.roles?.find(
      (g) => g.role === 'rep' && g.basis !== 'rep-name' && g.confidence < 0.6,
    )?.speaker;
    replyMd(
      b,
      forwardCard(
        {
          customer: customerHead(b, customer, isNew),
          messages: r.messages,
          understood: understood.shown,
          changed: changed.shown,
          inChat: inChatShown.shown,
          unchanged: merged.unchanged.length,
          stale: merged.stale,
          unknown: unknownEssentials(current),
          hidden: [...understood.hidden, ...changed.hidden, ...inChatShown.hidden],
          unsureRep,
          fromScreenshot: input.fromScreenshot,
        },
        b.fmt,
      ),
    );
    await queueNotices(
      tx,
      b,
      customer,
      merged.changed.map((m, i) => ({ slot: m.to.slot, line: changedLines[i]! })),
      false,
    );
    // Orders (issue 20): a change after confirmation revises the production sheet; a customer confirming is offered as an order.
    if (merged.changed.length + merged.added.length > 0) await afterNeedsChanged(tx, ctx, sender, customer);
    await offerOrderIfConfirmed(tx, ctx, customer, input.parsed.messages);
    ctx.setCustomer(customer.id);
  });
}
