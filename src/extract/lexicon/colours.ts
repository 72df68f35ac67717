// Colour words: spec values (attribute "color") and modifiers in a product
// name. Chinese colours are whole words here, so "军绿色" is read without the
// "还是 … 吗" around it.
import { terms } from './terms.js';

export const COLOURS_ZH = terms(`
  黑色 | 白色 | 红色 | 绿色 | 蓝色 | 黄色 | 灰色 | 紫色 | 粉色 | 粉红色 | 橙色 | 棕色 | 褐色 | 咖啡色 | 啡色 | 金色 | 银色 | 米色 | 米白色 | 青色 | 卡其色 | 藏青色 | 藏蓝色 | 军绿色 | 墨绿色 | 深蓝色 | 浅蓝色 | 天蓝色 | 宝蓝色 | 湖蓝色 | 深灰色 | 浅灰色 | 酒红色 | 玫红色 | 大红色 | 枣红色 | 香槟色 | 象牙白 | 奶白色 | 乳白色 | 透明色 | 原木色 | 胡桃色 | 玫瑰金 | 香槟金 | 深空灰 | 太空灰 | 枪灰色 | 迷彩色 | 荧光绿 | 荧光黄
  黑 | 白 | 红 | 蓝 | 灰 | 透明 | 哑光黑 | 亮光黑 | 磨砂黑 | 哑黑 | 亮黑 | 纯白 | 珍珠白 | 本色
`);
/** Words that say a colour is the goods' own, not a printed mark's: "盖子丝印logo，颜色要灰色". */
export const GOODS_COLOUR_WORDS = terms(`颜色 | 颜色的话 | 产品颜色 | 本体 | colour | color | body`);
/** Surface finishes: spec words, never a product on their own. */
export const FINISHES_ZH = terms(
  `磨砂 | 雾面 | 亮面 | 哑光 | 亚光 | 亮光 | 消光 | 高光 | 拉丝 | 电镀 | 喷砂 | 镜面 | 烤漆 | 喷漆 | 喷涂 | 阳极氧化 | 抛光 | 珠光 | 金属色`,
);
export const FINISHES_EN = terms(
  `matte | matt | glossy | gloss | frosted | brushed | polished | mirror | satin | anodized | powder coated | painted | chrome | plated`,
);
export const COLOURS_EN = terms(`
  black | white | red | green | blue | yellow | grey | gray | purple | pink | orange | brown | gold | golden | silver | beige | navy | navy blue | khaki | ivory | cream | transparent | clear | natural | olive | maroon | burgundy | teal | turquoise | charcoal | off-white | off white | matte black | army green | rose gold | sky blue | royal blue | dark blue | light blue | dark grey | light grey | dark gray | light gray | champagne | camel | mint | lavender | coral
`);
/** Words that shade a colour in front of it: 炭灰色, 自然黑色, 浅米色. */
export const COLOUR_MODIFIERS_ZH = terms(
  `深 | 浅 | 亮 | 哑 | 暗 | 淡 | 嫩 | 炭 | 碳 | 自然 | 纯 | 荧光 | 珍珠 | 雾 | 冷 | 暖 | 浅米 | 米`,
);
/** Verbs and marks after which a colour word is the thing chosen ("要消光灰", "，自然黑色"). */
export const COLOUR_CHOICE_BEFORE = terms(
  `要 | 选 | 用 | 做 | 改成 | 换成 | 就要 | 都要 | 全部要 | 全部 | 全部都 | 都是 | 都用 | 统一 | 一律 | 只要 | 全是 | want | need | in | choose | go with | ， | , | 、 | : | ：`,
);
/** One-character colours read only as a later member of a colour list ("红、蓝、绿"). */
export const COLOURS_IN_LIST_ZH = terms(`绿 | 黄 | 紫 | 粉 | 橙 | 棕 | 金 | 银 | 青 | 咖`);
