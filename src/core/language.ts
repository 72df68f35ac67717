// Which language to answer in: Chinese when the text has Han characters, else English.
export type Lang = 'zh' | 'en';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

export function detectLanguage(text: string, fallback: Lang = 'en'): Lang {
  if (HAN.test(text)) return 'zh';
  // A bare command ("/web", "/undo") says nothing about language: answer in the member's.
  if (/^\s*[/／]\s*[a-z]+\s*$/i.test(text)) return fallback;
  return /[a-z]/i.test(text) ? 'en' : fallback;
}

/** Pick the string for a language: t(lang, '中文', 'English'). */
export function t(lang: Lang, zh: string, en: string): string {
  return lang === 'zh' ? zh : en;
}
