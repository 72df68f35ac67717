// Logo techniques and packaging terms: one place for the words that make a
// logo or packaging need, read by rules/logo-packaging.ts.
import { terms } from './terms.js';

/** Marks a Chinese buyer refuses by name ("不要打你们的牌", "唔好印我哋个标"); read by rules/logo-refusal.ts. */
export const REFUSED_MARKS_ZH = terms(`牌 | 牌子 | 标 | 商标 | 品牌 | 标志 | 字 | logo`);

/** Ways of putting a mark on goods: with a logo/brand word in the same clause they make a logo need. */
export const LOGO_TECHNIQUES = terms(`
  雷射 | 雷雕 | 水贴 | 丝印 | 丝网印 | 移印 | 烫金 | 烫银 | 烫印 | 激光 | 激光雕刻 | 激光刻 | 镭雕 | 镭射 | 刺绣 | 绣 | 压印 | 压纹 | 浮雕 | 热转印 | 转印 | 水转印 | UV印刷 | 印刷 | 印 | 雕刻 | 刻字 | 织唛 | 吊牌
  laser engraved | laser engraving | laser etched | laser marked | laser | engraved | engraving | etched | embossed | debossed | embossing | debossing
  printed | printing | print | screen printed | silk screen | silkscreen | pad printed | pad printing | hot stamped | hot stamping | foil stamped | foil stamping
  embroidered | embroidery | woven label | woven labels | woven | heat transfer | sublimation | uv printed | uv printing
`);
export const LOGO_WORDS = terms(`logo | logos | brand | brand name | 商标 | 品牌 | 标志 | 牌子 | 标`);

/** Things of the buyer's that go on or in the packaging: with "our"/我们的 they make it custom. */
export const PACK_OWN_ITEMS = terms(`
  barcode | barcodes | bar code | sticker | stickers | label | labels | hang tag | hang tags | insert card | manual | shipping marks | carton marks | design | artwork
  条码 | 条形码 | 贴纸 | 标签 | 吊牌 | 说明书 | 唛头 | 箱唛 | 设计 | 设计稿 | 稿子
`);
export const OWNERS = terms(
  `our | my | own | customer's | client's | their | 我们的 | 我们自己的 | 我司的 | 客户的 | 自己的 | 我们 | 客户`,
);
export const PACK_WORDS = terms(`
  packaging | packing | package | box | boxes | carton | cartons | colour box | color box | gift box | bag | bags | polybag | poly bag | kraft box
  包装 | 外箱 | 纸箱 | 彩盒 | 彩箱 | 盒子 | 箱子 | 外包装 | 内盒 | 礼盒 | 包装袋 | 袋子 | 牛皮纸盒
`);
