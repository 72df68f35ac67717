// Certifications and the standards a buyer asks goods to meet, read by
// rules/spec-cert.ts. One place for the names, so a mark is added once.
import { mapping, terms } from './terms.js';

/**
 * Marks and certificates, "spelling | spelling = name". A name written in the
 * chat is kept as the buyer wrote it unless several spellings share one name.
 */
export const CERT_NAMES = mapping(`
  CE = CE
  RoHS = RoHS
  UL = UL
  ETL = ETL
  FCC = FCC
  FDA = FDA
  REACH = REACH
  GOTS = GOTS
  OEKO-TEX | OEKO TEX | OEKOTEX | OEKO = OEKO-TEX
  SONCAP = SONCAP
  UKCA = UKCA
  SASO = SASO
  SABER = SABER
  SAA = SAA
  RCM = RCM
  PVoC = PVoC
  TUV | TÜV = TUV
  BSCI = BSCI
  LFGB = LFGB
  CCC = CCC
  INMETRO = INMETRO
  E-MARK | EMARK | E-Mark = E-MARK
  CPSIA = CPSIA
  SIRIM = SIRIM
  KEMA = KEMA
  ENEC = ENEC
  Sedex = Sedex
  SMETA = SMETA
  HACCP = HACCP
  ANATEL = ANATEL
  IECEE = IECEE
  TISI = TISI
  ICASA = ICASA
  NRCS = NRCS
  KUCAS = KUCAS
  ESMA = ESMA
  TELEC = TELEC
  BSMI = BSMI
  Energy Star = Energy Star
  MSDS | SDS = MSDS
  SGS = SGS
  CNS = CNS
  WaterMark = WaterMark
  WELS = WELS
  ANVISA = ANVISA
  Thai FDA = Thai FDA
  SFDA = SFDA
  NAFDAC = NAFDAC
  Prop 65 | Prop65 | Proposition 65 | California Prop 65 = Prop 65
  IPC-A-610 | IPC A-610 | IPC-A610 = IPC-A-610
  IPC-A-600 | IPC A-600 = IPC-A-600
  IPC-A-620 | IPC A-620 = IPC-A-620
  J-STD-001 = J-STD-001
  CPNP = CPNP
  BRCGS = BRCGS
`);

/** Short marks that are also ordinary letters: only with a certification word in the message. */
export const CERT_NAMES_WITH_WORD = mapping(`
  ERP = ERP
  EMC = EMC
  LVD = LVD
  KC = KC
  PSE = PSE
  BIS = BIS
  EAC = EAC
  CSA = CSA
  DOT = DOT
  CB = CB
  GS = GS
  CoC = CoC
  GCC = GCC
  DOE = DOE
  WRAP = WRAP
  BRC = BRC
  Halal = Halal
  CQC = CQC
  SNI = SNI
  IRAM = IRAM
  WEEE = WEEE
  CPC = CPC
  G-Mark = G-Mark
  WPC = WPC
  NCC = NCC
  DLC = DLC
  GRS = GRS
  FSC = FSC
  NOM = NOM
  PQ = PQ
  3C = 3C
  CLP = CLP
  GHS = GHS
  TSCA = TSCA
  ATEX = ATEX
  NSF = NSF
  GMP = GMP
`);

/**
 * Heads of Chinese certificate names: the noun phrase ending on one is the
 * certificate ("十环认证", "涉水批件", "医疗器械注册证", "化妆品备案").
 */
export const CERT_HEADS_ZH = terms(`认证 | 批件 | 注册证 | 备案 | 许可证 | 卫生许可 | 合格证 | 认证证书`);
/** Chinese certificate and label names without such a head ("能源标签", "能效标识"). */
export const CERT_NAMES_ZH = terms(
  `能源标签 | 能效标签 | 能效标识 | 能源效益标签 | 中国环境标志 | 环境标志 | 绿色产品标识 | 节能认证标志`,
);
/**
 * Words before a Chinese head that say which certificate in general, not its
 * name: "相关认证", "什么认证", "产品认证" name none.
 */
export const CERT_MODIFIERS_ZH = terms(`
  相关 | 什么 | 哪些 | 哪个 | 哪种 | 这个 | 那个 | 这些 | 那些 | 其他 | 其它 | 各种 | 所有 | 全部 | 产品 | 质量 | 任何 | 一些 | 有关 | 工厂 | 国家 | 国际 | 官方 | 正规 | 所需 | 必要 | 基本 | 一般 | 常规 | 需要 | 这种 | 那种 | 别的 | 出口 | 进口 | 认证
`);
/** Where a Chinese certificate name starts: after one of these (a verb, a particle, a conjunction). */
export const CERT_NAME_STARTS_ZH = terms(`
  的 | 有 | 要 | 做 | 过 | 办 | 了 | 和 | 与 | 及 | 跟 | 同 | 还 | 也 | 需 | 须 | 供 | 出 | 拿 | 请 | 是 | 在 | 把 | 带 | 附 | 给 | 吗 | 呢 | 吧 | 都 | 就 | 没
  已经 | 已 | 正在 | 刚 | 先 | 再 | 才 | 又 | 去年 | 今年 | 之前 | 以前 | 通过 | 取得 | 申请
`);

/**
 * Standards bodies: a body followed by a code ("EN 50618", "ASTM F963", "UN38.3",
 * "ISO 13485", "BS 4790") names the standard the goods must meet.
 */
export const STANDARD_BODIES = terms(`
  EN | ASTM | BS | IEC | UN | ISO | ANSI | GB | GB/T | AS/NZS | JIS | DIN | NFPA | CNS | SAE | ASME | ECE | IEEE | UL | CSA | SABS | GOST
`);

/** Words that make a nearby mark a certification requirement. */
export const CERT_WORDS = terms(`
  认证 | 证书 | 证 | 认可 | 标准 | 报告 | 检测 | 测试报告 | 验厂 | 清关 | 海关 | 要求 | 要有 | 必须 | 符合
  certificate | certificates | certification | certifications | certified | cert | certs | approval | approved | standard | standards
  report | reports | test report | compliant | compliance | comply | marking | mark | audit | customs | must have | must | required | need
`);
/** Words a mark that is a certification is followed by ("PS mark", "SASO certificate"). */
export const MARK_TAILS = terms(
  `mark | marking | marks | logo mark | 认证 | 标志 | certificate | certification | approval`,
);

/** A clause with one of these asks for nothing firm: "FDA also if you have, not compulsory". */
export const OPTIONAL = terms(`
  not compulsory | not mandatory | not required | not a must | optional | nice to have | if you have | if possible | not necessary
  可选 | 非必须 | 不是必须 | 有的话更好 | 有更好 | 没有也行 | 没有也可以
`);
