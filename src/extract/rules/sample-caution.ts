// Samples the customer asks for, and cautions: how to treat this customer
// (sensitivities, taboos, bad experiences, channel preferences).
import { allMatches, sentenceAround } from '../text.js';
import type { Mention } from './mention.js';

const SAMPLE_POS =
  /(?:先|寄|发|送|要|需要|打|提供|安排|拿)\s*(?:一些|些|个|(?:[\d一二两三四五六七八九十几]+)\s*(?:个|件|台|套|只|支|双|把|张|条|盒|片|卷|pcs))?\s*(?:样品|样机|样衣|样板|样鞋|样(?=[给过来看]))|(?:样品|样衣|样板)\s*(?:先|寄|发)|打样|寄样|\b(?:send|courier|ship|dispatch|express) (?:me |us )?(?:a |some |the |\d+ |two |three |four |five |a few |few )?samples?\b|\bsamples? (?:first|before)|\bneed (?:a |some )?samples?\b|\b(?:can|could) (?:you|u) send (?:me |us )?(?:a |some )?samples?|\bsample order\b|试单|(?:寄|发|送|要|先)\s*(?:一个|个|几个)?\s*sample/gi;
const SAMPLE_NEG =
  /不需要(?:样品|打样|寄样|sample)|不用(?:打样|寄样|样品|sample)|不要样品|\bno (?:need (?:for )?)?samples?\b|\bwithout samples?\b|\bskip (?:the )?samples?\b/gi;
const SAMPLE_FEE = /sample (?:fee|cost|charge)|样品费|打样费/i;

export function findSample(text: string): Mention[] {
  const neg = allMatches(SAMPLE_NEG, text)[0];
  if (neg)
    return [
      {
        kind: 'sample',
        value: { required: false },
        evidence: sentenceAround(text, neg.index, neg.index + neg[0].length),
        start: neg.index,
        end: neg.index + neg[0].length,
        confidence: 0.8,
      },
    ];
  const pos = allMatches(SAMPLE_POS, text).find(
    (m) => !SAMPLE_FEE.test(text.slice(m.index, m.index + m[0].length + 6)),
  );
  if (!pos) return [];
  return [
    {
      kind: 'sample',
      value: { required: true },
      evidence: sentenceAround(text, pos.index, pos.index + pos[0].length),
      start: pos.index,
      end: pos.index + pos[0].length,
      confidence: 0.8,
    },
  ];
}

const CAUTION =
  /敏感|不喜欢|讨厌|反感|千万(?:别|不要)|一定不要|别来回|强调一下|提醒一下|特别注意|很严|非常严|挑剔|只(?:用|接受|回复|看)?(?:邮件|微信|WhatsApp|email)|不要打电话|别打电话|不接电话|sensitive|\bdon'?t like\b|\bdo not like\b|\bhate\b|\bnever call\b|\bdon'?t call\b|\bonly (?:by |via )?(?:email|e-mail|whatsapp|wechat)\b|\bno delay|(?:big|serious|many|huge|bad) problems?|\bhad (?:a |some )?problems?\b|was (?:a )?(?:big |huge )?problem|\blast supplier\b|\bcheap quality\b|\bpoor quality\b|\bvery strict\b|\bstrict\b|\bbe careful\b|\bpicky\b/i;
const NOT_CAUTION = /\bno problem|没问题|不是问题/i;

export function findCaution(text: string): Mention[] {
  const m = CAUTION.exec(text);
  if (!m) return [];
  const clean = text.replace(NOT_CAUTION, (s) => ' '.repeat(s.length));
  const m2 = CAUTION.exec(clean);
  if (!m2) return [];
  const evidence = sentenceAround(text, m2.index, m2.index + m2[0].length);
  return [
    {
      kind: 'caution',
      value: { text: evidence },
      evidence,
      start: m2.index,
      end: m2.index + m2[0].length,
      confidence: 0.6,
    },
  ];
}
