// The bot's handlers (issue 5), for src/services/understand/handlers.ts: the first
// group goes before other features' commands is fine; the catch-all must stay last.
import type { MessageHandler } from '../understand/handler.js';
import { forwardHandler } from './handlers/forward.js';
import { intentHandler } from './handlers/intent.js';
import { pendingAnswerHandler } from './handlers/pending-answer.js';
import { unknownSenderHandler } from './handlers/senders.js';

/** Unknown senders, answers to Baton's questions, commands and questions about customers. */
export function botHandlers(): MessageHandler[] {
  return [unknownSenderHandler, pendingAnswerHandler, intentHandler];
}

/** A forwarded chat or a statement about a customer: register LAST. */
export function botCatchAllHandler(): MessageHandler {
  return forwardHandler;
}
