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
