// Which language to answer in: Chinese when the text has Han characters, else English.
export type Lang = 'zh' | 'en';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The language of a message. A command word ("/web", "/help", "/undo") is the same in every
 * language, so a bare command (or one followed only by numbers) answers in `fallback`, the
 * member's own language; words after it say the language as any message does.
 */
export function detectLanguage(text: string, fallback: Lang = 'en'): Lang {
  if (HAN.test(text)) return 'zh';
  const rest = text.trim().replace(/^[/／][^\s]*/, '');
  return /[a-z]/i.test(rest) ? 'en' : fallback;
}
