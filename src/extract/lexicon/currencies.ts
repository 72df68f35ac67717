// Currency words, as "spelling | spelling = ISO code". Reading text is
// Simplified Mandarin, so 港幣 is listed as 港币. Longest spelling wins, so
// "块美金" is dollars and "HK$" is not "$".
import { mapping } from './terms.js';

/** Written before the amount ("US$ 2.5", "HK$12", "€3"). */
export const CURRENCY_BEFORE = mapping(`
  US$ | USD | U.S.D | $ | 美金 | 美元 = USD
  HK$ | HKD | 港币 | 港元 = HKD
  NT$ | TWD | 新台币 | 台币 = TWD
  S$ | SGD = SGD
  A$ | AUD = AUD
  C$ | CAD = CAD
  EUR | € | 欧元 = EUR
  GBP | £ | 英镑 = GBP
  RMB | CNY | ¥ | ￥ | 人民币 = CNY
  JPY | 日元 = JPY
  AED | 迪拉姆 = AED
`);

/** Written after the amount ("2.5美元", "11蚊", "15块美金", "3 euros"). */
export const CURRENCY_AFTER = mapping(`
  USD | US dollars | US dollar | dollars | dollar | 美元 | 美金 | 块美金 | 刀 = USD
  HKD | 港币 | 港元 | 蚊 | 港纸 | 块港币 = HKD
  TWD | 台币 | 新台币 | 块台币 = TWD
  SGD = SGD
  AUD = AUD
  CAD = CAD
  EUR | euros | euro | 欧元 = EUR
  GBP | pounds | pound | 英镑 = GBP
  RMB | CNY | 元 | 块钱 | 块 | 人民币 | 元人民币 = CNY
  JPY | 日元 = JPY
  AED | dirhams | dirham = AED
`);

/** Units a unit price is quoted per ("$2.5/pc", "2.5美元一个", "RMB 28 per meter"), as "spelling = unit". */
export const PRICE_UNITS = mapping(`
  pc | pcs | piece | pieces | unit | units | 个 | 件 | 只 | 支 | 台 | 把 | 张 | 条 = pcs
  set | sets | 套 = sets
  meter | meters | metre | metres | m | 米 = meters
  kg | 公斤 = kg
  ton | 吨 = tons
  箱 | ctn | carton = cartons
  pair | 双 = other
`);
