// Chinese attribute words that name a technical requirement, and the
// contract attribute each one fills. A word is only a spec when a measured
// value follows it (rules/spec-zh.ts), so 尺寸 in "什么尺寸的？" is none.
import { mapping, terms } from './terms.js';

/**
 * Generic size words: the value alone is the requirement ("长度22寸" → 22寸),
 * as a size is written without its name. Voltage and capacity need no word
 * list: their units alone say what they are (spec-cert.ts).
 */
export const GENERIC_ATTRIBUTES_ZH = mapping(`
  尺寸 | 规格 | 规格尺寸 | 产品尺寸 | 外径尺寸 | 成品尺寸 | 线长 | 绳长 | 链长 | 总长 | 全长 | 长度 | 大小 | 尺码 | 长宽高 | 外形尺寸 = size
`);

/**
 * Named measures: a bare number says nothing without its name, so the value
 * keeps the word ("壁厚1.4mm", "门幅2米8", "密度180%").
 */
export const NAMED_ATTRIBUTES_ZH = mapping(`
  门幅 | 幅宽 | 宽幅 | 布幅 | 宽度 | 高度 | 深度 | 直径 | 内径 | 外径 | 口径 | 管径 = size
  壁厚 | 厚度 | 板厚 | 线径 | 丝径 | 克重 | 重量 | 净重 | 单重 | 密度 | 硬度 | 功率 | 额定功率 | 输出功率 = other
  转速 | 流量 | 扬程 | 亮度 | 光通量 | 色温 | 续航 | 续航时间 | 频率 | 噪音 | 拉力 | 承重 | 载重 | 耐温 | 含量 | 纯度 | 精度 = other
  分辨率 | 像素 | 刷新率 | 充电时间 | 工作时间 | 保温时间 | 回弹 | 扭力 | 压力 | 工作压力 | 针距 | 目数 = other
`);

/** Units a measured value may end in; longest spellings are tried first. */
export const SPEC_UNITS_ZH = terms(`
  mm² | mm2 | 平方毫米 | 平方 | mm | cm | m | 毫米 | 厘米 | 公分 | 米 | 寸 | 英寸 | 丝 | 微米 | um | μm
  gsm | g/m² | g/m2 | 克/平方米 | 克 | g | kg | 公斤 | 千克 | 斤
  % | 度 | ℃ | °C | K | V | 伏 | W | 瓦 | kW | 千瓦 | HP | 匹 | A | 安 | mAh | Ah | 毫安 | L | 升 | ml | 毫升
  毫安时 | inch | inches | " | meters | metres | meter | metre | litres | liters | lbs | lb
  Hz | 赫兹 | rpm | 转 | 转/分 | lm | 流明 | 小时 | 分钟 | 秒 | h | min | dB | 分贝 | N | 牛 | MPa | bar | 公斤力 | 目 | 针 | P
`);

/**
 * Words between an attribute word and its value that say nothing of it
 * ("壁厚要1.4mm", "尺寸：40*30cm", "功率在1500W左右"); bounds are kept as links
 * ("不低于180克", Cantonese "唔好低過100W" read as 不要低过).
 */
export const VALUE_LINKS_ZH = terms(`
  : | ： | 是 | 为 | 要 | 需要 | 要求 | 做 | 在 | 大概 | 大约 | 约 | 至少 | 最少 | 最大 | 最多 | ≥ | >= | ≤ | <=
  不低于 | 不小于 | 不少于 | 不好低过 | 不要低过 | 不要低于 | 不要少过 | 不要少于 | 不低过 | 不好少过 | 不少过 | 不好低于 | 不可以低过 | 不能低过 | 不能低于
`);

/**
 * Nouns that name a quality of the goods rather than goods: "颜色要橘黑",
 * "包装要彩盒", "材质用304" state a spec of the goods, so what follows their
 * verb is a value, never the product (read by rules/product-grammar.ts).
 */
export const QUALITY_NOUNS_ZH = terms(`
  颜色 | 配色 | 色号 | 外观 | 材质 | 材料 | 面料 | 款式 | 样式 | 风格 | 造型 | 图案 | 花色 | 表面 | 工艺 | 包装 | 外箱 | 内盒 | 手感 | 质感 | 口味 | 味道 | 香味 | 形状
`);
