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
  foil | gold foil | silver foil | foiled | stamped | etched
  刻上 | 铸 | 铸字 | 铸造 | 浇铸 | 压铸 | 缝 | 缝上 | 车缝 | cast | cast in | casted | moulded | molded | sewn | sewn on | sew | stitched
`);

/**
 * Marks said as the text itself, right after a technique: "印字", "铸两个字",
 * "印埋个名" (a name). A quoted text ("烫金「山岚」", 印 "Feliz") or a word in
 * capitals ("print VISTA") after a technique is a mark too.
 */
export const TEXT_MARKS = terms(
  `字 | 名 | 名字 | 店名 | 公司名 | 文字 | text | name | our name | the name | wording | letters`,
);
/** Characters after a one-character text mark that make it another word: 印名片 prints business cards, 字体 is a font. */
export const TEXT_MARK_NOT_BEFORE = terms(`片 | 称 | 义 | 额 | 单 | 体 | 幕 | 母 | 典 | 号 | 牌`);
/**
 * Characters before a one-character technique that make it the end of another word: 即刻, 立刻,
 * 时刻, 无缝, 裁缝, 复印, 打印.
 */
export const TECHNIQUE_WORD_ENDS = terms(
  `即 | 立 | 时 | 此 | 片 | 深 | 顷 | 无 | 裁 | 复 | 打 | 影 | 脚 | 手 | 烙 | 封`,
);
/** Between a technique and its text mark: "印埋个名", "铸两个字", "印上我们的". */
export const TECHNIQUE_FILLERS = terms(`
  上 | 埋 | 下 | 一下 | 个 | 一个 | 两个 | 几个 | 些 | 我们 | 我们的 | 客户 | 客户的 | 店铺 | 店铺的 | 店铺个 | 我们店铺 | 我们店铺个 | 公司 | 公司的 | 的
  on | our | the | a | with | in
`);
/**
 * Verbs that put the buyer's own mark on the goods: before "我们的标" / "our logo"
 * they make a logo need ("领标换成我们店的标", "缝我们的label").
 */
export const MARK_VERBS = terms(`
  换成 | 改成 | 换 | 用 | 印 | 做 | 加 | 放 | 贴 | 缝 | 打 | 刻 | 绣 | 烫 | 要
  use | put | add | apply | sew | stitch
`);
/** Owners of a mark: "我们店的标", "我们公司的logo", "our company logo". */
export const MARK_OWNERS = terms(`
  我们的 | 我们 | 我们店的 | 我们店 | 我们公司的 | 我们公司 | 我司的 | 我司 | 我们自己的 | 自己的 | 客户的 | 店里的 | 我们店铺的
  our | our own | our company | our company's | our shop | our store | my | my company
`);
/** The buyer's own marks, owned as above ("我们的标", "our label"): a mark only with a putting verb. */
export const OWNED_MARKS = terms(`logo | 标 | 商标 | 牌子 | 品牌 | 店标 | 标志 | label | labels | brand | logo file`);
/** Placing something said in the clause before on the goods: "this is our logo, put it on both sides". */
export const PLACING = terms(`
  put it on | put them on | put it at | place it on | placed on | apply it on | print it on | printed on both | on both sides | on both side | on the front | on the side
  放在 | 放上 | 贴在 | 印在 | 做在 | 在正面 | 在背面 | 在侧面 | 正面 | 两侧 | 两边
`);
/** Things put "on" something that are neither a mark nor goods: "any stuff" after a negated technique ("唔使印嘢" reads 不用印货). */
export const ANY_PRINT = terms(`货 | 东西 | 任何东西 | 任何 | 什么 | anything`);
/** Joins the objects of one technique: "帐篷与收纳袋上". */
export const OBJECT_JOINERS = terms(`与 | 和 | 及 | 跟 | 同 | 、 | 以及`);
export const LOGO_WORDS = terms(
  `logo | logos | brand | brand name | company name | company logo | shop name | store name | 商标 | 品牌 | 品牌名 | 标志 | 牌子 | 牌 | 标 | 公司名 | 公司名称 | 公司名字 | 店名`,
);

/** Things of the buyer's that go on or in the packaging: with "our"/我们的 they make it custom. */
export const PACK_OWN_ITEMS = terms(`
  barcode | barcodes | bar code | sticker | stickers | label | labels | hang tag | hang tags | hang card | header card | insert card | manual | shipping marks | carton marks | design | artwork
  strap | straps | printed strap | belly band | sleeve | FNSKU
  条码 | 条形码 | 贴纸 | 标签 | 吊牌 | 吊卡 | 腰封 | 纸腰封 | 说明书 | 唛头 | 箱唛 | 设计 | 设计稿 | 稿子
`);
export const OWNERS = terms(`
  our | my | own | customer's | client's | buyer's | their | specified | the client | the customer | client | customer | provided
  我们的 | 我们自己的 | 我司的 | 客户的 | 客人的 | 自己的 | 我们 | 客户 | 客人 | 指定的 | 指定 | 提供的
`);
export const PACK_WORDS = terms(`
  packaging | packing | package | packed | pack | box | boxes | carton | cartons | colour box | color box | gift box | bag | bags | polybag | polybags | poly bag | poly bags | opp bag | opp bags | kraft box
  inner box | inner boxes | master carton | master cartons | outer carton | outer cartons | display box | display boxes | tin box | tin boxes | window box
  blister | blister card | blister cards | blister pack | clamshell | clamshells | backing card | header card | hang card | shrink wrap | shrink film | shrink wrapped | pallet | pallets
  pouch | pouches | zip bag | ziplock bag | sleeve box | mailer box | mailer boxes
  包装 | 外箱 | 纸箱 | 彩盒 | 彩箱 | 盒子 | 箱子 | 外包装 | 内盒 | 礼盒 | 包装袋 | 袋子 | 牛皮纸盒
  中盒 | 内箱 | 展示盒 | 天地盖 | 铁盒 | 吸塑 | 吸塑卡 | 泡壳 | 卡纸 | 吊卡 | 托盘 | 卡板 | 收缩膜 | 缠绕膜 | 自封袋 | 胶袋 | opp袋 | 飞机盒
`);
/** Last characters of Chinese pack words the list above does not hold ("皮盒", "硬盒", "防尘袋"): box, case, bag. */
export const PACK_HEADS_ZH = terms(`盒 | 箱 | 袋`);
/** Whose pack it is when it is the factory's own: "彩盒用你们原厂的就得" keeps the standard pack. */
export const FACTORY_OWNED = terms(
  `原厂 | 原装 | 你们的 | 你们原厂 | 贵司的 | 工厂的 | your own | your standard | yours | factory's | original`,
);
/**
 * Packs that are printed to a design by nature: asked for with no other word ("包装用彩盒",
 * "packed in a color box") they are custom packaging; "原厂彩盒" (standard) and "唔使彩盒"
 * (refused) are read by the standard and neutral lists first.
 */
export const PRINTED_PACKS = terms(`
  彩盒 | 彩箱 | 礼盒 | 展示盒 | 天地盖 | 彩卡 | 吸塑卡
  colour box | color box | colour boxes | color boxes | gift box | gift boxes | display box | display boxes | printed box | printed boxes | printed carton | printed cartons | blister card | blister cards
`);

/** Making something to order: right next to a pack word it makes the packaging custom ("定制礼盒", "customized gift box"). */
export const CUSTOM_WORDS = terms(`
  定制 | 订制 | 定做 | 订做 | 专属 | custom | customized | customised | personalized | personalised | branded | bespoke | private label
`);
/** Negations that, before a mark on the packaging, make it neutral ("no brand on the carton", "纸箱上不要印logo"). */
export const MARK_NEGATIONS = terms(`
  不要 | 不用 | 不使 | 不需要 | 不能有 | 不要有 | 不要出现 | 不印 | 不带 | 别 | 无 | 没有
  no | not | without | don't | do not | never | no need to
`);

/** Packaging without anyone's brand. */
export const NEUTRAL_PACKING = terms(`
  neutral | neutral packing | neutral packaging | unbranded | no branding | without branding | generic packaging | generic box
  blank carton | blank cartons | blank box | blank boxes | plain carton | plain cartons | plain box | plain boxes | plain packing | plain packaging
  brown carton | brown cartons | brown box | brown boxes | kraft carton | kraft cartons | kraft box | kraft boxes | white box | white boxes | plain white box
  plain white carton | plain brown carton | plain brown cartons | blank white box | plain export carton | plain export cartons
  plain master carton | plain master cartons | blank export carton | blank export cartons | brown export carton | brown export cartons | kraft packing
  no chinese | no made in china
  中性 | 中性包装 | 白盒 | 白箱 | 牛皮纸箱 | 牛皮箱 | 牛皮纸盒 | 无字箱 | 无字包装 | 空白箱 | 空白包装 | 不能有中文 | 无标包装
`);
/** The supplier's usual packing. */
export const STANDARD_PACKING = terms(`
  standard packing | standard packaging | standard package | standard carton | standard export packing | standard export packaging | standard export carton
  usual packing | usual packaging | normal packing | normal packaging | regular packing | regular packaging | your usual packing | your standard packing
  export packing | export packaging | seaworthy packing | bulk packing
  标准包装 | 标准出口包装 | 普通包装 | 常规包装 | 正常包装 | 出口包装 | 标准彩盒 | 老包装 | 原包装
`).concat(usualPacking(), usualPackingEn());

/** The same pairing in English: "normal export carton", "regular master cartons", "usual poly bag". */
function usualPackingEn(): string[] {
  const usual = terms(
    `standard | normal | regular | usual | ordinary | plain export | normal export | standard export | regular export`,
  );
  const packs = PACK_WORDS.filter((w) => /^[a-z ]+$/.test(w) && !/^pack/.test(w));
  return usual.flatMap((u) => packs.map((p) => `${u} ${p}`));
}

/**
 * Chinese "the usual" + a packing word ("普通纸箱", "常规的外箱", "原厂彩盒"): every
 * pairing of the two lists, so a new packing word gets its plain form too.
 */
function usualPacking(): string[] {
  const usual = terms(`普通 | 常规 | 标准 | 正常 | 一般 | 默认 | 平常 | 平时 | 原厂 | 原装 | 出口`);
  const packs = PACK_WORDS.filter((w) => /^[\u4e00-\u9fff]+$/.test(w));
  return usual.flatMap((u) => packs.flatMap((p) => [u + p, `${u}的${p}`]));
}

/** Putting goods into a pack ("每件配个防尘袋", "每只装一个布袋"): a word on a pack head after one is the packing, not the goods. */
export const PACKING_ACTS = terms(
  `配 | 配个 | 套 | 套个 | 装 | 装个 | 入 | 放进 | 每件 | 每个 | 每只 | 每支 | 每套 | 每条 | 每对 | each | per piece | packed in | comes with`,
);
