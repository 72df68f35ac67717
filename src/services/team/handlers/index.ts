// The team's chat commands: /invite, /join (open to anyone: the sender is not a member
// yet), /bind and /unbind. Registered in src/services/understand/router.ts.
import type { ChatCommand } from '../../understand/command.js';
import { inviteCommand } from './invite.js';
import { joinCommand } from './join.js';
import { bindCommand, unbindCommand } from './bind.js';

export function teamCommands(): ChatCommand<unknown>[] {
  return [inviteCommand, joinCommand, bindCommand, unbindCommand];
}
