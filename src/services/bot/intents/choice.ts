// The answer to "which customer? 1) … 2) …": a number, a name among the choices,
// a new name, or "cancel". Anything that looks like a new request is not an answer.
import { looksLikeSlashCommand } from '../../../core/slash-command.js';
import { KIND_ALTERNATION } from './kinds.js';

const KIND_WORD = new RegExp(KIND_ALTERNATION, 'i');
/** Words that begin a correction, a log line or a request: never a customer's name. */
const NOT_A_NAME =
  /^(?:不对|不是|错了|更正|纠正|改一下|删除|删掉|去掉|今天|昨天|刚才|帮我|请|no\b|wrong|actually|correction|remove|delete|called|emailed|please)|[,，。!！:：;；]/i;

export type ChoiceAnswer = { type: 'pick'; index: number } | { type: 'name'; name: string } | { type: 'cancel' };

export function parseChoiceAnswer(raw: string, labels: string[]): ChoiceAnswer | undefined {
  const text = raw.trim();
  if (!text || text.includes('\n') || text.length > 60 || looksLikeSlashCommand(text) || /[?？]/.test(text))
    return undefined;
  if (/^(?:cancel|never ?mind|取消|算了|不用了)[.!。！]?$/i.test(text)) return { type: 'cancel' };
  const n = /^(?:#|第|no\.?\s*)?(\d{1,2})(?:个|号|\.|\))?$/i.exec(text);
  if (n) {
    const i = Number(n[1]) - 1;
    return i >= 0 && i < labels.length ? { type: 'pick', index: i } : undefined;
  }
  const t = text.toLowerCase().replace(/^(?:new customer|新客户)[:：\s]*/i, (m) => (m ? '' : m));
  const isNew = t !== text.toLowerCase();
  if (!isNew) {
    const exact = labels.findIndex((l) => l.toLowerCase() === t);
    if (exact >= 0) return { type: 'pick', index: exact };
    const partial = labels.map((l, i) => [l.toLowerCase(), i] as const).filter(([l]) => l.includes(t));
    if (partial.length === 1) return { type: 'pick', index: partial[0]![1] };
  }
  const name = text.replace(/^(?:new customer|新客户)[:：\s]*/i, '').trim();
  return name && plausibleName(name) ? { type: 'name', name } : undefined;
}

/** Could this be a customer's name given as an answer (not a sentence, a correction or a need)? */
export function plausibleName(name: string): boolean {
  if (name.length > 40 || name.split(/\s+/).length > 6) return false;
  if (NOT_A_NAME.test(name)) return false;
  // "锐达贸易交货期是1月5日": a need and its value, not a name.
  return !(KIND_WORD.test(name) && /\d/.test(name));
}

/** "新客户", "new customer", "new": the member picks the new-customer entry. */
export function isNewCustomerWord(raw: string): boolean {
  return /^(?:new(?: customer)?|新客户|新建|新建客户)[.!。！]?$/i.test(raw.trim());
}
