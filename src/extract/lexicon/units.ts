// Measure words and units, with the contract's quantity unit for each
// (units outside the contract's list are "other").
import { mapping, terms } from './terms.js';

export const UNITS = mapping(`
  个 | 件 | 只 | 支 | 枚 | 颗 | 粒 | pcs | pc | piece | pieces | unit | units | nos | no. = pcs
  套 | set | sets = sets
  箱 | ctn | ctns | carton | cartons = cartons
  公斤 | 千克 | kg | kgs | kilo | kilos = kg
  吨 | ton | tons | tonne | tonnes | mt = tons
  米 | m | meter | meters | metre | metres = meters
  台 | 部 | 把 | 张 | 条 | 双 | 对 | 卷 | 桶 | 瓶 | 包 | 片 | 根 | 顶 | 副 | 付 | 辆 | 盏 | 扇 | 本 | 盒 | 袋 | 罐 | 托 | 块 | 平方 | 平米 | 平方米 = other
  pair | pairs | roll | rolls | bag | bags | bottle | bottles | box | boxes | dozen | dozens | sqm | yard | yards | sheet | sheets | pallet | pallets | drum | drums | reel | reels | coil | coils | tin | tins = other
`);
/** Measure words that count batches or kinds, never goods: 一批, 三款. */
export const BATCH_WORDS = ['批', '款', '种', '类', '些', '点', '下', '次', '个月', '天', '周'];
/** Measure words that are also containers sold as goods: 收纳箱, 工具盒, 自封袋, 保温杯. */
export const CONTAINER_WORDS_ZH = ['箱', '盒', '袋', '瓶', '桶', '罐', '杯', '壶', '柜', '架', '垫', '篮', '筐'];
/** Packs a count can be packed in ("每10条一包", "500 sheets per ream"): such a count is a packing count. */
export const PACK_WORDS_ZH = ['包', '盒', '箱', '袋', '扎', '捆', '卷', '托', '打', '提', '排', '板'];
export const PACK_WORDS_EN = [
  'ream',
  'reams',
  'pack',
  'packs',
  'box',
  'boxes',
  'carton',
  'cartons',
  'ctn',
  'bag',
  'bags',
  'inner',
  'bundle',
  'bundles',
  'pallet',
  'pallets',
  'roll',
  'rolls',
  'case',
  'cases',
  'tray',
  'trays',
  'polybag',
  'blister',
  'card',
  'master',
  'outer',
  'set',
  'pair',
  'unit',
  'piece',
  'pc',
  'design',
  'style',
  'model',
  'size',
  'colour',
  'color',
];
/** Words that name a count's label ("数量：", "Qty:"): a labelled count is the order quantity. */
export const QUANTITY_LABELS = [
  '数量',
  '订量',
  '订购数量',
  '采购数量',
  'qty',
  'quantity',
  'order quantity',
  'menge',
  'cantidad',
  'quantidade',
];

/**
 * Nouns after a count that make it a count of something other than the goods: "两个色", "2 个
 * models 的 sample", "3 designs", "4 sizes" (variants, not the order).
 */
export const NOT_GOODS_AFTER_COUNT = terms(`
  色 | 颜色 | 款 | 款式 | 型号 | 尺寸 | 尺码 | 规格 | 设计 | 版 | 花色 | 图案
  colour | colours | color | colors | model | models | design | designs | size | sizes | style | styles | version | versions | variant | variants | sku | skus
`);
/**
 * A measure word that is also a predicate, read as the predicate when a sentence particle
 * follows it: "一片480对吧" (480, right?) is no count of pairs, "500对耳环" is.
 */
export const PREDICATE_UNITS = terms(`对`);
/** The sentence particles that make such a word the predicate. */
export const PREDICATE_PARTICLES = terms(`吧 | 吗 | 嘛 | 呀 | 啊 | 不 | 唔 | 未 | 嘅 | 啦 | 了`);
/** Verbs of sending: a count sent first, in a sentence about a sample, is the sample's count ("要打样，先寄两个给我看"). */
export const SENDING_VERBS = terms(`寄 | 发 | 快递 | send | ship | courier | post | mail | dispatch`);
