// WeChat/WeCom merged forwards (合并转发) arrive with a title line naming the
// chat ("张三和李四的聊天记录", "群聊的聊天记录", "Chat history of A and B")
// and header lines ("以下为聊天记录", "—— 以下为聊天记录 ——"). They are not
// messages: we take them out before reading and keep the names the title gives,
// which customer resolution uses.

const TITLE_ZH = /^\s*(?:[「“"]\s*)?(.{1,30}?)(?:和|与|、)(.{1,30}?)的聊天记录(?:\s*[」”"])?\s*$/;
const TITLE_GROUP = /^\s*(?:(.{1,30}?)的)?群聊的?聊天记录\s*$/;
const TITLE_EN = /^\s*Chat (?:history|records?) (?:of|between|with) (.{1,30}?) (?:and|&) (.{1,30}?)\s*$/i;
const HEADER =
  /^[\s—–\-=─*]*(?:以下为聊天记录|以下是聊天记录|聊天记录|转发的聊天记录|以上为聊天记录|Chat history|Forwarded chat history)[\s—–\-=─*:：]*$/i;

export interface ForwardHeader {
  /** The lines without the title and header lines. */
  lines: string[];
  /** Participants the title names (empty when there is no title). */
  participants: string[];
  merged: boolean;
}

export function stripMergedForward(lines: string[]): ForwardHeader {
  const participants: string[] = [];
  let merged = false;
  const out: string[] = [];
  // only the first few non-empty lines can be the title; header lines may repeat
  let seen = 0;
  for (const line of lines) {
    const t = line.trim();
    if (t && seen < 3) {
      seen++;
      const m = TITLE_ZH.exec(t) ?? TITLE_EN.exec(t);
      if (m && !/[:：]/.test(m[1]!) && !/[:：]/.test(m[2]!)) {
        participants.push(m[1]!.trim(), m[2]!.trim());
        merged = true;
        continue;
      }
      if (TITLE_GROUP.test(t)) {
        merged = true;
        continue;
      }
    }
    if (t && HEADER.test(t)) {
      merged = true;
      continue;
    }
    out.push(line);
  }
  return { lines: out, participants, merged };
}
