// The order in which Baton reads a message — declared here and nowhere else.
//
//   1. Observers see every message and never own one (cadence: a customer's words
//      in a linked chat start the first-response clock; the owner's stop it).
//   1¼. Middleware around all that follows: while Baton waits on "which customer?", a message
//      that is not a plausible answer is handled as what it is, and the reply says whether
//      the question stays open (asked again, once) or was dropped (bot/handlers/pending-question.ts).
//   1½. Guards, for rules that hold whatever was said (hardening, issue 17): in a customer's
//      external group a member naming another customer gets a pointer to a direct chat.
//   2. A slash command ("/need ACME", "／需求 ACME", "/ handover …") goes to the one
//      command registered under that spelling; order among commands does not matter.
//   3. Free-text steps, first taker wins:
//      a. who is talking: outsiders get the unknown-sender answer and nothing else;
//      a½. a message with pictures is a forwarded chat screenshot: read, then the forward flow (issue 19);
//      b. explicit requests said in words that only one feature knows
//         ("把ACME交接给李波", "确认接收");
//      c. replies to a question Baton just asked (a handover question or check-in,
//         "接受" right after tier suggestions), before anything that could read the
//         same words as a new request;
//      d. short cadence phrases ("本周跟进完成率", "ACME 客户说暂时不需要");
//      e. the answer to "which customer?" — after (c) and (d), and only a plausible answer:
//         never a command, a question, a correction or a forwarded chat (bot/intents/choice.ts);
//      f. questions and corrections about customers ("ACME 要什么？", "不对，交货期是…");
//      g. the catch-all: a forwarded chat or a statement naming a customer;
//      h. nothing took it: the short help in a direct chat, silence in a group (./fallback.ts).
//
// To add a command: declare it with `defineCommand({ en, zh, aliases?, parse?, run })`
// (./command.ts) in your feature's folder and add it to `.command(…)` below. `parse`
// gets the text after the name and returns your arguments (or undefined: not this
// command); `run` gets them with a context whose sender is a team member (or
// `who: 'anyone'`). A spelling registered twice fails at start-up. See docs/architecture.md.
import { Composer } from './composer.js';
import { botCommands } from '../bot/commands.js';
import {
  forwardHandler,
  intentHandler,
  pendingAnswerHandler,
  pendingQuestionMiddleware,
  screenshotCheckHandler,
  screenshotHandler,
  unknownSenderHandler,
} from '../bot/handlers.js';
import {
  cadenceCommand,
  chatActivityObserver,
  completionRateHandler,
  pausePhraseHandler,
  tierAcceptHandler,
  tiersCommand,
} from '../cadence/handlers/index.js';
import { handoverCommands, handoverPhraseHandler, handoverReplyHandler } from '../handover/handlers/index.js';
import { webLinkCommand } from '../web-auth/web-link-command.js';
import { orderHandlers } from '../orders/handlers/index.js';
import { teamCommands } from '../team/handlers/index.js';
import { helpFallback } from './fallback.js';
import { externalScopeHandler } from '../bot/handlers/external-scope.js';
import { undoCommands } from '../bot/undo/undo-commands.js';

export function createRouter(): Composer {
  return new Composer()
    .observe(chatActivityObserver)
    .wrap(pendingQuestionMiddleware) // 1¼: a question Baton waits on never traps a message (issue 15)
    .guard(externalScopeHandler)
    .command(
      ...botCommands(),
      ...undoCommands(),
      ...handoverCommands(),
      cadenceCommand,
      tiersCommand,
      webLinkCommand,
      ...teamCommands(),
    )
    .use(
      unknownSenderHandler, // a
      screenshotHandler, // a½ (issue 19)
      ...orderHandlers(), // b (orders, issue 20): "ACME 确认下单了", /order (unregistered: reaches the steps), a sheet's 确认/ack before the handover's, the order offer, 本月移交及时率
      handoverPhraseHandler, // b
      handoverReplyHandler,
      tierAcceptHandler, // c
      completionRateHandler,
      pausePhraseHandler, // d
      screenshotCheckHandler, // e: "yes"/"cancel" to a low-confidence screenshot reading (issue 19)
      pendingAnswerHandler, // e
      intentHandler, // f
      forwardHandler, // g
      helpFallback, // h
    );
}
