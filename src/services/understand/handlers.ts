// The order in which handlers see a message. Specific commands come first; the
// catch-alls (a forwarded transcript, a free question) last.
import type { MessageHandler } from './handler.js';
import { webLinkHandler } from '../../web/handlers/web-link.js';

export function messageHandlers(): MessageHandler[] {
  return [
    webLinkHandler,
  ];
}
