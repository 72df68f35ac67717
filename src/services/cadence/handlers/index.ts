// The cadence's parts of the conversation (issue 6). Where each goes in the order is
// declared in src/services/understand/router.ts.
export { chatActivityObserver } from './chat-activity.js';
export { cadenceCommand } from './cadence-command.js';
export { tiersCommand, tierAcceptHandler } from './tier-accept.js';
export { completionRateHandler } from './completion-rate.js';
export { pausePhraseHandler } from './pause-phrase.js';
