// Picks the transcript format (contract: wechat-copy, whatsapp-export,
// dingtalk-copy, lines, plain) and runs its reader. Each layout is one reader
// file with its own grammar; this file only orders them.
import type { TranscriptFormat } from '../types.js';
import { countNameLines, countStamps, parseNameLines } from './dingtalk-copy.js';
import { stripMergedForward } from './merged-forward.js';
import { looksLikeNameOwnLine, parseNameOwnLine } from './name-own-line.js';
import { isPlaceholder, stripPlaceholders } from './placeholders.js';
import type { RawMessage } from './raw.js';
import { looksLikeWechat, parseWechat } from './wechat-copy.js';
import { looksLikeWhatsapp, readWhatsapp } from './whatsapp-export.js';

type Layout = TranscriptFormat | 'name-own-line';

function detectLayout(lines: string[]): Layout {
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
  if (looksLikeNameOwnLine(lines) > 0) return 'name-own-line';
  return 'plain';
}

export function detectFormat(lines: string[]): TranscriptFormat {
  const l = detectLayout(stripMergedForward(lines).lines);
  return l === 'name-own-line' ? 'wechat-copy' : l;
}

export interface ParsedLayout {
  format: TranscriptFormat;
  raw: RawMessage[];
  /** Whether numeric dates in this file put the day first (WhatsApp decides it from the whole file). */
  dayFirst?: boolean;
  /** Names a merged forward's title gives ("A和B的聊天记录"). */
  participants: string[];
}

function withoutPlaceholders(raw: RawMessage[]): RawMessage[] {
  const out: RawMessage[] = [];
  for (const r of raw) {
    if (isPlaceholder(r.text)) continue;
    const text = stripPlaceholders(r.text);
    if (text) out.push({ ...r, text });
  }
  return out;
}

export function parseByFormat(text: string, nowYear: number): ParsedLayout {
  const all = text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const { lines, participants } = stripMergedForward(all);
  const layout = detectLayout(lines);
  switch (layout) {
    case 'whatsapp-export': {
      const r = readWhatsapp(lines);
      return { format: layout, raw: r.messages, dayFirst: r.dayFirst, participants };
    }
    case 'wechat-copy':
      return { format: layout, raw: parseWechat(lines), participants };
    case 'name-own-line':
      return { format: 'wechat-copy', raw: parseNameOwnLine(lines), participants };
    case 'dingtalk-copy':
    case 'lines':
      return { format: layout, raw: withoutPlaceholders(parseNameLines(lines, nowYear)), participants };
    default: {
      const t = lines.join('\n').trim();
      return { format: 'plain', raw: t ? [{ text: t }] : [], participants };
    }
  }
}
