// The cadence's handlers for src/services/understand/handlers.ts. The chat-activity
// observer must see every message, so it goes first (it never owns a message).
import type { MessageHandler } from '../../understand/handler.js';
import { chatActivityHandler } from './chat-activity.js';
import { cadenceCommandHandler } from './cadence-command.js';
import { completionRateHandler } from './completion-rate.js';
import { pausePhraseHandler } from './pause-phrase.js';
import { tierAcceptHandler } from './tier-accept.js';

/** Register at the very top: it watches customer-linked chats and always passes. */
export function cadenceObserverHandlers(): MessageHandler[] {
  return [chatActivityHandler];
}

/** Register before the bot's handlers. */
export function cadenceHandlers(): MessageHandler[] {
  return [cadenceCommandHandler, tierAcceptHandler, completionRateHandler, pausePhraseHandler];
}
