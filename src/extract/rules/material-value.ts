// Materials read from the materials lexicon: a composition ("100% cotton",
// "80% wool 20% nylon") or a material word standing as a whole clause
// ("PU leather, black…", "，真丝的，"). Clause cues ("材质：…") stay in spec-cert.
import { PhraseSet } from '../analyze/phrase-set.js';
import { GOODS_ZH, MATERIAL_HEADS_ZH, MATERIAL_PARTS_ZH, MATERIALS_EN, MATERIALS_ZH } from '../lexicon/goods.js';
import { VALUE_TAILS } from '../lexicon/spec-attributes.js';
import { pieces } from '../analyze/clauses.js';

const MATERIALS = new PhraseSet([...MATERIALS_ZH, ...MATERIALS_EN]);
const PARTS = [...MATERIAL_PARTS_ZH].sort((a, b) => b.length - a.length);
const PART_ALT = PARTS.join('|');
// what may close a material's clause: a part it is said of ("锌合金面板"), 的, 那只 (Cantonese 嗰隻)
const CLAUSE_END = new RegExp(
  `^\\s*(?:${PART_ALT})?\\s*(?:的|那只|那款|那种|材质|材料|料)?\\s*(?:only|please|pls)?\\s*(?:$|[，,。.!！?？;；、\\n])`,
  'i',
);
// a list item's marker opens a clause too: "- 基材要 PET", "3. 材质：…"
const BULLET = String.raw`(?:[-*•·]\s*|\d{1,2}\s*[.)、]\s*)?`;
const CLAUSE_START = new RegExp(String.raw`(?:^|[，,。.!！?？;；、:：\n])\s*${BULLET}(?:要|用|是|都是|全部|纯)?$`);
// or a part named before its material: "杯盖用食品级硅胶", "the winding must be copper",
// a labelled field with the part's name before the value: "材质：外帐 210D 牛津布"
const PART_BEFORE = new RegExp(
  String.raw`(?:^|[，,。.!！?？;；、:：\n])\s*${BULLET}(?:[\u4e00-\u9fff]{1,4}\s*(?:要用|要|用|是|采用|选用)|[\u4e00-\u9fff]{1,4}\s*[:：]\s*(?:[\u4e00-\u9fff]{1,4}\s+)?|(?:the\s+)?[a-z]+\s+(?:must be|should be|is|in))\s*$`,
  'i',
);
const PERCENT_BEFORE = /(\d+(?:\.\d+)?\s*%\s*)$/;

export interface Found {
  value: string;
  start: number;
  end: number;
}

const HEADS = [...MATERIAL_HEADS_ZH].sort((a, b) => b.length - a.length);
const GOODS = new Set(GOODS_ZH);
const TAILS = [...VALUE_TAILS].filter((t) => /[\u4e00-\u9fff]/.test(t)).sort((a, b) => b.length - a.length);
const COPULAS = ['要用', '采用', '选用', '要', '用', '是'];
// a clause that is only a material and 的 or the part it makes: "，楠竹的，", "高碳钢车架"
const BARE = new RegExp(String.raw`^(\s*${BULLET})[\u4e00-\u9fff]{2,6}?(?:的|那只|那款|那种|${PART_ALT})$`);
const PRONOUN = /^(?:我|你|他|她|它|咱|客户|客人|老板)/;
const CLAUSE_ENDS = new Set(['，', ',', '。', '；', ';', '！', '!', '？', '?', '\n', '、']);

/**
 * A material the lexicon does not hold, where a material stands: the whole value after a
 * part and its copula ("车架要高碳钢的", "面料用法式蕾丝"), or a composition ("100%桑蚕丝"),
 * when it ends on a material head. Not goods (卫生纸 ends on no head; 螺丝 is goods).
 */
function materialsByHead(text: string): Found[] {
  const out: Found[] = [];
  for (const c of pieces(text, CLAUSE_ENDS)) {
    const clause = text.slice(c.start, c.end).replace(/[，,。；;！!？?\n、]$/, '');
    let from = 0;
    const pct = /^\s*\d+(?:\.\d+)?\s*%\s*/.exec(clause);
    if (pct) from = pct[0].length;
    else {
      const cop = COPULAS.map((w) => ({ w, at: clause.indexOf(w) }))
        .filter((x) => x.at >= 0 && x.at <= 4)
        .sort((a, b) => a.at - b.at)[0];
      const subject = clause.slice(0, cop?.at ?? 0).trim();
      const bare = cop ? null : BARE.exec(clause);
      if (bare) from = bare[1]!.length;
      else if (!cop || PRONOUN.test(subject) || (subject && !/^[\u4e00-\u9fff]+$/.test(subject))) continue;
      else from = cop.at + cop.w.length;
    }
    let value = clause.slice(from).trim();
    const part = PARTS.find((p) => value.endsWith(p) && value.length > p.length + 1);
    if (part && !pct) value = value.slice(0, -part.length);
    for (const t of TAILS) if (value.endsWith(t) && value.length > t.length) value = value.slice(0, -t.length);
    if (!/^[\u4e00-\u9fff]{2,6}$/.test(value) || GOODS.has(value)) continue;
    if (!HEADS.some((h) => value.endsWith(h) && value.length > h.length)) continue;
    const start = c.start + (pct ? clause.indexOf(pct[0].trim()) : clause.indexOf(value, from));
    const end = c.start + clause.indexOf(value, from) + value.length;
    out.push({ value: text.slice(start, end).trim(), start, end });
  }
  return out;
}

export function findMaterials(text: string): Found[] {
  const out: Found[] = [];
  const byHead = /[\u4e00-\u9fff]/.test(text) ? materialsByHead(text) : [];
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
  for (const f of byHead) if (!out.some((o) => o.start < f.end && f.start < o.end)) out.push(f);
  return out.sort((a, b) => a.start - b.start);
}
