// Samples and cautions as data, read by rules/sample-caution.ts. Chinese
// entries are Simplified Mandarin (the reading text: Cantonese and Traditional
// messages are read through it too).
import { terms } from './terms.js';

/** Things a buyer asks to see before the order. */
export const SAMPLE_NOUNS = terms(`
  sample | samples | swatch | swatches | swatch card | swatch book | strike-off | strike off | prototype | prototypes | colour card | color card
  pre-production sample | pp sample | counter sample
  样品 | 样机 | 样衣 | 样板 | 样鞋 | 实物样 | 小样 | 色卡 | 色板 | 样本
`);
/** A sample noun that carries its own request ("打样", "sample order"): no verb needed. */
export const SAMPLE_ACTS = terms(`
  打样 | 寄样 | 做样 | 发样 | 出样 | 拿样 | 试单 | sample order | trial order
`);
/** Verbs (and "first"/先) that make a sample noun a request. */
export const SAMPLE_VERBS = terms(`
  send | sent | courier | ship | dispatch | express | mail | make | do | prepare | provide | arrange | get | need | want | have | require | give | post
  first | before
  寄 | 发 | 送 | 要 | 需要 | 打 | 做 | 提供 | 安排 | 拿 | 先 | 给
`);
/** Money for a sample is a price talk, not a sample request. */
export const SAMPLE_COSTS = terms(`sample fee | sample cost | sample charge | sample charges | 样品费 | 打样费 | 样费`);
/** Refusals said after the sample noun ("样品不用了", "samples not needed"): no bare "no" ("sample no later than…"). */
export const SAMPLE_REFUSALS_AFTER = terms(`
  not needed | not necessary | not required | no need | are not needed | is not needed | isn't needed | aren't needed
  不用 | 不要了 | 不需要 | 就不用 | 免了 | 就免了 | 省了 | 不必 | 不用寄 | 不用打
`);
/** Refusals of a sample ("no need sample", "不用打样"), read before the sample noun. */
export const SAMPLE_REFUSALS = terms(`
  no need | no | don't need | dont need | do not need | without | skip | not needed | not necessary | 不需要 | 不用 | 不要 | 无需 | 免 | 不必
`);

/**
 * How to treat this customer: sensitivities, taboos, a channel they insist on,
 * bad experiences with other suppliers, things they stress. One is enough.
 */
export const CAUTION_CUES = terms(`
  敏感 | 不喜欢 | 讨厌 | 反感 | 千万别 | 千万不要 | 一定不要 | 别来回 | 强调一下 | 提醒一下 | 特别注意 | 注意一下 | 务必 | 留意 | 很严 | 非常严 | 要求很高 | 要求高 | 挑剔
  投诉 | 被退货 | 退货 | 差评 | 另一供应商 | 别的供应商 | 上个供应商 | 之前的供应商 | 有个供应商 | 其他供应商
  吃过亏 | 被坑过 | 坑过我们 | 上过当 | 出过问题 | 质量问题 | 质量很差 | 质量太差 | 品质问题 | 很在意 | 非常在意 | 很看重 | 非常看重 | 不能出错 | 不能有任何问题
  不能延误 | 不能延期 | 绝对不能 | 不要再出现 | 别再出现 | 索赔 | 罚款 | 扣款 | 验货很严 | 有异味 | 掉色 | 褪色 | 色差
  只用邮件 | 只接受邮件 | 只回复邮件 | 只看邮件 | 只用微信 | 只回微信 | 只发邮件 | 邮件联系 | 不要打电话 | 别打电话 | 不接电话
  sensitive | don't like | do not like | hate | never call | don't call | do not call | no calls | no phone calls
  only email | only by email | only via email | only e-mail | only whatsapp | only via whatsapp | only wechat | only message | email only | on email with me | communication on email | all communication
  no delay | big problem | big problems | serious problem | serious problems | many problems | huge problem | bad problems | bad experience
  had problems | had a problem | had some problems | was a problem | was big problem | was a big problem | was huge problem
  last supplier | previous supplier | another supplier | other supplier | our old supplier | complain | complained | complaints | complaint
  cheap quality | poor quality | very strict | strict | be careful | picky | non-negotiable | non negotiable | not negotiable
`);
/** Caring words: the buyer says what they are touchy about ("很在意交期", "very sensitive to dates", "好紧张交期"). */
export const SENSITIVITY = terms(`
  在意 | 在乎 | 介意 | 看重 | 重视
  sensitive | critical | crucial | care a lot | really care | very particular
`);
/** Delays the buyer will not accept ("must not be late", "不能晚", "再迟就…"). */
export const DELAY_PROHIBITIONS = terms(`
  must not be late | cannot be late | can't be late | can not be late | mustn't be late | cannot accept any delay | can't accept any delay | cannot accept delay
  can't accept delay | no delays | zero delay | not one day late | on time is a must
  不能晚 | 不能迟 | 不能拖 | 不可以晚 | 不可以迟 | 不许晚 | 晚一天都不行 | 迟一天都不行 | 晚一天也不行
`);
/** A past order or shipment ("上批货", "last shipment"): with a problem word it is a bad experience. */
export const PAST_ORDERS = terms(`
  上次 | 上批 | 上一批 | 上回 | 上个订单 | 上一单 | 上张单 | 之前那批 | 以前那批
  last time | last shipment | last order | last batch | previous order | previous shipment | previous batch | the last container | our last order
`);
/** What went wrong with a past order. */
export const PROBLEM_WORDS = terms(`
  次品 | 不良 | 破损 | 损坏 | 坏了 | 烂 | 刮花 | 刮伤 | 划伤 | 花晒 | 迟 | 延误 | 晚到 | 晚了 | 投诉 | 漏发 | 少发 | 发错 | 做错 | 色差 | 掉色 | 生锈 | 质量差 | 退货
  damaged | broken | scratched | defective | defect | defects | late | delayed | delay | complaint | complaints | wrong | missing | short | shortage | rusty | faulty | cracked
`);
/**
 * Ways of reaching the buyer: refused right after a negation ("别给我打电话", "please no long voice
 * notes", "do not contact our doctors") they are a channel caution.
 */
export const CONTACT_CHANNELS = terms(`
  打电话 | 打给我 | 来电 | 语音 | 发语音 | 视频通话 | 联系
  call | calls | calling | phone | phone calls | ring | voice note | voice notes | voice message | voice messages | contact | visit
`);
/** "No problem" is assent, not a warning. */
export const NOT_CAUTION = terms(`no problem | no problems | 没问题 | 不是问题`);
