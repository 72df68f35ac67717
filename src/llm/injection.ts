// Spotting customer text that addresses the model ("ignore previous
// instructions …"). The prompt already tells the model to treat the chat as
// data; this is the second line of defence for when a model is fooled anyway:
// nothing quoted from the instruction part of such a message becomes a need.

const MARKERS: RegExp[] = [
  /\b(ignore|disregard|forget|override)\b[^.!?\n]{0,40}?\b(instructions?|prompts?|rules|directions|guidelines)\b/i,
  /\b(system|developer)\s+(prompt|message|instructions?)\b/i,
  /\byou are (now|no longer)\b/i,
  /\bnew instructions?\b/i,
  /\bas an? (ai|language model|assistant)\b/i,
  /\b(output|return|emit|generate|add)\s+(a|an|the|this)?\s*(new\s+)?(need|needs|json)\b/i,
  /(忽略|无视|忘记|忘掉|忽视|不要理会)[^。！？\n]{0,12}(指令|指示|提示词?|规则|设定|要求)/,
  /系统提示|提示词|你现在是|新的指令/,
  /(输出|生成|添加|返回)(一个|一条)?(新的)?(需求|json)/i,
];

const SENTENCE_END = /[.!?。！？\n]/;

/**
 * Start of the tainted part of a message: the beginning of the sentence with
 * the first injection marker. Everything from there to the end of the message
 * is treated as instructions, not customer data. Undefined when clean.
 */
export function injectionStart(text: string): number | undefined {
  let first: number | undefined;
  for (const re of MARKERS) {
    const m = re.exec(text);
    if (m && (first === undefined || m.index < first)) first = m.index;
  }
  if (first === undefined) return undefined;
  let start = first;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  while (start < first && /\s/.test(text[start]!)) start++;
  return start;
}

/** Whether the span [start, start+length) of `text` touches its tainted part. */
export function isTainted(text: string, start: number, length: number): boolean {
  const from = injectionStart(text);
  return from !== undefined && start + length > from;
}
