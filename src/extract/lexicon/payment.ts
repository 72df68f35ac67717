// Payment vocabulary with no method, split or days in it: when the money is
// paid ("货到付款", "出货前付清", "月结") and how (FPS, 支付宝). Read by
// rules/payment-details.ts; Chinese entries are in the Simplified reading, so
// Cantonese 過數 (read as 付款) and Traditional text match them too.
import { terms } from './terms.js';

/** Verbs of paying. */
export const PAY_VERBS_ZH = terms(`
  付款 | 付清 | 付全款 | 付钱 | 付 | 结账 | 结清 | 结款 | 结算 | 转账 | 打款 | 汇款 | 给钱 | 回款 | 买单
`);
/** When the money goes: a point in the order's life. */
export const PAY_WHEN_ZH = terms(`
  货到 | 到货 | 收货 | 收到货 | 收货后 | 验货 | 验货后 | 出货前 | 发货前 | 装柜前 | 出货后 | 发货后 | 见提单 | 提单 | 款到
`);
/** Arrangements that are terms on their own. */
export const PAY_TERMS_ZH = terms(`
  货到付款 | 款到发货 | 月结 | 现结 | 现款 | 先款后货 | 先货后款
`);
/** Ways of paying that the contract's methods do not list: kept as details. */
export const PAY_CHANNELS = terms(`
  FPS | 转数快 | 支付宝 | 微信转账 | 微信支付 | 银行转账 | 对公账户 | 对公 | 私人账户 | Alipay | WeChat Pay
`);
/** Money that is no payment term of the order: freight ("运费到付"), sample, mould and courier fees. */
export const NOT_PAY_TERMS_ZH = terms(`
  运费 | 邮费 | 快递费 | 样品费 | 样板费 | 模具费 | 开模费 | 打样费 | 退款 | 赔偿
`);
/** A deposit/balance split said as tenths: 三七开 is 30% first, 70% later. */
export const PAY_SPLITS_ZH: [string, number][] = [
  ['一九开', 10],
  ['二八开', 20],
  ['三七开', 30],
  ['四六开', 40],
  ['五五开', 50],
  ['六四开', 60],
  ['七三开', 70],
];
