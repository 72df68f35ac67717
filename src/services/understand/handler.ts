// One kind of thing a message can ask of Baton. The router tries handlers in
// order (src/services/understand/handlers.ts); the first that returns true owns
// the message. Each feature adds its handlers in its own files.
import type { MessageContext } from './context.js';

export interface MessageHandler {
  name: string;
  /** Handle the message and return true, or return false (without side effects) to pass. */
  handle(ctx: MessageContext): Promise<boolean>;
}
