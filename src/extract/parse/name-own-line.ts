// WeChat PC copies of several messages without times: each sender's name on a
// line of its own, then that sender's message lines.
//   张三
//   我们要500个
//   Lily
//   好的
// A name is a short line with no sentence punctuation that recurs, and at
// least two such names take turns. Read as `wechat-copy`; used only when no
// timestamped or `NAME: text` layout fits.
import { isPlaceholder, stripPlaceholders } from './placeholders.js';
import { joinLines, stripMarks, type RawMessage } from './raw.js';

const NOT_NAME = /[，。！？,.!?:：;；、()（）[\]【】<>\d%$¥€@#/\\]|^\s*$/;

function nameCandidates(lines: string[]): Set<string> {
  const counts = new Map<string, number>();
  const nonEmpty = lines.map((l) => stripMarks(l).trim()).filter(Boolean);
  nonEmpty.forEach((t, i) => {
    const next = nonEmpty[i + 1];
    if (t.length > 20 || NOT_NAME.test(t) || t.split(/\s+/).length > 3 || !next) return;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  });
  return new Set([...counts].filter(([, n]) => n >= 2).map(([k]) => k));
}

/** How many lines are sender names (0 when the layout does not fit). */
export function looksLikeNameOwnLine(lines: string[]): number {
  const names = nameCandidates(lines);
  if (names.size < 2) return 0;
  const nonEmpty = lines.map((l) => stripMarks(l).trim()).filter(Boolean);
  let n = 0;
  let prevName = false;
  for (const t of nonEmpty) {
    const isName = names.has(t);
    if (isName && prevName) return 0; // two names in a row: a list, not a chat
    if (isName) n++;
    prevName = isName;
  }
  if (!names.has(nonEmpty[0]!)) return 0; // a copy starts with its first sender
  return n * 4 >= nonEmpty.length ? n : 0;
}

export function parseNameOwnLine(lines: string[]): RawMessage[] {
  const names = nameCandidates(lines);
  const out: RawMessage[] = [];
  let cur: { speaker: string; lines: string[] } | undefined;
  const flush = (): void => {
    if (!cur) return;
    const joined = joinLines(cur.lines);
    const text = joined && !isPlaceholder(joined) ? stripPlaceholders(joined) : '';
    if (text) out.push({ speaker: cur.speaker, text });
    cur = undefined;
  };
  for (const line of lines) {
    const t = stripMarks(line).trim();
    if (names.has(t)) {
      flush();
      cur = { speaker: t, lines: [] };
    } else if (cur) cur.lines.push(line);
  }
  flush();
  return out;
}
