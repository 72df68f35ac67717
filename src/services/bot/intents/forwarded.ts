// Is a message a forwarded customer chat (or a statement about a customer), and does
// it name its customer in a header line ("客户：ACME" / "Customer: ACME")?
import type { ParsedTranscript } from '../../../extract/types.js';
import { looksLikeSlashCommand } from '../../../core/slash-command.js';

/** Several speaker/timestamp messages, or a long message that is not a question. */
export function looksLikeChat(text: string, parsed: ParsedTranscript): boolean {
  const t = text.trim();
  if (parsed.format !== 'plain' && parsed.messages.length >= 2) return true;
  if (parsed.format !== 'plain' && parsed.messages.some((m) => m.speaker && m.at)) return true;
  const lines = t.split('\n').filter((l) => l.trim()).length;
  return (lines >= 3 || t.length >= 120) && !looksLikeSlashCommand(t);
}

const HEADER = /^\s*(?:客户(?:名称)?|customer|client)\s*[:：]\s*(.+?)\s*$/im;

/** The customer named in a header line, and the text without it. */
export function customerHeader(text: string): { name?: string; body: string } {
  const m = HEADER.exec(text);
  if (!m) return { body: text };
  return { name: m[1]!.trim(), body: text.replace(m[0], '').trim() };
}
