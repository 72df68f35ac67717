// The understanding step: route a message through the router (./router.ts), whose
// last step answers what nothing else took (./fallback.ts).
import type { MessageContext } from './context.js';
import type { Composer } from './composer.js';
import { createRouter } from './router.js';

export function createUnderstand(router: Composer = createRouter()) {
  return async function understand(ctx: MessageContext): Promise<void> {
    await router.route(ctx);
  };
}

export const understand = createUnderstand();
