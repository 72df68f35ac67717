// The order in which handlers see a message. Specific commands come first; the
// catch-alls (a forwarded transcript, a free question) last.
import type { MessageHandler } from './handler.js';
import { handoverHandlers } from '../handover/handlers/index.js';
import { webLinkHandler } from '../../web/handlers/web-link.js';
import { botCatchAllHandler, botHandlers } from '../bot/handlers.js';
import { cadenceHandlers, cadenceObserverHandlers } from '../cadence/handlers/index.js';
import { externalScopeHandler } from '../bot/handlers/external-scope.js';

export function messageHandlers(): MessageHandler[] {
  return [
    ...cadenceObserverHandlers(), // cadence (issue 6): watches customer-linked chats, never owns a message — keep FIRST
    externalScopeHandler, // hardening (issue 17): a customer's external group talks about that customer only
    ...handoverHandlers(), // handover (issue 7): commands and replies to handover questions
    webLinkHandler,
    ...cadenceHandlers(), // cadence (issue 6): /cadence, tier acceptance, completion rate, "customer says not now"
    ...botHandlers(), // the bot in chat (issue 5): unknown senders, answers to its questions, commands and questions
    botCatchAllHandler(), // the bot (issue 5): forwarded chats and statements about a customer — keep LAST
  ];
}
