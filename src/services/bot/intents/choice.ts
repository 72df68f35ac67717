// The answer to "which customer? 1) … 2) …": a number, a name among the choices,
// a new name, or "cancel". Anything that looks like a new request is not an answer.
import { looksLikeSlashCommand } from '../../../core/slash-command.js';

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
  return name ? { type: 'name', name } : undefined;
}
