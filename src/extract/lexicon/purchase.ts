// Words that make a purchase act: the noun phrase after them (or before a
// stock question) is what the customer wants. Weights say how sure a trigger
// is; the product grammar adds them up across the chat.
import { mapping, terms } from './terms.js';

/** [trigger, weight] — a verb (or frame) before the goods. */
export const BUY_BEFORE_ZH = mapping(`
  想订购 | 订购 | 采购 | 购买 | 想采购 | 想购买 | 要订 | 想订 | 订做 | 定做 | 定制 | 下单 | 询价 | 求购 | 进货 | 想进 | 批发 = 0.8
  需要 | 想要 | 要 | 订 | 买 | 进一批 | 进些 | 进点 | 想买 | 找 | 在找 | 要一批 | 订一批 | 做一批 | 做 | 报价 | 报个价 | 拿 | 进 | 有没有 | 有没 | 有无 | 想入 | 要入 | 入一批 | 做不做 | 卖不卖 | 有没得卖 | 能不能做 | 可不可以做 | 接不接 | 要补 | 想补 | 补一批 | 来一批 | 再来一批 = 0.7
  想问 | 想问下 | 想了解 | 问下 = 0.6
  印 | 想印 | 要印 | 印一批 = 0.5
  你们有 | 贵司有 | 有卖 = 0.6
  你们的 | 贵司的 = 0.5
`).map(([w, v]) => [w, Number(v)]);
/** A stock or price question after the goods: "保温杯有货吗", "这款多少钱". */
export const BUY_AFTER_ZH = mapping(`
  有没有 | 有吗 | 有货吗 | 还有货吗 | 有没货 | 还有没货 | 有没现货 | 有没得做 | 还有没得做 | 有现货吗 | 有库存吗 | 有卖吗 | 能做吗 | 可以做吗 | 能定制吗 | 可以定制吗 | 怎么卖 | 多少钱 | 什么价 | 啥价 | 咩价 | 几多钱 | 报价 | 的报价 | 的价格 | 的需求 = 0.65
  定了 | 确认了 | 确定了 | 定下来了 | 下单 | 要下单 | 可以下单 | 的order | 的订单 | 的单子 | 单子落地 | 要补货 | 补货 | 还有货 | 有货没 | 还有得做 | 有得做 | 想找你们做 | 要做一批 | 客户很喜欢 | 卖得很好 | 返单 = 0.7
`).map(([w, v]) => [w, Number(v)]);
export const BUY_BEFORE_EN = mapping(`
  looking for | are looking for | am looking for | we need | i need | need | needs | require | required | we want | want | want to buy | want to order | would like | would like to order | 'd like | interested in = 0.7
  order | to order | place an order for | order for | buy | to buy | purchase | import | source | sourcing | reorder | quote for | quotation for | price for | prices for | inquiry for | enquiry for | rfq for = 0.7
  to stock | stock up on | requiring | are requiring | we require | searching for | in need of | i like the | we like the | like your | interested in your = 0.6
  do you have | do you sell | do you make | do you supply | do you produce | can you make | can you supply | can you produce | could you make = 0.7
  you have | your = 0.5
`).map(([w, v]) => [w, Number(v)]);
/** Field labels that name the product outright (forms, RFQs). */
export const PRODUCT_FIELDS = mapping(`
  产品名称 | 品名 | 货物名称 | 产品 | 货品 | 物品 | 名称 | product | product name | item | item name | commodity | goods | description = 0.9
`).map(([w, v]) => [w, Number(v)]);
/** Polite openers of a question: verbs to jieba, never the start of a goods noun ("想问下保温杯…"). */
export const ASK_OPENERS_ZH = terms(
  `问下 | 问一下 | 请问 | 想问 | 想问下 | 咨询下 | 咨询一下 | 了解下 | 了解一下 | 打听下 | 问问`,
);
/**
 * English nouns that stand between a purchase act and the goods: "looking for a
 * supplier of lunch bags", "need a quote on office chairs". The goods are the
 * noun phrase after the preposition that follows them.
 */
export const RELATIONAL_NOUNS_EN = terms(`
  supplier | suppliers | manufacturer | manufacturers | maker | makers | vendor | vendors | factory | factories | producer | producers | exporter | exporters | wholesaler | wholesalers | distributor | source
  moq | quote | quotes | quotation | quotations | price | prices | pricing | offer | offers | catalogue | catalog | sample | samples | shipment | container | batch | lot | range | line | kind | type | types | selection | variety
`);
/** The prepositions that link a relational noun to the goods. */
export const RELATIONAL_LINKS_EN = terms(`of | for | on | about`);
/** Words before "做/卖 + goods + 的" that make it a statement of trade ("我们是做灯具的"), not a purchase. */
export const IDENTITY_MARKERS_ZH = terms(`是 | 是专门 | 专门 | 主要 | 一直`);
/** A rep's offer of goods ("we can offer bamboo toothbrushes", "推荐您这款焖烧杯"): read only in rep messages. */
export const OFFER_BEFORE = mapping(`
  offer | can offer | could offer | we offer | we have | we also have | we can supply | we can make | recommend | suggest | how about | what about = 0.6
  推荐 | 推荐您 | 推荐你 | 建议 | 建议您 | 我们有 | 我们有一款 | 有一款 | 这款 | 那款 | 这个 | 可以做 | 可以给您做 = 0.6
`).map(([w, v]) => [w, Number(v)]);
/** A question that asks which goods are wanted: the reply that opens on a noun phrase names them. */
export const WHICH_GOODS_QUESTIONS = terms(`
  which | what kind of | what type of | what sort of | what model | which model | what product | what products | what items
  哪种 | 哪款 | 哪个 | 哪些 | 什么产品 | 什么款 | 什么样的 | 咩款 | 边种 | 边款 | 边个
`);
/**
 * A customer pointing at goods the other side has ("你们那个无骨雨刮还有吗", "电话里说的那个藤编沙发"):
 * what follows is the goods when its head is a goods word.
 */
export const POINTING_BEFORE_ZH = mapping(`
  你们那个 | 你们这个 | 你家那个 | 你家这个 | 你们那款 | 你们这款 | 说的那个 | 说的那款 | 发的那个 | 发的那款 = 0.6
`).map(([w, v]) => [w, Number(v)]);
