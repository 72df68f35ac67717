// The handover's parts of the conversation (issue 7). Where each goes in the order
// is declared in src/services/understand/router.ts.
export { handoverCommands, handoverPhraseHandler } from './commands.js';
export { handoverReplyHandler } from './replies.js';
