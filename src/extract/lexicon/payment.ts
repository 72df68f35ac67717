// Payment vocabulary, read by rules/payment.ts: methods, deposit words, and
// the conditions a balance is paid against. Chinese entries are Simplified
// Mandarin (the reading text); Cantonese 过数 ("pay") is listed as it reads.
import { mapping, terms } from './terms.js';

/** Payment methods, "spelling | spelling = method" (contract names). */
export const METHOD_NAMES = mapping(`
  T/T | TT | T / T | 电汇 | wire transfer | bank transfer = T/T
  L/C | LC | L / C | 信用证 | letter of credit = L/C
  D/P | DP | D / P | 付款交单 | documents against payment = D/P
  D/A | DA | D / A | 承兑交单 | documents against acceptance = D/A
  O/A | OA | O / A | open account | 赊销 = O/A
  PayPal | pay pal | 贝宝 = PayPal
  Western Union | 西联 = Western Union
`);

/** Words that make a percentage the deposit ("30% deposit", "50 advance"). */
export const DEPOSIT_WORDS = terms(`
  定金 | 订金 | 预付款 | 预付 | 首付 | 先付 | 下单付 | 下单时付 | 下单后付 | 签合同付 | 签合同后付 | 签完合同付 | 合同签订后付 | 签约付 | 签约后付 | 订货付
  deposit | advance | now | right now | down payment | downpayment | prepayment | prepaid | upfront | up front | in advance
  with the PO | with PO | with the order | with order | on order | on confirmation | upon confirmation | at signing | on signing
`);

/** Paying verbs and payment nouns: a clause with one of these is about payment. */
export const PAY_WORDS = terms(`
  付款 | 付清 | 付钱 | 支付 | 结算 | 结账 | 打款 | 转账 | 过数 | 尾款 | 余款 | 后付 | 再付 | 先付 | 账期 | 月结 | 定金 | 订金
  payment | pay | paid | balance | settle | settlement | terms | remittance
`);

/** What a payment or its balance waits for: such a clause goes into `details`. */
export const PAY_CONDITIONS = terms(`
  against BL copy | against B/L copy | against copy of BL | against copy of B/L | against the BL copy | against BL | against B/L | against documents
  before shipment | before shipping | before loading | before dispatch | after delivery | on delivery | upon delivery | on arrival | after arrival
  after inspection | after receiving | upon receipt | on receipt | after receipt | after receipt of goods | from invoice date | after invoice | cash on delivery | COD
  见提单 | 见提单副本 | 凭提单 | 提单副本 | 出货前 | 发货前 | 装柜前 | 出运前 | 货到 | 到货后 | 收货后 | 验货后 | 验收后 | 验收合格后
  月结 | monthly settlement | end of month
  到货 | 货到后 | 到货验收后 | 验完 | 验完后 | 验收完 | 验收完后 | 验收 | 装好 | 安装好 | 安装完 | 调试完 | 开票后 | 收到发票后 | 发票后 | 到票后 | 票到后
`);

/** Paying verbs that are one character ("到货付70%", "验完付全款"): payment only right after a payment condition. */
export const PAY_AFTER_CONDITION = terms(`付 | 结 | 给钱 | 打钱 | 转`);

/** Months in credit terms: "验收后一个月付" counts 30 days a month. */
export const MONTH_UNITS = terms(`个月 | 月 | months | month`);

/**
 * Two-letter codes that name other things too (DP is DisplayPort, DA and OA
 * are abbreviations elsewhere): methods only in a clause about payment.
 */
export const AMBIGUOUS_METHODS = terms(`DP | DA | OA`);

/** Credit days after a method or a credit word ("OA 60 days", "L/C 90天", "net 30"). */
export const CREDIT_WORDS = terms(`
  net | credit | credit terms | usance | deferred | 账期 | 月结 | 远期
`);
/** Words between a credit word and its days that say what they count from: "账期票到60天" (60 days from the invoice), "L/C at 90 days". */
export const CREDIT_COUNT_FROM = terms(`票到 | 到票 | 见票 | 开票后 | 发票后 | of | at`);
/** Day units in credit terms. */
export const DAY_UNITS = terms(`days | day | 天 | 日`);
/** A payment at sight: zero credit days. */
export const AT_SIGHT = terms(`at sight | 即期 | 见票即付`);
/** After "N days": what the credit counts from ("60 days after B/L", "90 days sight"). */
export const CREDIT_FROM = terms(`
  sight | after sight | after B/L | after BL | after B/L date | from B/L | from BL | after invoice | from invoice | after shipment | after delivery | from shipment
`);
