// Materials read from the materials lexicon: a composition ("100% cotton",
// "80% wool 20% nylon") or a material word standing as a whole clause
// ("PU leather, black…", "，真丝的，"). Clause cues ("材质：…") stay in spec-cert.
import { PhraseSet } from '../analyze/phrase-set.js';
import { MATERIALS_EN, MATERIALS_ZH } from '../lexicon/goods.js';

const MATERIALS = new PhraseSet([...MATERIALS_ZH, ...MATERIALS_EN]);
const CLAUSE_END = /^(?:的|材质|材料|料)?\s*(?:only|please|pls)?\s*(?:$|[，,。.!！?？;；、\n])/i;
const CLAUSE_START = /(?:^|[，,。.!！?？;；、:：\n])\s*(?:要|用|是|都是|全部|纯)?$/;
// or a part named before its material: "杯盖用食品级硅胶", "the winding must be copper"
const PART_BEFORE =
  /(?:^|[，,。.!！?？;；、:：\n])\s*(?:[\u4e00-\u9fff]{1,4}(?:要用|要|用|是|采用|选用)|(?:the\s+)?[a-z]+\s+(?:must be|should be|is|in))\s*$/i;
const PERCENT_BEFORE = /(\d+(?:\.\d+)?\s*%\s*)$/;

export interface Found {
  value: string;
  start: number;
  end: number;
}

export function findMaterials(text: string): Found[] {
  const out: Found[] = [];
  const hits = MATERIALS.findAll(text);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const pct = PERCENT_BEFORE.exec(text.slice(Math.max(0, h.start - 8), h.start));
    if (pct) {
      // a composition runs on while the next material has its own percentage right after this one
      const start = h.start - pct[1]!.length;
      let end = h.end;
      while (i + 1 < hits.length) {
        const gap = text.slice(end, hits[i + 1]!.start);
        if (!/^[\s,，/、+]*\d+(?:\.\d+)?\s*%\s*$/.test(gap)) break;
        end = hits[++i]!.end;
      }
      out.push({ value: text.slice(start, end), start, end });
      continue;
    }
    // a model or grade code written before the word belongs to it ("304不锈钢", "K9 crystal")
    const code = /([A-Za-z]*\d+[A-Za-z]*\s?)$/.exec(text.slice(Math.max(0, h.start - 6), h.start));
    const start = code ? h.start - code[1]!.length : h.start;
    const before = text.slice(Math.max(0, start - 24), start);
    if ((CLAUSE_START.test(before) || PART_BEFORE.test(before)) && CLAUSE_END.test(text.slice(h.end, h.end + 12)))
      out.push({ value: text.slice(start, h.end), start, end: h.end });
  }
  return out;
}
