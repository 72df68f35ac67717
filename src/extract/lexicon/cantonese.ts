// Cantonese written forms read as Mandarin, so every rule reads 唔要 as 不要
// and 冇 as 没. Both tables keep lengths (one character for one, a phrase for
// a phrase of the same length), so offsets of the original text hold and
// evidence stays verbatim.
import { mapping } from './terms.js';

/** Character for character; applied before opencc, which would turn 係 into 系. */
export const CANTONESE_CHARS: [string, string][] = mapping(`
  唔 = 不
  冇 = 没
  咗 = 了
  嘅 = 的
  嗰 = 那
  係 = 是
  啲 = 些
  佢 = 他
  喺 = 在
  俾 | 畀 = 给
  嚟 = 来
  睇 = 看
  揾 | 搵 = 找
  咁 = 这
  乜 = 什
  嘢 = 货
  哋 = 们
  噉 = 这
  攞 | 拎 = 拿
  喇 | 囉 | 啰 | 嘞 = 了
  咩 = 吗
  啱 = 对
`);

/**
 * Phrases of the same length, written as Cantonese speakers write them (either
 * script); they are read through the character table and opencc first, so a
 * key matches the reading text. Longest key wins.
 */
export const CANTONESE_PHRASES: [string, string][] = mapping(`
  唔使 = 不用
  亞加力 | 亚加力 = 亚克力
  唔好 = 不要
  唔該 = 谢谢
  仲有 = 还有
  仲要 = 还要
  仲係 = 还是
  定係 | 定系 = 还是
  一定係 | 一定系 = 一定是
  真系 = 真是
  唔系 = 不是
  系咪 = 是否
  就系 = 就是
  都系 = 都是
  # 係 inside a Traditional word is 系, not the copula 是: these read back to the word
  係數 = 系数
  關係 | 关係 = 关系
  聯係 | 联係 = 联系
  維係 | 维係 = 维系
  體係 | 体係 = 体系
  仲未 = 还没
  未有 = 没有
  而家 | 宜家 = 现在
  幾多 = 多少
  幾耐 = 多久
  邊度 | 邊便 = 哪里
  邊個 = 哪个
  點樣 = 怎样
  點解 = 为何
  乜嘢 = 什么
  聽日 = 明天
  後日 = 后天
  尋日 | 琴日 = 昨天
  今日 = 今天
  下晝 = 下午
  朝早 = 早上
  啱啱 = 刚刚
  過數 | 找數 = 付款
  畀錢 | 俾錢 = 付钱
  搞掂 = 搞定
  樣辦 | 样办 = 样品
  月尾 = 月底
  年尾 = 年底
  尾數 = 尾款
  咁就 = 那就
  得唔得 = 行不行
  係咪 = 是否
  同埋 = 以及
  落單 = 下单
  落訂 = 下订
  走貨 = 出货
  舖頭 = 店铺
  檔口 = 档口
  睇下 = 看看
`);
