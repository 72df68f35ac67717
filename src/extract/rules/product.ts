// The product in the customer's words: the noun phrase after "要/需要/订/
// need/looking for/order", before "有货吗", after "你们的", etc. The shortest
// sensible phrase: quantities, determiners and trailing clauses are cut.
import { allMatches, NUM } from '../text.js';
import type { Mention } from './mention.js';
import { insideNoun } from './product-grammar.js';

const ZH_TRIGGER = new RegExp(
  String.raw`(?:想要|想订|想买|想采购|需要|要订|要一批|订一批|采购|订购|定做|购买|下单|询价|要|订|买|找)(?:一批|一些|些|批|点|一款|款)?\s*(?:(?:${NUM})\s*(?:个|件|只|支|套|台|把|张|条|箱|米|吨|pcs|sets|units|pieces)\s*)?`,
  'g',
);
const ZH_BEFORE =
  /([A-Za-z0-9\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff \-.]{1,20}?)(?:(?:要|确认|准备|马上|可以)?下单|还有货|有货|(?:的)?有吗|(?:的)?有没有|(?:的)?有卖吗|有现货|有库存|可以定制|能定制|可以做|能做|的order|的订单|定了|确认了|客户很喜欢)/g;
const ZH_AFTER =
  /(?:你们的|你们|贵司的|那个|这个|那批|这批|上次的|上次那个)([A-Za-z\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff \-]{1,20}?)(?=[，,。.!！?？\s]|可以|能|有|还有|的order|定了|确认|客户)/g;
const NP_ZH = /^\s*([A-Za-z0-9\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff \-#+.]{0,24})/;
const ZH_STOP =
  /可以|能|有货|还有|有现货|定了|确认|的order|order|吗|呢|吧|了|上面|要|客户|现在|这次|价格|多少|怎么|，|,|。|\s+(?:for|with|in|from)\b|\s{2,}/;
const VERB_START =
  /^(?:(?:下下|下|这|本|上|今|明|后)个?(?:月|周|星期|礼拜|年|天)|月底|月初|年底|年前|节前|印|发|寄|到|付|做|改|送|用|出|是|在|按|给|换|先|再|提前|推|赶|打样|下单|装(?!饰)|过(?!滤)|单加|单量|有(?!机)|控制(?![器柜板盒])|确认|定(?![时])|签|拿|催|报|问|看|等|跟|能|可|不(?:要|用|需|是|能|行|会|可|必|过)|没|还|就|也|都|很|最|必须|一定|把|让|交|走|准备|安排|考虑|我|你|他|她|它|这|那|哪|什么|几|从|被|来|去|说|想|会|每|多少)/;
const NOT_PRODUCT =
  /logo|包装|样品|样衣|证书|认证|定金|付款|价格|交货|发货|货期|交期|颜色|尺寸|材质|面料|数量|收到|反馈|发票|plug|packing|sample|纯棉|不锈钢$/i;
const PAST = /上次|上个月|上批|收到|反馈|last (?:time|order)|received/i;
const GENERIC =
  /^(?:样品|样衣|样|sample|samples|发票|定金|logo|包装|货|东西|报价|价格|单价|产品|数量|交期|订单|新单|新项目|项目|款|的|neutral|packing|design|PI|一下|them|it|the goods|goods)$/i;

const EN_TRIGGER =
  /\b(?:(?:place|placing|send)\s+(?:an\s+|a\s+|the\s+)?(?:new\s+)?orders?\s+(?:for|of)|orders?\s+(?:for|of)|(?:would|'d)\s+like(?:\s+to\s+(?:order|buy|purchase|import|source|get))?|need|needs|needing|in need of|require|requires|required|requiring|want(?:s)?(?: to (?:order|buy|purchase|reorder|import|source))?|(?:are|am|is|we're|i'm)\s+looking for|looking for|interested in|order|reorder|buy|purchase|import|quote (?:for|on|me)|price (?:for|of)|inquiry (?:for|about|on)|enquiry (?:for|about|on)|sourcing|saw your|see your|like your|(?:please|pls|kindly|can you|could you) quote|do you (?:have|sell|make|produce|supply))\s+/gi;
const EN_SKIP =
  /^(?:(?:a|an|the|some|any|more|new|another|your|our|these|those|this|good|quality|high quality|cheap|stock of|quotation for|price for|prices for)\s+|\d[\w.,/'"-]*\s*(?:pcs|pieces|units|sets|cartons|ctns|meters|metres|yards|rolls|pairs|kgs?|tons|boxes|bags|dozens?|x)?\s*(?:of\s+)?)+/i;
const EN_STOP =
  /^(?:for|with|in|on|at|to|from|by|and|or|that|which|please|pls|asap|urgently|this|next|before|as|like|same|made|of|is|are|was|were|we|i|you|it|they|but|so|if|when|the|a|an)$/i;
const EN_GENERIC =
  /^(?:inshallah|insha'?allah|thanks|thank|sir|dear|brother|friend|first|only|now|too|also|again|urgently|soon|asap|goods|them|it|this|that|samples?|price|prices|quote|quotation|catalogue|catalog|information|info|help|delivery|payment|more|order|orders|container|containers|details|pi|invoice|cheap|quality|same|something|anything|everything|stock|discount|best|one|ones|custom designs?|designs?|your|to)$/i;

// Never a product: a list of certification marks ("CE和RoHS"), a bare variant
// word ("机械款"), a phrase ending in a particle ("话就"), a quantity ("5 tons").
const CERT_LIST = /^(?:[A-Za-z0-9\-]{2,8})(?:\s*(?:和|与|及|跟|、|\/|and|&|,)\s*[A-Za-z0-9\-]{2,8})*(?:认证|证书)?$/;
const VARIANT_ONLY = /^[\u4e00-\u9fff]{1,3}(?:款|型|版|式)$/;
const PARTICLE_END = /(?:就|吧|了|吗|呢|么|过|好|完|掉|住|话)$/;
// a colour, an approximation or a trial word after a quantity ("2000个黑色的", "500箱左右")
const NOT_GOODS_ZH =
  /^[\u4e00-\u9fff]{0,3}色$|^(?:左右|上下|试试|试一下|看看|就行|即可|以上|以内|起|多|多少|一起|一共|总共)/;
const QTY_ONLY = /^\d[\d.,]*\s*(?:[A-Za-z]+|[个件只支套台把张条箱米吨付副])$/;
const EN_NOT_PRODUCT =
  /\blogo\b|\bbrand(?:ing)?\b|\bpacking\b|\bpackaging\b|\bprinted\b|\bprinting\b|\bsamples?\b|certificat|\blabel\b/i;

function notGoods(s: string): boolean {
  return (
    NOT_GOODS_ZH.test(s) ||
    (CERT_LIST.test(s) && !/[a-z]{3,}/.test(s.replace(/RoHS|and/g, ''))) ||
    VARIANT_ONLY.test(s) ||
    PARTICLE_END.test(s) ||
    QTY_ONLY.test(s)
  );
}

function cleanZh(raw: string, tail = false): string | undefined {
  let s = raw;
  if (tail) s = s.replace(/^.*(?:客户|那个|这个|那批|这批|那款|这款|要|了|的)(?=.)/, '');
  s = s.replace(/^(?:采购|订购|购买|定做|订做|进货|采买)(?:一批|一些|些|批)?/, '');
  s = s.replace(/^\d+(?:\.\d+)?\s*(?:V|W|kW|L|ml|mm|cm|m|inch|寸|英寸|升|瓦)(?![A-Za-z])\s*/i, '');
  s = s.replace(/\s+\d.*$|\d+(?:\.\d+)?\s*(?:V|W|L|mm|cm|inch|寸)\b.*$/, '');
  const stop = ZH_STOP.exec(s);
  if (stop) s = s.slice(0, stop.index);
  s = s.trim();
  const de = s.lastIndexOf('的');
  if (de >= 0 && de < s.length - 1) s = s.slice(de + 1);
  s = s
    .replace(/^(?:一批|一些|批|那个|这个|这款|那款)/, '')
    .replace(/(?:一批|一些)$/, '')
    .replace(/[的\s\-.]+$/, '')
    .trim();
  if (notGoods(s)) return undefined;
  if (
    s.length < 2 ||
    s.length > 20 ||
    VERB_START.test(s) ||
    NOT_PRODUCT.test(s) ||
    GENERIC.test(s) ||
    /^[\d\s.x×*]+[A-Za-z]{0,3}$/.test(s)
  )
    return undefined;
  if (!/[\u4e00-\u9fff]/.test(s) && !/[A-Za-z]{3,}/.test(s)) return undefined;
  if (
    /^[A-Za-z ]+$/.test(s) &&
    s
      .trim()
      .split(/\s+/)
      .every((w) => EN_STOP.test(w) || EN_GENERIC.test(w))
  )
    return undefined;
  return s;
}

function cleanEn(rest: string): string | undefined {
  const skipped = rest.replace(EN_SKIP, '');
  const words: string[] = [];
  for (const w of skipped.split(/\s+/)) {
    const bare = w.replace(/[,.;:!?)"'”]+$/, '');
    if (!bare || EN_STOP.test(bare) || /^\d/.test(bare) || /[\u4e00-\u9fff]/.test(bare)) break;
    words.push(bare);
    if (bare !== w || words.length >= 5) break;
  }
  while (words.length && EN_GENERIC.test(words[words.length - 1]!)) words.pop();
  if (/^(?:EXW|FCA|FOB|CFR|CIF|DAP|DDP|CNF|price|prices|best)$/i.test(words[0] ?? '')) return undefined;
  const s = words.join(' ');
  if (EN_NOT_PRODUCT.test(s) || notGoods(s)) return undefined;
  if (!s || words.every((w) => EN_GENERIC.test(w)) || s.length < 3) return undefined;
  return s;
}

// "200台三相电机": the goods after a Chinese quantity (English counts are read by the product grammar)
const QTY_LED_ZH =
  /(?<![\d.])(?:\d[\d,.]*|[一二两三四五六七八九十百千万]+)\s*(?:万|千)?\s*(?:台|个|件|套|只|支|把|张|条|箱|米|吨|双|卷|片|盏|顶|副|付|pcs|sets|units)\s*([\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff\-]{1,15})/g;

/** Product candidates in one customer message, best first. */
export function findProducts(text: string): Mention[] {
  const out: Mention[] = [];
  const add = (name: string | undefined, start: number, end: number, confidence: number): void => {
    if (!name || out.some((o) => o.value.name === name)) return;
    if (PAST.test(text) && !/这次|this time|again|再/.test(text)) confidence = 0.5;
    const i = text.indexOf(name);
    out.push({
      kind: 'product',
      value: { name },
      evidence: name,
      start: i >= 0 ? i : start,
      end: i >= 0 ? i + name.length : end,
      confidence,
    });
  };

  for (const m of allMatches(ZH_TRIGGER, text)) {
    if (/[不没别]/.test(text[m.index - 1] ?? '')) continue; // 不要 is no purchase act
    // 采购部, 订购单: the trigger is part of a noun
    if (insideNoun(text, m.index, m.index + m[0].replace(/[^\u4e00-\u9fff]+$/, '').length)) continue;
    const b = m.index + m[0].length;
    const np = NP_ZH.exec(text.slice(b));
    if (np) add(cleanZh(np[1]!), b, b + np[0].length, 0.7);
  }
  for (const m of allMatches(ZH_BEFORE, text)) add(cleanZh(m[1]!, true), m.index, m.index + m[0].length, 0.65);
  for (const m of allMatches(ZH_AFTER, text)) add(cleanZh(m[1]!), m.index, m.index + m[0].length, 0.6);
  for (const m of allMatches(EN_TRIGGER, text)) {
    const b = m.index + m[0].length;
    add(cleanEn(text.slice(b, b + 80)), b, b + 80, 0.7);
  }
  for (const m of allMatches(QTY_LED_ZH, text)) add(cleanZh(m[1]!), m.index, m.index + m[0].length, 0.6);

  return out.sort((x, y) => y.confidence - x.confidence || x.start - y.start);
}
