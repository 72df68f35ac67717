// Who is our rep and who is the customer. Order of evidence (contract): the
// --rep names (matched loosely), then content: reps quote, offer and confirm;
// customers ask for quotes, prices and delivery.
import type { SpeakerRole } from '../types.js';

const norm = (s: string): string => s.toLowerCase().replace(/[\s._\-·•()（）]+/g, '');

function tokens(s: string): string[] {
  return s.toLowerCase().split(/[\s._\-·•()（）]+/).filter((t) => t.length >= 2);
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

const REP_CUES = new RegExp(
  [
    'MOQ', '起订量', '起订', '单价', '报价', '\\bPI\\b', '形式发票', '我们(?:可以|有|工厂|这边可以|常用|也有|还可以|新出)',
    '\\bwe (?:can|accept|also have|offer|have|will)\\b', 'price is', 'our (?:model|factory|price|best)',
    '[\\u4e00-\\u9fa5]总', '老板', '亲', '收到', 'noted', 'best (?:we can do|price)', '交期\\d', 'lead time',
    '没问题', 'no problem', '要不要', 'do you need', 'how many', '多少',
  ].join('|'),
  'gi',
);
const CUSTOMER_CUES = new RegExp(
  [
    '我们要', '我要', '需要', '要订', '想订', '客户要', '能不能', '能做吗', '行不行', '太贵', '便宜点', '给我',
    '\\bwe (?:need|want|are looking)\\b', '\\bi need\\b', 'can you', 'please quote', 'kindly quote', 'quote me',
    'target price', 'too expensive', 'give me', 'our logo', 'our brand', '我们的logo', '样品', 'samples? first',
  ].join('|'),
  'gi',
);

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  return text.match(re)?.length ?? 0;
}

/** Role per speaker name. `texts` are the messages with their speakers, in order. */
export function assignRoles(msgs: { speaker?: string; text: string }[], reps: string[]): Map<string, SpeakerRole> {
  const speakers = [...new Set(msgs.map((m) => m.speaker).filter((s): s is string => !!s))];
  const roles = new Map<string, SpeakerRole>();
  if (speakers.length === 0) return roles;
  const named = reps.length ? matchReps(speakers, reps) : new Set<string>();
  if (named.size > 0) {
    for (const s of speakers) roles.set(s, named.has(s) ? 'rep' : 'customer');
    return roles;
  }
  if (speakers.length === 1) {
    roles.set(speakers[0]!, 'customer');
    return roles;
  }
  const score = new Map<string, number>();
  for (const m of msgs) {
    if (!m.speaker) continue;
    const s = count(REP_CUES, m.text) - count(CUSTOMER_CUES, m.text);
    score.set(m.speaker, (score.get(m.speaker) ?? 0) + s);
  }
  let best = speakers[1]!; // with no signal, the one who opened the chat is the customer
  for (const s of speakers) if ((score.get(s) ?? 0) > (score.get(best) ?? 0)) best = s;
  for (const s of speakers) roles.set(s, s === best ? 'rep' : 'customer');
  return roles;
}
