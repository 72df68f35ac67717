// Words of an offer of alternatives ("胶条要天然橡胶还是硅胶？", "we have matte
// and glossy", "颜色有灰、绿、米色") and of the answer that picks one. Read by
// rules/spec-choice.ts; the rep's question names the attribute.
import { mapping, terms } from './terms.js';

/** Words that join the options of one offer. */
export const OPTION_JOINS = terms(`还是 | 或者 | 或是 | 或 | 、 | 和 | 跟 | 与 | / | or | and | , | ，`);

/** The last of these before the options ends the lead-in ("胶条是要 | 天然橡胶还是硅胶"). */
export const OPTION_LEADS = terms(`
  是要 | 要 | 用 | 选 | 有 | 是 | 做 | 分 | 可以做 | 可选 | 提供
  prefer | want | need | like | choose | have | offer | in | with | between | either
`);

/** Words after the last option that say "these are the choices" ("两种配置", "the two options"). */
export const OPTION_TAILS = terms(`
  两种 | 几种 | 三种 | 两个 | 几个 | 两款 | 几款 | 可选 | 可以选 | 都有 | 的 | 呢 | 吗 | 么 | 哪个 | 哪种 | 好
  options | option | types | versions | both | which | available | ok | then
`);

/**
 * A cue word in the offer names the attribute the chosen option fills. Offers about other
 * kinds (packing, logo, payment, price, shipping) are not specs: their options go to those rules.
 */
export const OPTION_CUES = mapping(`
  颜色 | 色 | 配色 | 颜色有 | colour | color | colours | colors = color
  材质 | 材料 | 面料 | 布料 | 用料 | 料子 | 胶条 | 木材 | 皮料 | material | materials | fabric | fabrics = material
  质地 | 质感 | 配置 | 版本 | 型号 | 规格 | 类型 | 手感 | 效果 | 表面 | 表面处理 | finish | finishes | type | types | version | versions | model | texture | configuration = other
  包装 | 包装盒 | 外箱 | 彩盒 | 印 | logo | 工艺 | 付款 | 付 | 定金 | 价 | 价格 | 运输 | 船 | 快递 | 认证 | 交期 = none
  packing | packaging | box | label | print | printing | payment | pay | price | shipping | freight | delivery | certificate = none
`);
