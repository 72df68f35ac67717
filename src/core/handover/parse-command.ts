// The handover commands in chat, in English and Chinese:
//   /handover ACME to bob              把ACME交接给李波
//   /handover all lily to bob,sun      把陈莉的全部客户交接给李波、孙宇
//   /handover ACME stage fulfilment to zhao   把ACME的跟单交接给赵磊
//   /ack [HO-3] · ack · 确认接收 [HO-3]
//   /refuse HO-3 reason · 拒绝接收 HO-3 原因
//   /ask HO-3 question · /answer HO-3 answer · /checkin HO-3 how it goes
import type { SplitMode } from './split.js';
import { parseSlashCommand } from '../slash-command.js';

export const HANDOVER_STAGES = ['sales', 'fulfilment', 'after_sales', 'technical'] as const;
export type HandoverStage = (typeof HANDOVER_STAGES)[number];

export type HandoverTarget = { all: string } | { customers: string[] };

export type HandoverCommand =
  | { kind: 'start'; target: HandoverTarget; receivers: string[]; stage?: HandoverStage; split?: SplitMode }
  | { kind: 'usage' }
  | { kind: 'ack'; id?: string }
  | { kind: 'refuse'; id?: string; reason: string }
  | { kind: 'ask'; id?: string; text: string }
  | { kind: 'answer'; id?: string; text: string }
  | { kind: 'checkin'; id?: string; text: string };

const STAGE_WORDS: [RegExp, HandoverStage][] = [
  [/^(fulfil?ment|fulfill?ment|orders?|跟单|履约|订单履约|订单)$/i, 'fulfilment'],
  [/^(after[-_ ]?sales?|aftersales|售后)$/i, 'after_sales'],
  [/^(technical|tech|技术)$/i, 'technical'],
  [/^(sales|销售)$/i, 'sales'],
];

export function parseStage(word: string): HandoverStage | undefined {
  return STAGE_WORDS.find(([re]) => re.test(word.trim()))?.[1];
}

/** 'ho3', 'HO-3', 'Ho-03' → 'HO-3'. */
export function normaliseHandoverId(s: string): string {
  const m = /^ho-?0*(\d+)$/i.exec(s.trim());
  return m ? `HO-${m[1]}` : s.trim();
}

const ID = String.raw`(HO-?\d+)`;

function splitNames(s: string): string[] {
  return s
    .split(/\s*(?:[,，、;；&]|\band\b|和|及)\s*/i)
    .map((x) => x.trim())
    .filter(Boolean);
}

function takeSplit(receivers: string): { rest: string; split?: SplitMode } {
  const m =
    /\s*(?:\(|（)?\s*(?:by\s+|按)?(round[- ]?robin|balanced|轮流|轮转|均衡|平衡)(?:分配)?\s*(?:\)|）)?\s*$/i.exec(
      receivers,
    );
  if (!m) return { rest: receivers };
  const split: SplitMode = /round|轮/i.test(m[1]!) ? 'round_robin' : 'balanced';
  return { rest: receivers.slice(0, m.index), split };
}

function start(target: HandoverTarget, receiversText: string, stage?: HandoverStage): HandoverCommand {
  const { rest, split } = takeSplit(receiversText.trim());
  const receivers = splitNames(rest);
  if (receivers.length === 0) return { kind: 'usage' };
  return { kind: 'start', target, receivers, ...(stage ? { stage } : {}), ...(split ? { split } : {}) };
}

function parseEnglishStart(body: string): HandoverCommand {
  const m = /^(.+?)\s+to\s+(.+)$/is.exec(body.trim());
  if (!m) return { kind: 'usage' };
  const what = m[1]!.trim();
  const all = /^all\s+(?:of\s+)?(\S+?)(?:'s)?(?:\s+customers)?$/i.exec(what);
  if (all) return start({ all: all[1]! }, m[2]!);
  const stage = /^(.+?)\s+stage\s+(\S+)$/i.exec(what);
  if (stage) {
    const s = parseStage(stage[2]!);
    if (!s) return { kind: 'usage' };
    return start({ customers: splitNames(stage[1]!) }, m[2]!, s);
  }
  return start({ customers: splitNames(what) }, m[2]!);
}

function parseChineseStart(what: string, to: string): HandoverCommand {
  const all = /^(.+?)的?(?:全部|所有)客户$/.exec(what.trim());
  if (all) return start({ all: all[1]!.trim() }, to);
  const stage = /^(.+?)的(售后|跟单|订单履约|履约|技术|销售)(?:阶段)?$/.exec(what.trim());
  if (stage) return start({ customers: splitNames(stage[1]!) }, to, parseStage(stage[2]!));
  return start({ customers: splitNames(what) }, to);
}

export type HandoverVerb = 'handover' | 'ack' | 'refuse' | 'ask' | 'answer' | 'checkin';

/** The handover's slash commands, with their names in each language (the router registers these). */
export const HANDOVER_COMMANDS: Record<HandoverVerb, { en: string; zh: string; aliases?: readonly string[] }> = {
  handover: { en: 'handover', zh: '交接' },
  ack: { en: 'ack', zh: '确认接收', aliases: ['确认交接'] },
  refuse: { en: 'refuse', zh: '拒绝接收', aliases: ['拒绝交接'] },
  ask: { en: 'ask', zh: '交接提问' },
  answer: { en: 'answer', zh: '答复' },
  checkin: { en: 'checkin', zh: '回访' },
};

/** A message, slash command or phrase ("把ACME交接给李波", "确认接收 HO-3"). */
export function parseHandoverCommand(input: string): HandoverCommand | undefined {
  const slash = parseSlashCommand(input);
  if (!slash) return parseHandoverPhrase(input);
  const verb = (Object.keys(HANDOVER_COMMANDS) as HandoverVerb[]).find((v) =>
    [HANDOVER_COMMANDS[v].en, HANDOVER_COMMANDS[v].zh, ...(HANDOVER_COMMANDS[v].aliases ?? [])].includes(slash.name),
  );
  return verb ? parseHandoverArgs(verb, slash.rest) : undefined;
}

/** The arguments of "/<verb> …"; undefined when they do not fit (the message is then not this command). */
export function parseHandoverArgs(verb: HandoverVerb, rest: string): HandoverCommand | undefined {
  const text = rest.trim();
  let m: RegExpExecArray | null;
  switch (verb) {
    case 'handover':
      return text ? parseEnglishStart(text) : { kind: 'usage' };
    case 'ack':
      m = new RegExp(String.raw`^${ID}?[\s。.!！]*$`, 'i').exec(text);
      return m ? { kind: 'ack', ...(m[1] ? { id: normaliseHandoverId(m[1]) } : {}) } : undefined;
    case 'refuse':
      m = new RegExp(String.raw`^${ID}?\s*([\s\S]*)$`, 'i').exec(text);
      return { kind: 'refuse', ...(m?.[1] ? { id: normaliseHandoverId(m[1]) } : {}), reason: (m?.[2] ?? '').trim() };
    default:
      m = new RegExp(String.raw`^(?:${ID}\s+)?([\s\S]+)$`, 'i').exec(text);
      return m ? { kind: verb, ...(m[1] ? { id: normaliseHandoverId(m[1]) } : {}), text: m[2]!.trim() } : undefined;
  }
}

/** The handover said in words, without a slash. */
export function parseHandoverPhrase(input: string): HandoverCommand | undefined {
  const text = input.trim();
  let m: RegExpExecArray | null;
  if (/^交接\s*$/.test(text)) return { kind: 'usage' };
  if ((m = /^把(.+?)(?:交接|移交|转交)给(.+)$/s.exec(text))) return parseChineseStart(m[1]!, m[2]!);
  if ((m = new RegExp(String.raw`^(?:ack|确认接收|确认交接)(?:\s*${ID})?[\s。.!！]*$`, 'i').exec(text))) {
    return { kind: 'ack', ...(m[1] ? { id: normaliseHandoverId(m[1]) } : {}) };
  }
  if ((m = new RegExp(String.raw`^(?:拒绝接收|拒绝交接)(?:\s*${ID})?\s*(.*)$`, 'is').exec(text))) {
    return { kind: 'refuse', ...(m[1] ? { id: normaliseHandoverId(m[1]) } : {}), reason: m[2]!.trim() };
  }
  const withText = (words: string, kind: 'ask' | 'answer' | 'checkin'): HandoverCommand | undefined => {
    const r = new RegExp(String.raw`^(?:${words})(?:\s*${ID})?\s+([\s\S]+)$`, 'i').exec(text);
    if (!r) return undefined;
    return { kind, ...(r[1] ? { id: normaliseHandoverId(r[1]) } : {}), text: r[2]!.trim() };
  };
  return withText('交接提问', 'ask') ?? withText('答复', 'answer') ?? withText('回访', 'checkin');
}
