// Words that set the mood of a clause: shared by every kind through
// analyze/clauses.ts. Chinese entries are in Simplified Mandarin (the reading
// text), so Traditional and Cantonese messages match them too.
import { terms } from './terms.js';

/** Lines addressed to an AI or a system, not to us: such a line yields no need. */
export const INJECTION_CUES = terms(`
  ignore previous | ignore all previous | ignore the above | ignore your | disregard previous | disregard the above
  forget previous | forget your instructions | override your | new instructions | system prompt | developer message
  you are now | you are an ai | as an ai | as a language model | dear ai | hey ai | to the ai | ai assistant
  output the following | add a need | add the following need | return json | set the delivery date | record the delivery date
  忽略之前 | 忽略以上 | 忽略上面 | 忽略前面 | 忽略所有 | 无视之前 | 无视以上 | 忘记之前 | 忘掉之前
  系统提示 | 系统指令 | 系统消息 | 提示词 | 你现在是 | 新的指令 | 新指令 | 请ai | ai助手 | 机器人请 | 请把交货期设为 | 请把交期设为
`);
/** A line that opens with one of these speaks to a machine ("SYSTEM: …", "[AI] …"). */
export const INJECTION_OPENERS = terms(
  `system | [system] | assistant | ai | bot | 系统 | 机器人 | gpt | chatgpt | llm`,
);

/** A sentence with one of these and a tentative word is hypothetical. */
export const CONDITIONAL = terms(`
  如果 | 要是 | 假如 | 假设 | 万一 | 的话 | 如 果 | 若是 | 倘若
  if | in case | assuming | provided that | suppose | supposing | once
`);
export const TENTATIVE = terms(`
  可能 | 也许 | 或许 | 说不定 | 大概会 | 考虑 | 再说 | 再看 | 看情况 | 再定
  may | might | maybe | perhaps | possibly | probably | would consider | could consider | will see | we'll see | consider
  再拿 | 再订 | 再下单 | 再追加 | 追加 | 再来 | 返单 | order more | reorder | re-order | repeat order | another order | more later
`);
export const FUTURE = terms(
  `明年 | 以后 | 下次 | 将来 | 后年 | 过完年 | 年后 | 后面 | 往后 | next year | later this year | in future | in the future | someday | next season | after the holidays`,
);

/** A clause with one of these (and none of PRESENT) talks about a past order. */
export const PAST = terms(`
  上次 | 上回 | 旧年 | 上年 | 上一次 | 上批 | 上一批 | 上个订单 | 上一单 | 去年 | 前年 | 以前订 | 之前订 | 之前买 | 以前买 | 之前那批 | 收到了 | 已经收到
  last time | last order | last year | last shipment | last batch | previous order | previously | we ordered | we bought | we received | was delivered | were delivered
`);
export const PRESENT = terms(`
  这次 | 这批 | 这一批 | 这单 | 现在 | 今年 | 本次 | 再 | 还是 | 一样 | 照旧 | 新单 | 新订单
  还有没 | 还有得 | 还有货 | 还能做 | 还可以做 | 还做不做
  今次 | 这回 | 先要 | 先订 | 先拿 | 先来 | 先整 | 先进 | 先买 | 这趟
  this time | this order | now | again | same as | new order | this year | repeat
`);

/** Negation words (Mandarin, Cantonese read as Mandarin, English). */
export const NEGATION = terms(`
  不 | 没 | 无 | 别 | 免 | 勿 | 无需 | 不用 | 不要 | 不必 | 不需要 | 不使 | 没有
  no | not | don't | dont | do not | never | without | none | nothing | won't | no need
`);

/** Question endings and openers. */
export const QUESTION_END = terms(`? | ？ | 吗 | 么 | 呢 | 不 | 没 | 嘛`);
export const QUESTION_WORDS = terms(`
  什么 | 多少 | 怎么 | 几 | 哪 | 是否 | 能否 | 可否 | 有没有 | 能不能 | 可不可以 | 行不行 | 要不要 | 是不是
  what | which | how | when | where | why | do you | does it | can you | could you | is it | are you | will you
`);

/** A message with one of these revises a value it also repeats ("not 500 but 800", "12月20改到12月10"). */
export const CHANGE_CUES = terms(`
  改 | 改成 | 改为 | 改到 | 换成 | 换 | 调整 | 推迟 | 延后 | 延迟 | 提前 | 加到 | 减到 | 增加到 | 减少到 | 而不是 | 不是 | 更新
  instead | change | changed | revise | revised | update | updated | make it | rather than | increase | reduce | move to | push to
`);

/** A clause with one of these adds another order line; its count does not replace the need's. */
export const ADDITIVE_CUES = terms(`
  另外 | 此外 | 还要 | 还需要 | 再加 | 另加 | 加上 | 顺便 | 同时也要 | 另一款 | 另一个产品
  also | additionally | in addition | as well | plus | on top of | besides | another item | another product | separately
`);

/** A reply with one of these puts the offer off: it neither accepts nor declines. */
export const DEFER_CUES = terms(`
  考虑一下 | 考虑下 | 想想 | 想一下 | 再说 | 再看看 | 再看 | 商量 | 问问 | 问一下老板 | 回头 | 晚点回复 | 再回复 | 再确认
  let me think | think about it | will think | consider | discuss | check with | get back | let you know | will confirm later | not sure
`);

/** What makes a rep's count an offer the customer can take up, not a statement of stock or capacity. */
export const PROPOSAL_CUES = terms(`
  建议 | 推荐 | 要不要 | 不如 | 怎么样 | 如何 | 可以吗 | 行吗 | 好吗 | 可不可以 | 行不行 | 考虑 | 的话 | 起订 | 最少要
  how about | what about | suggest | recommend | would you | shall we | do you want | why not | better to | moq | minimum order | if you order
`);

/** A question with one of these asks about price or terms for a count, not for the count itself. */
export const ASKS_ABOUT = terms(`
  多少钱 | 单价 | 价格 | 价钱 | 报价 | 便宜 | 优惠 | 折扣 | 多少 | 几钱 | 几多钱 | 运费 | 交期
  price | cost | how much | discount | quote | quotation | cheaper | freight | lead time
`);

/** A delivery date is either when goods leave or when they arrive; the two are not revisions of each other. */
export const SHIP_WORDS = terms(`
  出货 | 发货 | 发出 | 装柜 | 装船 | 出运 | 船期 | 上船 | 出厂 | 离港 | 开船
  ship | shipped | shipping | shipment | dispatch | load | loading | etd | leave the factory | ex-factory
`);
export const ARRIVE_WORDS = terms(`
  到货 | 到港 | 到仓 | 到达 | 抵达 | 送到 | 运到 | 收到货 | 到我们 | 到门店 | 要到 | 到
  arrive | arrival | reach | land | eta | in our warehouse | in the warehouse | in store | on the shelf | delivered
`);
