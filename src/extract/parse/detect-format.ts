// Picks the transcript format (contract: wechat-copy, whatsapp-export,
// dingtalk-copy, lines, plain) and runs its parser.
import type { TranscriptFormat } from '../types.js';
import { countNameLines, countStamps, parseNameLines } from './dingtalk-copy.js';
import type { RawMessage } from './raw.js';
import { looksLikeWechat, parseWechat } from './wechat-copy.js';
import { looksLikeWhatsapp, parseWhatsapp } from './whatsapp-export.js';

export function detectFormat(lines: string[]): TranscriptFormat {
  const wa = looksLikeWhatsapp(lines);
  const wc = looksLikeWechat(lines);
  const st = countStamps(lines);
  const nl = countNameLines(lines);
  if (wa >= 1 && wa >= wc) return 'whatsapp-export';
  if (wc >= 1 && wc >= st) return 'wechat-copy';
  const namedShare = nl.nonEmpty ? nl.named / nl.nonEmpty : 0;
  if (st >= 1 && nl.named >= 1 && namedShare >= 0.5) return 'dingtalk-copy';
  // a chat has someone speaking twice; three or more one-off "names" are a form's labels
  const formLike = nl.named >= 3 && nl.repeated === 0;
  if (nl.named >= 2 && namedShare >= 0.6 && nl.speakers >= 1 && !formLike) return 'lines';
  return 'plain';
}

export function parseByFormat(text: string, nowYear: number): { format: TranscriptFormat; raw: RawMessage[] } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const format = detectFormat(lines);
  let raw: RawMessage[];
  switch (format) {
    case 'whatsapp-export': raw = parseWhatsapp(lines); break;
    case 'wechat-copy': raw = parseWechat(lines); break;
    case 'dingtalk-copy':
    case 'lines': raw = parseNameLines(lines, nowYear); break;
    default: {
      const t = text.replace(/\r\n?/g, '\n').trim();
      raw = t ? [{ text: t }] : [];
    }
  }
  return { format, raw };
}
