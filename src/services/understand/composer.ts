// Routes one message, in the style of grammY's Composer: observers see every
// message and never own it; then a slash command goes to the one command
// registered under that spelling; then the free-text steps run in the order they
// were added, and the first that takes the message owns it. The order itself is
// declared in one place, ./router.ts.
//
// Observers may not write on their own: what they want written they return as a
// function of the transaction, and the composer runs it inside the message's own
// transaction (before the owner's writes), so a message that fails and is retried
// leaves nothing half-done.
import { parseSlashCommand } from '../../core/slash-command.js';
import type { Repositories } from '../../deps.js';
import type { MessageContext } from './context.js';
import type { MessageHandler } from './handler.js';
import { spellingsOf, type ChatCommand, type CommandCall, type MemberContext } from './command.js';

/** Writes an observer asks for, run in the message's transaction. */
export type TxWrite = (tx: Repositories) => Promise<void>;

/** Watches messages; cannot own one (its type returns no verdict), may ask for writes. */
export interface MessageObserver {
  name: string;
  observe(ctx: MessageContext): Promise<TxWrite | void>;
}

/**
 * Runs around everything after the observers (guards, commands, steps): it may own the
 * message itself or call `next` (with the same or a wrapped context) and add to the outcome.
 * For state that must never trap a message: a question Baton is waiting on (issue 15).
 */
export interface MessageMiddleware {
  name: string;
  around(ctx: MessageContext, next: (ctx: MessageContext) => Promise<boolean>): Promise<boolean>;
}

export class Composer {
  private readonly observers: MessageObserver[] = [];
  private readonly middlewares: MessageMiddleware[] = [];
  private readonly commands = new Map<string, ChatCommand<unknown>>();
  private readonly steps: MessageHandler[] = [];
  private readonly guards: MessageHandler[] = [];

  observe(...observers: MessageObserver[]): this {
    this.observers.push(...observers);
    return this;
  }

  /** Register commands; a spelling taken twice is a programming error, caught at start-up. */
  command(...commands: ChatCommand<unknown>[]): this {
    for (const c of commands) {
      for (const s of spellingsOf(c)) {
        if (/[\s/／]/u.test(s)) throw new Error(`command "${s}": write names without "/" or spaces`);
        const taken = this.commands.get(s);
        if (taken) throw new Error(`command "/${s}" registered twice (${taken.en}, ${c.en})`);
        this.commands.set(s, c);
      }
    }
    return this;
  }

  /**
   * Add guards: tried after the observers and before any command or step, for rules that
   * hold whatever was said (a customer's external group talks about that customer only).
   */
  guard(...guards: MessageHandler[]): this {
    this.guards.push(...guards);
    return this;
  }

  /** Add middleware around guards, commands and steps; the first added is the outermost. */
  wrap(...middlewares: MessageMiddleware[]): this {
    this.middlewares.push(...middlewares);
    return this;
  }

  /** Add free-text steps, tried in the order added. */
  use(...steps: MessageHandler[]): this {
    this.steps.push(...steps);
    return this;
  }

  /** The registered commands, once each, in registration order (for help and docs). */
  listCommands(): ChatCommand<unknown>[] {
    return [...new Set(this.commands.values())];
  }

  /** The command a message would run, by spelling only (arguments unchecked). */
  commandFor(text: string): ChatCommand<unknown> | undefined {
    const slash = parseSlashCommand(text);
    return slash && this.commands.get(slash.name);
  }

  /** Route the message; returns whether anything owned it. */
  async route(original: MessageContext): Promise<boolean> {
    const writes: TxWrite[] = [];
    for (const o of this.observers) {
      const w = await o.observe(original);
      if (w) writes.push(w);
    }
    let spent = false;
    const ctx: MessageContext =
      writes.length === 0
        ? original
        : {
            ...original,
            transaction(fn) {
              spent = true;
              return original.transaction(async (tx) => {
                for (const w of writes) await w(tx);
                return fn(tx);
              });
            },
          };
    const inner = async (c: MessageContext): Promise<boolean> =>
      (await this.runHandlers(this.guards, c)) || (await this.runCommand(c)) || (await this.runHandlers(this.steps, c));
    const run = this.middlewares.reduceRight<(c: MessageContext) => Promise<boolean>>(
      (next, mw) => (c) => mw.around(c, next),
      inner,
    );
    const owned = await run(ctx);
    // Nobody wrote: the observers' writes still commit, with the message marked done.
    if (writes.length > 0 && !spent) await ctx.transaction(async () => undefined);
    return owned;
  }

  private async runCommand(ctx: MessageContext): Promise<boolean> {
    const slash = parseSlashCommand(ctx.message.text);
    const c = this.commandFor(ctx.message.text);
    if (!slash || !c) return false;
    const call: CommandCall = {
      command: c.en,
      said: slash.name,
      rest: slash.rest,
      words: slash.words,
      text: ctx.message.text.trim(),
    };
    const args = c.parse ? c.parse(call) : call.rest;
    if (args === undefined) return false;
    if (c.who === 'anyone') {
      await c.run(ctx, args, call);
      return true;
    }
    if (!ctx.sender) return false;
    await c.run(ctx as MemberContext, args, call);
    return true;
  }

  private async runHandlers(handlers: MessageHandler[], ctx: MessageContext): Promise<boolean> {
    for (const step of handlers) {
      if (await step.handle(ctx)) return true;
    }
    return false;
  }
}
