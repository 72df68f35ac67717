// A free-text step of the conversation: one kind of thing a message can ask of
// Baton in words. The router (./router.ts) tries the steps in its declared order;
// the first that returns true owns the message. Slash commands are not steps: they
// are declared once with `defineCommand` (./command.ts).
import type { MessageContext } from './context.js';

export interface MessageHandler {
  name: string;
  /** Handle the message and return true, or return false (without side effects) to pass. */
  handle(ctx: MessageContext): Promise<boolean>;
}
