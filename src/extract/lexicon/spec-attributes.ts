// English spec attributes read as an attribute word plus a value (issue 14):
// the word names what is asked for, a small value grammar in
// rules/spec-attributes.ts reads the value next to it. Words here are data so
// a new attribute is one line, not another regex.
import { mapping, terms } from './terms.js';

/** A part or fitting named by a code after it ("lamp holder E27", "thread M8" is a size code elsewhere). */
export const CODE_ATTRIBUTES_EN = terms(`
  lamp holder | lampholder | lamp base | bulb base | bulb socket | socket type | base type | cap type
  connector | connector type | interface | chipset | model number
`);

/** A performance figure named after a duration ("30 min battery life", "flight time 20 minutes"). */
export const DURATION_ATTRIBUTES_EN = terms(`
  flight time | battery life | run time | runtime | working time | play time | playtime | standby time | standby
  charging time | burn time | backup time
`);

/** Duration units those figures are given in. */
export const DURATION_UNITS_EN = terms(`
  min | mins | minute | minutes | h | hr | hrs | hour | hours | s | sec | secs | seconds | days
`);

/** The noun after a surface word that makes it a finish ("matte finish", "gold finish"). */
export const FINISH_NOUNS_EN = terms(`finish | finishing | surface | coating`);

/** Cue words before a list of garment sizes ("sizes S, M, L"). */
export const SIZE_CUES_EN = terms(`size | sizes | sizing | size range`);

/** Garment size letters a size list is made of. */
export const GARMENT_SIZES = terms(`XXS | XS | S | M | L | XL | XXL | XXXL | 2XL | 3XL | 4XL | 5XL`);

/** A second colour on a part of the goods, read into the colour ("black with red stitching"). */
export const COLOUR_ACCENTS_EN = terms(
  `line | lines | stripe | stripes | trim | stitching | piping | edge | edges | edging | border | dots | logo`,
);

/** Cues after which the rest of the clause is a requirement of its own ("compatible with side airbags"). */
export const REQUIREMENT_CUES_EN = terms(`compatible with | compatible for | works with | fits`);

/**
 * English attribute words read with the measured value after them ("weight
 * 1.5kg", "thickness: 0.8 mm", "width around 60cm"), and the contract
 * attribute each fills. Units alone name voltage, power and capacity already.
 */
export const MEASURE_ATTRIBUTES_EN = mapping(`
  width | length | height | depth | diameter | dimension | dimensions | size | overall size = size
  thickness | wall thickness | weight | net weight | unit weight | gauge | density = other
  brightness | colour temperature | color temperature | tolerance | hardness = other
`);

/**
 * Words before a value that do not negate it: a bound says how much, not
 * "none" ("不低于180克", "no less than 2mm", "not more than 5kg").
 */
export const BOUND_WORDS = terms(`
  不低于 | 不小于 | 不少于 | 不超过 | 不高于 | 不大于 | 不得低于 | 不能低于 | 不能少于 | 不能超过 | 不可低于
  不好低过 | 不要低过 | 不要低于 | 不要少过 | 不要少于 | 不低过 | 不好少过 | 不少过 | 不好低于 | 不可以低过 | 不能低过 | 不好超过 | 不好高过 | 不要超过 | 不要高过 | 不要高于
  no less than | not less than | no more than | not more than | no lower than | not lower than | not under | not over | not exceed | not to exceed
`);

/**
 * Openers of a question that offers values rather than states one ("would you
 * like 220V or 110V?", "要不要做黑色？"): the values there are choices, not needs.
 */
export const OFFER_QUESTIONS = terms(`
  would you like | would you prefer | do you want | do you prefer | do you need | which one | which do you | or do you
  you want | you prefer | you need | shall we | should we
  要不要 | 需不需要 | 用不用 | 要哪个 | 要哪种 | 选哪个 | 哪种 | 哪个 | 需要哪
`);

/** Words near a length in mm that make it a thickness (attribute other), not a size: "要11mm的，9.5太薄了", "Thickness 20mm or 30mm?". */
export const THICKNESS_CUES = terms(`厚 | 薄 | 厚度 | 壁厚 | thick | thickness | thin | thinner | thicker | gauge`);

/** A word after a length that makes it a thickness ("1.2cm thick", "3毫米厚"): attribute other. */
export const THICKNESS_AFTER = terms(`thick | thickness | 厚 | 厚度`);

/** Words that join alternatives: a question listing them offers a choice ("red, blue or green?"). */
export const ALTERNATIVES = terms(`or | 或 | 或者 | 还是说`);

/** Plug standards by the region that names them ("EU plug", "英规", "美式插头"), as the contract writes them. */
export const PLUG_REGIONS = mapping(`
  US | American | 美 = US
  EU | European | Schuko | 欧 = EU
  UK | British | 英 = UK
  AU | Australian | 澳 = AU
  UK/EU = UK/EU
`);

/** What follows the region in a plug spec; 式/规/标 may stand before 插头 ("美式插头", "英规"). */
export const PLUG_WORDS = terms(
  `plug | plugs | 插头 | 插苏 | 插 | 规 | 标 | 式插头 | 规插头 | 标插头 | 式插 | 规插 | 标插`,
);

/** Words before a cue's value that are not part of it ("材质：还是304", "颜色都是黑色"). */
export const VALUE_HEADS = terms(
  `要 | 做 | 是 | 用 | 的 | : | ： | 还是 | 也是 | 都是 | 全部 | 全部是 | 统一 | 一律 | 就是 | 都要 | 全部要`,
);

/** Words after a cue's value that are not part of it ("纯棉的吧", "304吗", "black please."), lower case. */
export const VALUE_TAILS = terms(`
  . | 。 | ! | ！ | 的 | 吧 | 就行 | 就好 | 就得 | 就ok | 便可 | 就可以 | 即可 | 吗 | 呢 | 嘛 | 啊 | 哦 | 喔 | 了 | please | pls | plz
`);

/**
 * Chinese properties are built by a prefix: 耐 (withstands), 防 (proof against), 抗 (resists)
 * + what it is ("耐高温", "防水", "抗菌", "抗UV"). These words start with a prefix and are no property.
 */
export const PROPERTY_PREFIXES_ZH = terms(`耐 | 防 | 抗`);
export const NOT_PROPERTIES_ZH = terms(`
  防止 | 防范 | 防备 | 防御 | 防疫 | 防守 | 防线 | 耐心 | 耐烦 | 耐看 | 抗议 | 抗拒 | 抗争 | 抗衡 | 防护服 | 抗体
`);

/** After a property, these make it the name of a measure, not a requirement ("防水等级IP67", "耐压测试"). */
export const PROPERTY_NAMES_AFTER = terms(
  `等级 | 级别 | 性能 | 测试 | 报告 | 标准 | 系数 | grade | rating | test | level | class | standard`,
);

/** English property words ("waterproof", "fire retardant", "anti-slip"); -proof, anti- and -resistant forms are read by shape. */
export const PROPERTY_WORDS_EN = terms(`
  waterproof | water resistant | water-resistant | splash proof | fireproof | fire retardant | flame retardant | fire resistant
  antistatic | anti-static | anti static | non-slip | anti-slip | anti slip | anti-uv | uv resistant | uv protection
  scratch resistant | scratch-resistant | rustproof | rust proof | anti-rust | shockproof | dustproof | windproof
  heat resistant | heat-resistant | food safe | dishwasher safe | microwave safe | oven safe | bpa free | bpa-free
  breathable | washable | machine washable | foldable | stackable | recyclable | biodegradable | compostable
`);

/** Words after an English property that belong to it ("antistatic finish", "water resistant coating"). */
export const PROPERTY_TAILS_EN = terms(`finish | coating | treatment | surface | material | fabric`);

/**
 * Units whose bare count is a spec of its own ("16pin", "8层", "3 ply", "10骨", "20 micron"):
 * attribute other. A ply or layer count of a carton is packaging (PACKAGING_AFTER_COUNT).
 */
export const COUNT_SPEC_UNITS = terms(
  `pin | pins | ply | layer | layers | 层 | 骨 | 芯 | core | micron | microns | mic | μm | um | 微米 | 丝`,
);
export const PACKAGING_AFTER_COUNT = terms(
  `纸 | 纸箱 | 箱 | 瓦楞 | 包装 | 外箱 | 袋 | carton | cartons | box | boxes | bag | bags | corrugated | packaging`,
);
