// The bot's slash commands and what each one's arguments mean, declared once: the
// router registers them (../commands.ts) and parseIntent reads the same table, so a
// command typed in chat and the pure parser can never disagree. Pure: no database.
import type { Tier } from '../../../core/types.js';
import { spellingsOf } from '../../understand/command.js';
import { cleanCustomerTerm, period, type Intent } from './intent.js';
import { KIND_ALTERNATION, kindOf } from './kinds.js';
import { channelOf } from './channel.js';

const K = `(${KIND_ALTERNATION})`;

export interface BotCommandIntent {
  en: string;
  zh: string;
  aliases?: readonly string[];
  /** The intent of the arguments (whitespace already collapsed); bad arguments mean help. */
  intent(arg: string): Intent;
}

export const BOT_COMMAND_INTENTS: readonly BotCommandIntent[] = [
  { en: 'help', zh: '帮助', intent: (arg) => (arg ? { type: 'help', topic: arg } : { type: 'help' }) },
  // "/log 今天电话跟进了ACME": a follow-up; the customer is found in the words.
  {
    en: 'log',
    zh: '跟进',
    intent: (arg) => (arg ? { type: 'follow_up', channel: channelOf(arg) } : { type: 'help', topic: 'log' }),
  },
  { en: 'customers', zh: '客户', intent: customersArgs },
  { en: 'need', zh: '需求', aliases: ['needs'], intent: (arg) => (arg ? needsQuestion(arg) : { type: 'help' }) },
  { en: 'changes', zh: '变化', intent: changesArgs },
  { en: 'fix', zh: '更正', intent: fixArgs },
  { en: 'remove', zh: '删除', intent: removeArgs },
  { en: 'tier', zh: '分级', intent: tierArgs },
  {
    en: 'subscribe',
    zh: '订阅',
    intent: (arg) => (arg ? { type: 'subscribe', on: true, target: arg } : { type: 'subscriptions' }),
  },
  {
    en: 'unsubscribe',
    zh: '取消订阅',
    intent: (arg) => (arg ? { type: 'subscribe', on: false, target: arg } : { type: 'subscriptions' }),
  },
  { en: 'subscriptions', zh: '订阅列表', intent: () => ({ type: 'subscriptions' }) },
];

/** The bot command spelled `name` (lower-case, no slash), if it is one. */
export function botCommandIntent(name: string): BotCommandIntent | undefined {
  return BOT_COMMAND_INTENTS.find((c) => spellingsOf(c).includes(name));
}

/** "/customers", "/customers page 2", "/customers 2", "/客户 第2页". */
function customersArgs(arg: string): Intent {
  if (!arg) return { type: 'customers' };
  const m = /^(?:page\s*|p\s*|第\s*)?(\d{1,6})\s*(?:页)?$/i.exec(arg);
  const page = m ? Number(m[1]) : 0;
  return page >= 1 ? { type: 'customers', page } : { type: 'help' };
}

/** "/need ACME" or "/need ACME delivery". */
function needsQuestion(arg: string): Intent {
  const m = new RegExp(`^(.+?)\\s+${K}$`, 'i').exec(arg);
  const kind = m ? kindOf(m[2]!) : undefined;
  return kind
    ? { type: 'needs', customer: cleanCustomerTerm(m![1]!), kind }
    : { type: 'needs', customer: cleanCustomerTerm(arg) };
}

/** "/changes ACME", "/changes ACME this week". */
function changesArgs(arg: string): Intent {
  const m = /^(.+?)(?:\s+(today|week|this week|month|this month|all|今天|本周|这周|本月|这个月))?$/i.exec(arg);
  return m ? { type: 'changes', customer: cleanCustomerTerm(m[1]!), period: period(m[2]) } : { type: 'help' };
}

/** "/fix ACME packaging neutral", "/fix packaging neutral" (recent customer). */
function fixArgs(arg: string): Intent {
  const m = new RegExp(`^(?:(.+?)\\s+)?${K}\\s*[:：=]?\\s*(.+)$`, 'i').exec(arg);
  const kind = m ? kindOf(m[2]!) : undefined;
  if (!m || !kind) return { type: 'help' };
  return { type: 'fix', customer: m[1] ? cleanCustomerTerm(m[1]) : undefined, kind, valueText: m[3]!.trim() };
}

/** "/remove ACME packaging", "/remove logo" (recent customer). */
function removeArgs(arg: string): Intent {
  const m = new RegExp(`^(?:(.+?)\\s+)?${K}$`, 'i').exec(arg);
  const kind = m && kindOf(m[2]!);
  return kind ? { type: 'remove', customer: m[1] ? cleanCustomerTerm(m[1]) : undefined, kind } : { type: 'help' };
}

/** "/tier ACME B". */
function tierArgs(arg: string): Intent {
  const m = /^(.+?)\s+([ABCD])$/i.exec(arg);
  return m ? { type: 'tier', customer: cleanCustomerTerm(m[1]!), tier: m[2]!.toUpperCase() as Tier } : { type: 'help' };
}
