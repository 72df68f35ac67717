// The bot's free-text steps (issue 5). Where each goes in the order is declared in
// src/services/understand/router.ts; the slash commands are in ./commands.ts.
export { forwardHandler } from './handlers/forward.js';
export { intentHandler } from './handlers/intent.js';
export { pendingAnswerHandler } from './handlers/pending-answer.js';
export { unknownSenderHandler } from './handlers/senders.js';
export { pendingQuestionMiddleware } from './handlers/pending-question.js';
export { screenshotHandler } from './handlers/screenshot.js';
export { screenshotCheckHandler } from './handlers/screenshot-check.js';
