// The handover handlers, in the order the router should try them (before the
// bot's catch-alls: a reply to a handover question must not be read as a transcript).
import type { MessageHandler } from '../../understand/handler.js';
import { handoverCommandHandler } from './commands.js';
import { handoverReplyHandler } from './replies.js';

export function handoverHandlers(): MessageHandler[] {
  return [handoverCommandHandler, handoverReplyHandler];
}
