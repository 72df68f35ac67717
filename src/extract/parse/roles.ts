// Who is our rep and who is the customer. Order of evidence (contract): the
// --rep names (matched loosely), then content: reps quote, offer and confirm;
// customers ask for quotes, prices and delivery.
import type { SpeakerRole, SpeakerRoleGuess } from '../types.js';

const norm = (s: string): string => s.toLowerCase().replace(/[\s._\-·•()（）]+/g, '');

function tokens(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[\s._\-·•()（）]+/)
    .filter((t) => t.length >= 2);
}

/** Which of `speakers` are named by `reps`: exact or containment first, shared token as a fallback. */
export function matchReps(speakers: string[], reps: string[]): Set<string> {
  const out = new Set<string>();
  const rn = reps.map(norm).filter((r) => r.length > 0);
  for (const s of speakers) {
    const n = norm(s);
    if (!n) continue;
    if (rn.some((r) => r === n || (r.length >= 2 && n.includes(r)) || (n.length >= 2 && r.includes(n)))) out.add(s);
  }
  if (out.size === 0) {
    const rt = new Set(reps.flatMap(tokens));
    for (const s of speakers) if (tokens(s).some((t) => rt.has(t))) out.add(s);
  }
  return out;
}

// Cues are counted over the whole chat per speaker: reps quote prices, lead
// times, MOQs and terms and ask what the buyer needs; customers ask for quotes
// and prices and state requirements.
const REP_CUES = new RegExp(
  [
    'MOQ',
    '起订量',
    '起订',
    '单价(?:是|为)',
    '报价(?:单|如下|给您|是)',
    '\\bPI\\b',
    '形式发票',
    '我们(?:可以|有|工厂|这边可以|常用|也有|还可以|新出)',
    '\\bwe (?:can|accept|also have|offer|have|will)\\b',
    'price is',
    'our (?:model|factory|price|best|standard)',
    '[\\u4e00-\\u9fa5]总',
    '老板',
    '亲',
    '收到',
    'noted',
    'best (?:we can do|price)',
    '交期(?:是|为)?\\d',
    'lead time (?:is|will be)',
    '没问题',
    'no problem',
    '要不要',
    'do you need',
    'how many',
    '多少(?!钱)',
    '需要多少',
    '您需要',
    'what quantity',
    'attached (?:is|please find) (?:our|the) (?:quotation|catalog|price list)',
    'please find (?:our|the) (?:quotation|catalog)',
    'our (?:quotation|catalog|price list)',
    '报价单',
    '给您报',
    '可以给您',
    '帮您',
  ].join('|'),
  'gi',
);
const CUSTOMER_CUES = new RegExp(
  [
    '我们要',
    '我要',
    '需要(?!多少)',
    '要订',
    '想订',
    '客户要',
    '能不能',
    '能做吗',
    '行不行',
    '太贵',
    '便宜点',
    '给我',
    '\\bwe (?:need|want|are looking|require)\\b',
    '\\bi need\\b',
    'can you',
    'please quote',
    'kindly quote',
    'quote me',
    'send (?:me|us) (?:your|the) (?:price|quotation|catalog)',
    'target price',
    'too expensive',
    'give me',
    'our logo',
    'our brand',
    '我们的logo',
    '样品',
    'samples? first',
    '多少钱',
    '什么价',
    '怎么卖',
    'how much',
    "what(?:'s| is) (?:the|your) price",
    'best price\\?',
    '报个价',
    '报价(?:一下|给我)',
  ].join('|'),
  'gi',
);

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  return text.match(re)?.length ?? 0;
}

/** Role per speaker with how sure it is. `msgs` are the messages with their speakers, in order. */
export function guessRoles(msgs: { speaker?: string; text: string }[], reps: string[]): SpeakerRoleGuess[] {
  const speakers = [...new Set(msgs.map((m) => m.speaker).filter((s): s is string => !!s))];
  if (speakers.length === 0) return [];
  const named = reps.length ? matchReps(speakers, reps) : new Set<string>();
  if (named.size > 0) {
    return speakers.map((s) => ({
      speaker: s,
      role: named.has(s) ? 'rep' : 'customer',
      confidence: named.has(s) ? 1 : 0.9,
      basis: 'rep-name',
    }));
  }
  if (speakers.length === 1)
    return [{ speaker: speakers[0]!, role: 'customer', confidence: 0.6, basis: 'single-speaker' }];
  const score = new Map<string, number>();
  let cues = 0;
  for (const m of msgs) {
    if (!m.speaker) continue;
    const r = count(REP_CUES, m.text);
    const c = count(CUSTOMER_CUES, m.text);
    cues += r + c;
    score.set(m.speaker, (score.get(m.speaker) ?? 0) + r - c);
  }
  let best = speakers[1]!; // with no signal, the one who opened the chat is the customer
  for (const s of speakers) if ((score.get(s) ?? 0) > (score.get(best) ?? 0)) best = s;
  const others = speakers.filter((s) => s !== best).map((s) => score.get(s) ?? 0);
  const margin = (score.get(best) ?? 0) - Math.max(...others);
  // a margin of a few cues over the whole chat is fairly sure; none at all is a coin toss
  const confidence =
    cues === 0 ? 0.3 : Math.min(0.95, 0.5 + margin / (2 * Math.max(4, cues)) + Math.min(margin, 4) * 0.08);
  const basis = cues === 0 ? 'default' : 'content';
  return speakers.map((s) => ({
    speaker: s,
    role: s === best ? 'rep' : 'customer',
    confidence: Number(confidence.toFixed(2)),
    basis,
  }));
}

/** Role per speaker name (see guessRoles for how sure each is). */
export function assignRoles(msgs: { speaker?: string; text: string }[], reps: string[]): Map<string, SpeakerRole> {
  return new Map(guessRoles(msgs, reps).map((g) => [g.speaker, g.role]));
}
