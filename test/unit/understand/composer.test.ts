import { describe, expect, it } from 'vitest';
import { Composer } from '../../../src/services/understand/composer.js';
import { defineCommand } from '../../../src/services/understand/command.js';
import { createRouter } from '../../../src/services/understand/router.js';
import { helpFallback } from '../../../src/services/understand/fallback.js';
import type { MessageContext } from '../../../src/services/understand/context.js';
import type { Db } from '../../../src/db/client.js';

// Only what the composer itself touches: the text, the sender and the transaction.
function fakeCtx(text: string, opts: { member?: boolean } = {}) {
  const log: string[] = [];
  let transactions = 0;
  const tx = { name: 'tx' } as unknown as Db;
  const ctx = {
    message: { text },
    sender: opts.member === false ? null : { id: 'lily', role: 'rep', active: true },
    reply: (s: string) => log.push(`reply:${s}`),
    async transaction<T>(fn: (t: Db) => Promise<T>): Promise<T> {
      transactions += 1;
      log.push('begin');
      const r = await fn(tx);
      log.push('commit');
      return r;
    },
  } as unknown as MessageContext;
  return { ctx, log, transactions: () => transactions };
}

const need = defineCommand<{ customer: string }>({
  en: 'need',
  zh: '需求',
  aliases: ['needs'],
  parse: (call) => (call.rest ? { customer: call.rest } : undefined),
  async run(ctx, args, call) {
    ctx.reply(`need ${args.customer} (${call.said} → ${call.command})`);
  },
});

const step = (name: string, takes: (text: string) => boolean) => ({
  name,
  async handle(ctx: MessageContext) {
    if (!takes(ctx.message.text)) return false;
    ctx.reply(name);
    return true;
  },
});

describe('Composer', () => {
  it('routes every spelling of a command, ASCII or full-width slash, to its one registration with parsed arguments', async () => {
    const c = new Composer().command(need);
    for (const text of ['/need ACME', '／需求 ACME', '/ needs ACME', '/NEED ACME']) {
      const f = fakeCtx(text);
      expect(await c.route(f.ctx)).toBe(true);
      expect(f.log[0]).toMatch(/^reply:need ACME \((need|需求|needs) → need\)$/);
    }
  });

  it('refuses a spelling registered twice', () => {
    const other = defineCommand({ en: 'needs', zh: '要求', run: async () => undefined });
    expect(() => new Composer().command(need, other)).toThrow(/"\/needs" registered twice/);
  });

  it('passes to the free-text steps when the arguments are not this command, the command is unknown, or the sender is no member', async () => {
    const c = new Composer().command(need).use(step('fallback', () => true));
    for (const [text, member] of [
      ['/need', true],
      ['/nope ACME', true],
      ['/need ACME', false],
    ] as const) {
      const f = fakeCtx(text, { member });
      expect(await c.route(f.ctx)).toBe(true);
      expect(f.log).toEqual(['reply:fallback']);
    }
  });

  it('tries the steps in the order they were added; the first taker owns the message', async () => {
    const c = new Composer().use(
      step('first', (t) => t.includes('a')),
      step('second', () => true),
      step('never', () => true),
    );
    const a = fakeCtx('a');
    await c.route(a.ctx);
    expect(a.log).toEqual(['reply:first']);
    const b = fakeCtx('b');
    await c.route(b.ctx);
    expect(b.log).toEqual(['reply:second']);
    const none = new Composer().use(step('x', () => false));
    expect(await none.route(fakeCtx('b').ctx)).toBe(false);
  });

  it("runs an observer's writes inside the owner's transaction, before the owner's writes", async () => {
    const c = new Composer()
      .observe({
        name: 'watch',
        async observe() {
          return async () => {
            order.push('observer');
          };
        },
      })
      .use({
        name: 'owner',
        async handle(ctx) {
          await ctx.transaction(async () => {
            order.push('owner');
          });
          return true;
        },
      });
    const order: string[] = [];
    const f = fakeCtx('hello');
    await c.route(f.ctx);
    expect(order).toEqual(['observer', 'owner']);
    expect(f.transactions()).toBe(1);
  });

  it("commits an observer's writes in a transaction of their own when no step writes", async () => {
    let wroteIn: unknown;
    const c = new Composer()
      .observe({
        name: 'watch',
        async observe() {
          return async (tx) => {
            wroteIn = tx;
          };
        },
      })
      .use(step('reader', () => true));
    const f = fakeCtx('hello');
    await c.route(f.ctx);
    expect(f.log).toEqual(['reply:reader', 'begin', 'commit']);
    expect(wroteIn).toEqual({ name: 'tx' });
  });

  it("queues the fallback help before the observers' writes commit, so it is sent", async () => {
    const c = new Composer()
      .observe({
        name: 'watch',
        async observe() {
          return async () => undefined;
        },
      })
      .use(
        step('nobody', () => false),
        helpFallback,
      );
    const f = fakeCtx('@Baton hello');
    Object.assign(f.ctx, { chat: { kind: 'group' }, lang: 'en' });
    expect(await c.route(f.ctx)).toBe(true);
    expect(f.log.map((l) => l.slice(0, 30))).toEqual(["reply:I didn't quite get that.", 'begin', 'commit']);
  });

  it('leaves the transaction alone when the observers ask for nothing', async () => {
    const c = new Composer()
      .observe({
        name: 'quiet',
        async observe() {
          return undefined;
        },
      })
      .use(step('s', () => true));
    const f = fakeCtx('x');
    await c.route(f.ctx);
    expect(f.transactions()).toBe(0);
  });
});

describe("Baton's router", () => {
  const router = createRouter();

  it('registers each command once under its English name, Chinese name and aliases', () => {
    const same = (texts: string[], en: string) => {
      for (const t of texts) expect(router.commandFor(t)?.en, t).toBe(en);
    };
    same(['/need ACME', '／需求 ACME', '/ needs ACME'], 'need');
    same(['/help', '／帮助', '/ HELP'], 'help');
    same(['/web', '／网页', '/工作台'], 'web');
    same(['/handover ACME to bob', '／交接'], 'handover');
    same(['/ack HO-1', '／确认接收 HO-1', '/确认交接'], 'ack');
    same(['/cadence show', '／跟进节奏'], 'cadence');
    same(['/tiers', '/分级建议'], 'tiers');
    expect(router.commandFor('/tiersx')).toBeUndefined();
  });

  it('gives every command a Chinese and an English name', () => {
    for (const c of router.listCommands()) {
      expect(c.en, c.en).toMatch(/^[a-z]+$/);
      expect(c.zh, c.en).toMatch(/^\p{Script=Han}+$/u);
    }
  });
});
