// The order handlers (issue 20), in the order the router should try them: before the
// handover handlers (a bare "ack" while a sheet is waiting is the sheet's) and before
// the bot's catch-alls ("ACME 已发货" is no statement of needs).
import type { MessageHandler } from '../../understand/handler.js';
import { orderCommandHandler } from './order-command.js';
import { sheetReplyHandler } from './sheet-replies.js';
import { offerReplyHandler } from './offer-reply.js';
import { kpiHandler } from './kpi.js';

export function orderHandlers(): MessageHandler[] {
  return [offerReplyHandler, sheetReplyHandler, orderCommandHandler, kpiHandler];
}
