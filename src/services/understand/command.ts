// What a feature declares to add a chat command, and what it gets when one arrives.
// A command is declared once, with its English and Chinese names and any aliases;
// the composer (./composer.ts) matches every spelling after the one slash
// normaliser (src/core/slash-command.ts) and hands the parsed arguments to `run`.
import type { Member } from '../../core/team.js';
import type { Lang } from '../../core/language.js';
import type { MessageContext } from './context.js';

/** A message whose sender is a team member. */
export type MemberContext = MessageContext & { sender: Member };

/** The command as it arrived. */
export interface CommandCall {
  /** The command's canonical (English) name, whichever spelling was typed. */
  command: string;
  /** The spelling typed, lower-cased: "需求", "needs". */
  said: string;
  /** The text after the name, trimmed. */
  rest: string;
  /** `rest` split on whitespace. */
  words: string[];
  /** The whole message, trimmed. */
  text: string;
}

interface CommandBase<A> {
  /** The canonical name, in English, without the slash: what logs and help call it. */
  en: string;
  /** The Chinese name, without the slash. */
  zh: string;
  /** Other spellings in either language ("needs", "工作台"). */
  aliases?: readonly string[];
  /**
   * The arguments, parsed. Return undefined when this is not the command after all
   * (e.g. "/ack hello" is no acknowledgement): the message then goes on to the
   * free-text steps as an unknown command would. Without `parse` the arguments are `call.rest`.
   */
  parse?: (call: CommandCall) => A | undefined;
}

/**
 * A command for team members only (the default): anyone else's message passes on,
 * so an outsider gets the unknown-sender answer instead.
 */
export interface MemberCommand<A> extends CommandBase<A> {
  who?: 'members';
  run(ctx: MemberContext, args: A, call: CommandCall): Promise<void>;
}

/** A command that answers anyone, member or not (it must check `ctx.sender` itself). */
export interface OpenCommand<A> extends CommandBase<A> {
  who: 'anyone';
  run(ctx: MessageContext, args: A, call: CommandCall): Promise<void>;
}

export type ChatCommand<A = string> = MemberCommand<A> | OpenCommand<A>;

/** Declare a command keeping its argument type at the definition (the composer stores them untyped). */
export function defineCommand<A = string>(command: ChatCommand<A>): ChatCommand<unknown> {
  return command as ChatCommand<unknown>;
}

/** Every spelling of a command, lower-cased. */
export function spellingsOf(c: Pick<CommandBase<unknown>, 'en' | 'zh' | 'aliases'>): string[] {
  return [c.en, c.zh, ...(c.aliases ?? [])].map((s) => s.toLowerCase());
}

/** The name to show a user who speaks `lang`. */
export function nameFor(c: Pick<CommandBase<unknown>, 'en' | 'zh'>, lang: Lang): string {
  return lang === 'zh' ? c.zh : c.en;
}
