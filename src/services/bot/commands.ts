// The bot's slash commands (/need, /changes, /fix, /subscribe …) for the router:
// each runs the same intent its words would ("/need ACME" = "what does ACME need?").
import { defineCommand, type ChatCommand } from '../understand/command.js';
import { botCtx } from './bot-context.js';
import type { Intent } from './intents/intent.js';
import { intentFromCommand } from './intents/parse-intent.js';
import { BOT_COMMAND_INTENTS } from './intents/slash-intents.js';
import { runIntent } from './handlers/intent.js';

export function botCommands(): ChatCommand<unknown>[] {
  return BOT_COMMAND_INTENTS.map((c) =>
    defineCommand<Intent>({
      en: c.en,
      zh: c.zh,
      aliases: c.aliases,
      parse: (call) => intentFromCommand(c, call.rest, call.text),
      run: async (ctx, intent) => runIntent(await botCtx(ctx, ctx.sender), intent),
    }),
  );
}
