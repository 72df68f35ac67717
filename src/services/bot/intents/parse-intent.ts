// Recognise commands and questions in Chinese and English. Returns undefined for
// anything else (a forwarded chat, a statement about a customer, small talk).
import type { Tier } from '../../../core/types.js';
import { cleanCustomerTerm, period, type Intent } from './intent.js';
import { KIND_ALTERNATION, kindOf } from './kinds.js';
import { parseSlashCommand } from '../../../core/slash-command.js';
import { botCommandIntent, type BotCommandIntent } from './slash-intents.js';
import { channelOf } from './channel.js';

export { channelOf };

const K = `(${KIND_ALTERNATION})`;

/** A command or a question: slash commands through the one normaliser and the bot's command table. */
export function parseIntent(raw: string): Intent | undefined {
  const slash = parseSlashCommand(raw);
  const command = slash && botCommandIntent(slash.name);
  return command ? intentFromCommand(command, slash.rest, raw) : parseFreeIntent(raw);
}

/** A question or statement in words (not a slash command): "ACME 要什么？", "what changed for ACME?". */
export function parseFreeIntent(raw: string): Intent | undefined {
  const text = oneLine(raw);
  if (!text) return undefined;
  return parseChinese(text) ?? parseEnglish(text);
}

/** The intent of one of the bot's slash commands, or undefined for a message too long to be one. */
export function intentFromCommand(command: BotCommandIntent, rest: string, whole: string): Intent | undefined {
  return oneLine(whole) ? command.intent(oneLine(rest) ?? '') : undefined;
}

/** Whitespace collapsed; undefined when empty or too long to be a command or a question. */
function oneLine(raw: string): string | undefined {
  const text = raw.trim().replace(/\s+/g, ' ');
  return text && text.length <= 160 ? text : undefined;
}

const ZH_QUESTION_TAIL = '是哪天|是哪一天|是什么时候|是什么|是多少|是啥|多少|是几号|怎么样|怎么要求|有什么要求|呢|吗';

function parseChinese(text: string): Intent | undefined {
  if (!/[\u4e00-\u9fff]/.test(text)) return undefined;
  if (/^(?:我(?:有|的)?(?:哪些|什么)?客户(?:有哪些|列表|都有谁|有什么)?|客户列表|我有哪些客户)[？?]?$/.test(text))
    return { type: 'customers' };
  if (/^(?:帮助|菜单|你能做什么|怎么用)[？?]?$/.test(text)) return { type: 'help' };
  // "不对，交货期是…" first (no customer), then "不对，ACME的交货期是…", then the customer straight
  // before the kind without 的 ("不对，锐达贸易交货期是1月5日").
  const fixTail = `${K}(?:应该|要)?(?:是|为|改成|改为|改到|换成)\\s*(.+?)[。.!！]?$`;
  const fixHead = '^(?:不对|不是|错了|更正|纠正|改一下)[，,。:：\\s]*';
  let m: RegExpExecArray | null = null;
  for (const who of ['()', '(?:(.+?)的)', '(?:(.+?)\\s*)']) {
    m = new RegExp(`${fixHead}${who}${fixTail}`, 'i').exec(text);
    if (m && kindOf(m[2]!)) break;
  }
  if (m && kindOf(m[2]!))
    return {
      type: 'fix',
      customer: m[1] ? cleanCustomerTerm(m[1]) : undefined,
      kind: kindOf(m[2]!)!,
      valueText: m[3]!.trim(),
    };
  m = /^(取消)?订阅\s*(.+)$/.exec(text);
  if (m) return { type: 'subscribe', on: !m[1], target: m[2]!.trim() };
  m = new RegExp(`^(?:删除|删掉|去掉|取消|移除)\\s*(.+?)的?${K}(?:要求|需求)?[。.!！]?$`, 'i').exec(text);
  if (m && kindOf(m[2]!))
    return { type: 'remove', customer: cleanCustomerTerm(m[1]!) || undefined, kind: kindOf(m[2]!)! };
  m = /^(?:把)?(.+?)\s*(?:是|为|设为|设成|改为|定为|列为)\s*([ABCDabcd])\s*(?:类|级)(?:客户)?[。.!！]?$/.exec(text);
  if (m) return { type: 'tier', customer: cleanCustomerTerm(m[1]!), tier: m[2]!.toUpperCase() as Tier };
  m =
    /^(.+?)\s*(今天|这周|本周|这个月|本月|最近)?(?:有)?(?:什么|哪些|啥)(?:变化|变动|改动|更新)(?:了|吗|呢)*[？?]*$/.exec(
      text,
    ) ?? /^(.+?)\s*(今天|这周|本周|这个月|本月|最近)?(?:改了|变了)(?:什么|哪些|啥)[？?]*$/.exec(text);
  if (m) return { type: 'changes', customer: cleanCustomerTerm(m[1]!), period: period(m[2]) };
  // A kind question needs a question word or mark: "我们要中性包装" is a statement, not a question.
  m = new RegExp(`^(.+?)(?:那边|这边)?(?:的)?\\s*${K}\\s*(${ZH_QUESTION_TAIL})?([？?]*)$`, 'i').exec(text);
  if (m && kindOf(m[2]!) && (m[3] || m[4]))
    return { type: 'needs', customer: cleanCustomerTerm(m[1]!), kind: kindOf(m[2]!)! };
  m =
    /^(.+?)(?:那边|这边)?\s*(?:要什么|需要什么|要啥|需要啥|想要什么|有(?:什么|哪些)需求|的需求(?:是什么|有哪些)?|需求(?:是什么|有哪些)?)[？?]*$/.exec(
      text,
    );
  if (m) return { type: 'needs', customer: cleanCustomerTerm(m[1]!) };
  if (/跟进|联系了|回访|拜访|打了?电话|通了电话|发了邮件|发邮件|见了面|开了会|聊了/.test(text))
    return { type: 'follow_up', channel: channelOf(text) };
  return undefined;
}

function parseEnglish(text: string): Intent | undefined {
  if (/^(?:help|menu|what can you do)\??$/i.test(text)) return { type: 'help' };
  if (
    /^(?:(?:list|show)(?: me)? my customers|my customers|list customers|(?:which|what) customers do i have|who are my customers)\??$/i.test(
      text,
    )
  )
    return { type: 'customers' };
  let m = new RegExp(
    `^(?:no|wrong|correction|actually|fix|not quite)\\b[,.:!]?\\s*(?:(.+?)['’]s\\s+|the\\s+)?${K}\\s+(?:is|should be|=|:|must be|is actually)\\s+(.+?)\\.?$`,
    'i',
  ).exec(text);
  if (m && kindOf(m[2]!))
    return {
      type: 'fix',
      customer: m[1] ? cleanCustomerTerm(m[1]) : undefined,
      kind: kindOf(m[2]!)!,
      valueText: m[3]!.trim(),
    };
  m = new RegExp(
    `^(?:remove|delete|drop|cancel)\\s+(?:the\\s+)?${K}(?:\\s+(?:requirement|need))?\\s+(?:for|from|of)\\s+(.+?)\\.?$`,
    'i',
  ).exec(text);
  if (m && kindOf(m[1]!)) return { type: 'remove', customer: cleanCustomerTerm(m[2]!), kind: kindOf(m[1]!)! };
  m =
    /^set\s+(.+?)(?:['’]s)?\s+(?:tier|class|level)\s+(?:to\s+)?([ABCD])\.?$/i.exec(text) ??
    /^(.+?)\s+is\s+(?:an?\s+)?(?:tier[- ]?|class[- ]?)?([ABCD])(?:[- ](?:tier|class|level))?\s+customer\.?$/i.exec(
      text,
    );
  if (m) return { type: 'tier', customer: cleanCustomerTerm(m[1]!), tier: m[2]!.toUpperCase() as Tier };
  m =
    /^what(?:'s| has| have| is)?\s+(?:changed|new)\s+(?:for|with|at|about)\s+(.+?)(?:\s+(today|this week|this month|recently|lately))?\??$/i.exec(
      text,
    ) ??
    /^(?:changes|updates)\s+(?:for|of|to)\s+(.+?)(?:\s+(today|this week|this month|recently|lately))?\??$/i.exec(text);
  if (m) return { type: 'changes', customer: cleanCustomerTerm(m[1]!), period: period(m[2]) };
  m = new RegExp(`^(?:what|which)\\s+${K}\\s+(?:does|do|did)\\s+(.+?)\\s+(?:need|want|ask for|require)\\??$`, 'i').exec(
    text,
  );
  if (m && kindOf(m[1]!)) return { type: 'needs', customer: cleanCustomerTerm(m[2]!), kind: kindOf(m[1]!)! };
  m =
    new RegExp(`^what(?:'s| is| are)\\s+(?:the\\s+)?(.+?)['’]s?\\s+${K}\\??$`, 'i').exec(text) ??
    new RegExp(`^what(?:'s| is| are)\\s+the\\s+${K}\\s+(?:for|of)\\s+(.+?)\\??$`, 'i').exec(text);
  if (m) {
    const [a, b] = kindOf(m[2]!) ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    const kind = kindOf(b);
    if (kind) return { type: 'needs', customer: cleanCustomerTerm(a), kind };
  }
  m =
    /^when\s+(?:does|do|will)\s+(.+?)\s+(?:need|want)\s+(?:the\s+)?(?:delivery|goods|it|them|the order|shipment)\??$/i.exec(
      text,
    );
  if (m) return { type: 'needs', customer: cleanCustomerTerm(m[1]!), kind: 'delivery_date' };
  m =
    /^(?:what|which things?)\s+(?:does|do|did)\s+(.+?)\s+(?:need|want|require)\??$/i.exec(text) ??
    /^what\s+(?:are|is)\s+(.+?)['’]s?\s+(?:needs|requirements)\??$/i.exec(text) ??
    /^(?:needs|requirements)\s+(?:of|for)\s+(.+?)\??$/i.exec(text);
  if (m) return { type: 'needs', customer: cleanCustomerTerm(m[1]!) };
  if (
    /\b(?:called|phoned|rang|emailed|visited|met with|met|followed up with|spoke (?:to|with)|messaged|wechatted|whatsapped)\b/i.test(
      text,
    )
  ) {
    const c =
      /\b(?:called|phoned|rang|emailed|visited|met with|met|followed up with|spoke (?:to|with)|messaged|wechatted|whatsapped)\s+(.+?)(?:\s+(?:today|yesterday|this morning|this afternoon|on the phone|by phone|by email|on wechat)\b|[,.;]|$)/i.exec(
        text,
      );
    return { type: 'follow_up', customer: c ? cleanCustomerTerm(c[1]!) : undefined, channel: channelOf(text) };
  }
  return undefined;
}
