// Money inside quotes. Hiding the price need is not enough: the quantity or delivery need
// quotes the customer's whole sentence, and that sentence often carries the price too
// (「我们要3000个，目标价2.5美元一个，圣诞节前到货」). Wherever money may not be shown —
// a chat with outsiders, a group, a viewer whose role has no money rights — quotes keep
// their words and lose their money: prices, amounts, deposits and payment splits become `…`.
// Pure; zh and en.

export const MONEY_MASK = '…';

const NUM = String.raw`\d+(?:[,.]\d+)*(?:\s?[kKmM](?![a-zA-Z]))?`;
const ZH_DIGIT = '[0-9零一二两三四五六七八九十百千万亿]';
const ZH_NUM = `${ZH_DIGIT}+(?:[.,点]${ZH_DIGIT}+)*`;
const CURRENCY_SYMBOL = String.raw`(?:US\$|USD\$|HK\$|NT\$|A\$|C\$|S\$|\$|¥|￥|€|£|₹|₽|₩)`;
const CURRENCY_CODE = '(?:USD|RMB|CNY|EUR|GBP|JPY|HKD|AUD|CAD|INR|AED|SAR|RUB|KRW|BRL|MXN|TRY)';
const CURRENCY_ZH = '(?:美元|美金|刀|人民币|块钱|块|元|欧元|欧|英镑|日元|港币|港元|卢比|迪拉姆|卢布|韩元|雷亚尔)';
const CURRENCY_EN = String.raw`(?:dollars?|bucks|euros?|pounds?|yuan|rmb|usd|rupees?|dirhams?)`;
/** "each", "/pc", "一个", "每件"… right after a price. */
const PER_UNIT = String.raw`(?:\s?(?:\/|per\s)\s?(?:pc|pcs|piece|unit|set|pair|carton|ctn|kg|m|meter|metre|ton|box)s?\b|\s?each\b|\s?apiece\b|\s?a\s(?:piece|unit|pc)\b|[一每]?[个件只套台支双箱条张片米公斤吨盒])?`;
const PRICE_WORD_ZH =
  '(?:目标价|单价|价格|价钱|报价|价位|出价|预算|总价|货款|总额|金额|定金|订金|尾款|余款|首付|预付款?|押金|运费|价)';
const PRICE_WORD_EN = String.raw`(?:target price|unit price|price|pricing|quote|quoted|budget|cost|costs|pay|paying|deposit|balance|amount|total|freight)`;
const PAY_WORD = String.raw`(?:定金|订金|预付|尾款|余款|首付|付款|货款|deposit|balance|advance|upfront|up-front|prepay(?:ment)?|payment|paid|before shipment|after shipment|against (?:the )?(?:B\/L|BL|copy)|T\/T|TT|L\/C|LC|D\/P|D\/A)`;

const PATTERNS: RegExp[] = [
  // $2.5, US$ 2.50 each, € 3k, ¥3/pc
  new RegExp(String.raw`${CURRENCY_SYMBOL}\s?${NUM}${PER_UNIT}`, 'gi'),
  // USD 2.5, RMB3.2
  new RegExp(String.raw`\b${CURRENCY_CODE}\s?${NUM}${PER_UNIT}`, 'gi'),
  // 2.5美元一个, 3万元, 两块五
  new RegExp(
    String.raw`${ZH_NUM}\s?(?:${CURRENCY_ZH}|${CURRENCY_CODE}|${CURRENCY_EN})[零一二两三四五六七八九]?${PER_UNIT}`,
    'gi',
  ),
  // 2.5 USD, 5 dollars each
  new RegExp(String.raw`${NUM}\s?(?:${CURRENCY_CODE}|${CURRENCY_EN})\b${PER_UNIT}`, 'gi'),
  // 30%定金 / 30% deposit / 70% balance / 定金30% / deposit of 30%
  new RegExp(String.raw`\d{1,3}(?:\.\d+)?\s?%(?=\s?(?:的)?\s?${PAY_WORD})`, 'gi'),
  new RegExp(String.raw`(?<=${PAY_WORD}\s?(?:of\s)?(?:is\s)?[:：]?\s?)\d{1,3}(?:\.\d+)?\s?%`, 'gi'),
  // 30/70 and 30-70 splits next to a payment word
  new RegExp(String.raw`(?<=${PAY_WORD}\s?)\d{1,3}\s?[/-]\s?\d{1,3}\b`, 'gi'),
  new RegExp(String.raw`\b\d{1,3}\s?[/-]\s?\d{1,3}(?=\s?(?:${PAY_WORD}|split))`, 'gi'),
  // 目标价2.5 / 单价：3.2 / 报价 2.8一个 (a price word then a bare number)
  new RegExp(String.raw`(?<=${PRICE_WORD_ZH}\s?(?:是|为|在|大概|约|:|：)?\s?)${ZH_NUM}${PER_UNIT}`, 'g'),
  // at 2.5 each / at 2.50 per piece ("at 3 pm" stays)
  new RegExp(String.raw`(?<=\bat\s)${NUM}(?=\s?(?:each|apiece|per\s|\/|a piece))${PER_UNIT}`, 'gi'),
  // price 2.5, target price is 2.5 each, at 2.50/pc, budget around 3k
  new RegExp(
    String.raw`(?<=\b${PRICE_WORD_EN}\s?(?:is|of|at|around|about|of about|under|below|max|maximum)?\s?(?:is\s)?[:：]?\s?)${NUM}${PER_UNIT}`,
    'gi',
  ),
];

const RANGE_TAIL = new RegExp(
  String.raw`…\s?(?:到|至|~|-|–|to)\s?(?:${CURRENCY_SYMBOL}\s?)?${ZH_NUM}\s?(?:${CURRENCY_ZH}|${CURRENCY_CODE}\b|${CURRENCY_EN}\b)?${PER_UNIT}`,
  'gi',
);

/** `text` with every money part replaced by `…` (adjacent masks merged). */
export function maskMoney(text: string): string {
  let out = text;
  for (const re of PATTERNS) out = out.replace(re, MONEY_MASK);
  // The other end of a range: 「在…到2.8之间」, "… - 2.8 USD", "… to 3.0 each".
  out = out.replace(RANGE_TAIL, MONEY_MASK);
  return out.replace(/…(?:\s?…)+/g, MONEY_MASK);
}

/** Whether `text` carries money that maskMoney would hide. */
export function hasMoney(text: string): boolean {
  return maskMoney(text) !== text;
}
