// Chinese certificate names, read as a noun phrase ending on a certificate
// head ("还要有十环认证", "涉水批件你们有吧", "资质要求：医疗器械注册证"), plus
// Chinese label names that have no such head ("能源标签"). A name that is a
// Latin mark ("CE认证") is left to spec-cert.ts; a general word before the head
// ("相关认证", "什么认证") names no certificate.
import { isNegated, pieces } from '../analyze/clauses.js';
import { PhraseSet } from '../analyze/phrase-set.js';
import {
  CERT_HEADS_ZH,
  CERT_MODIFIERS_ZH,
  CERT_NAME_STARTS_ZH,
  CERT_NAMES_ZH,
  OPTIONAL,
} from '../lexicon/certifications.js';
import { sentenceAround } from '../text.js';
import type { Mention } from './mention.js';

const HEAD = new PhraseSet(CERT_HEADS_ZH);
const NAME = new PhraseSet(CERT_NAMES_ZH);
const GENERAL = new PhraseSet(CERT_MODIFIERS_ZH);
const START = new PhraseSet(CERT_NAME_STARTS_ZH);
const OPTIONAL_SET = new PhraseSet(OPTIONAL);
const CJK = /[\u4e00-\u9fff]/;
const ENDS = new Set(['。', '！', '？', '!', '?', '\n', '；', ';', '，', ',', '、', '：', ':', '（', '(', '）', ')']);
const MAX_NAME = 6;

/** The start of the name before a head at `at` in `clause`: after the nearest start word, at most MAX_NAME characters back. */
function nameStart(clause: string, at: number): number {
  let from = at;
  while (from > 0 && at - from < MAX_NAME && CJK.test(clause[from - 1]!)) from--;
  let start = from;
  for (let i = from; i < at; i++) {
    const w = START.matchAt(clause, i);
    if (w && w.end <= at) start = w.end;
  }
  return start;
}

/** Whether the words before a head are all general ("相关", "产品质量"): no name. */
function general(words: string): boolean {
  let i = 0;
  while (i < words.length) {
    const g = GENERAL.matchAt(words, i);
    if (!g) return false;
    i = g.end;
  }
  return true;
}

export function findZhCertifications(text: string): Mention[] {
  const out: Mention[] = [];
  const add = (a: number, b: number): void => {
    if (out.some((o) => o.start < b && a < o.end)) return;
    out.push({
      kind: 'certification',
      value: { name: text.slice(a, b) },
      evidence: sentenceAround(text, a, b),
      start: a,
      end: b,
      confidence: 0.75,
    });
  };
  for (const c of pieces(text, ENDS)) {
    const clause = text.slice(c.start, c.end);
    if (isNegated(clause) || OPTIONAL_SET.has(clause)) continue;
    for (const n of NAME.findAll(clause)) add(c.start + n.start, c.start + n.end);
    for (const h of HEAD.findAll(clause)) {
      // "CE认证", "UL认证": a Latin mark right before the head is spec-cert's
      if (h.start > 0 && /[A-Za-z0-9]/.test(clause[h.start - 1]!)) continue;
      const s = nameStart(clause, h.start);
      const words = clause.slice(s, h.start);
      if (words.length < 2 || general(words)) continue;
      add(c.start + s, c.start + h.end);
    }
  }
  // "化妆品备案" said again as "普通化妆品备案": the fuller name stays
  const names = out.map((o) => String(o.value.name));
  return out.filter((o, i) => !names.some((n, j) => j !== i && n.length > names[i]!.length && n.includes(names[i]!)));
}
