// Forty-odd product sentences written fresh for issue 14 (none from an eval
// set): Simplified, Traditional, Cantonese, English and mixed, across many
// trades. `product` is the core the found name must contain (and the found
// name must be quoted from the text); null means no product may be found.
export type ProbeCase = { text: string; product: string | null; quantity?: [number, string] };

export const PROBE: ProbeCase[] = [
  // numeral + measure word + goods: the measure word must not glue onto the goods
  { text: '我们需要三百台工业吸尘器', product: '吸尘器', quantity: [300, 'other'] },
  { text: '想订五十台商用洗碗机', product: '洗碗机', quantity: [50, 'other'] },
  { text: '采购一千张办公桌', product: '办公桌', quantity: [1000, 'other'] },
  { text: '这次要两千把户外折叠椅', product: '折叠椅', quantity: [2000, 'other'] },
  { text: '麻烦报一下八百台家用净水器的价格', product: '净水器' },
  { text: '我们打算订四百台商用制冰机', product: '制冰机' },
  { text: '需要六千条加厚浴巾', product: '浴巾' },
  // non-goods nouns after a purchase verb are no product
  { text: '我们需要更多信息再决定', product: null },
  { text: '要看一下预算够不够', product: null },
  { text: '客户比较在意环保，牌子无所谓', product: null },
  { text: 'We need more information before we decide', product: null },
  { text: 'Can you send me the price list and your catalogue?', product: null },
  // colour or material only
  { text: '要黑色的，不要白色', product: null },
  { text: '想要不锈钢的', product: null },
  // modifiers kept
  { text: '我们想采购儿童防滑袜', product: '防滑袜' },
  { text: '求购加厚珊瑚绒毛毯', product: '毛毯' },
  { text: '有没有无线蓝牙音箱现货', product: '蓝牙音箱' },
  // English inside longer sentences
  { text: 'We are looking for a supplier of insulated lunch bags for our schools', product: 'lunch bag' },
  { text: 'Hi, we need a quote on ergonomic office chairs for our stores', product: 'office chair' },
  {
    text: 'Our company is sourcing stainless steel water bottles, about 3000 pcs',
    product: 'water bottle',
    quantity: [3000, 'pcs'],
  },
  { text: 'Could you quote 1200 units of solar garden lights?', product: 'garden light', quantity: [1200, 'pcs'] },
  { text: 'We are interested in your ceramic flower pots, do you ship to Kenya?', product: 'flower pot' },
  { text: 'I would like to order 500 pairs of leather work gloves', product: 'work glove', quantity: [500, 'other'] },
  { text: 'Please send your best price for wireless earbuds, 2000 pcs', product: 'earbud', quantity: [2000, 'pcs'] },
  { text: 'We import kitchen towels and need a new factory', product: 'kitchen towel' },
  // mixed Chinese/English
  { text: '我们要order 2000个silicone baking mats', product: 'baking mat' },
  { text: '客户想要LED灯带，5米一卷，要3000卷', product: '灯带', quantity: [3000, 'other'] },
  { text: 'hi 老板, 我们需要yoga mats, 1000 pcs', product: 'yoga mat', quantity: [1000, 'pcs'] },
  // Traditional Chinese
  { text: '我們需要三百台商用冰櫃', product: '冰櫃', quantity: [300, 'other'] },
  { text: '請問有沒有竹製砧板？想訂兩千片', product: '砧板' },
  { text: '我們想採購一批不鏽鋼餐具', product: '餐具' },
  { text: '需要一千個戶外露營燈', product: '露營燈', quantity: [1000, 'pcs'] },
  // Cantonese
  { text: '我哋要五百部電風扇', product: '電風扇' },
  { text: '有冇保溫飯盒？我哋要二千個', product: '飯盒', quantity: [2000, 'pcs'] },
  { text: '想訂一千件防水外套，幾錢一件？', product: '外套', quantity: [1000, 'pcs'] },
  { text: '我哋唔使logo，只要咖啡杯', product: '咖啡杯' },
  // named by the rep, confirmed by the customer (single-line probe: customer names it)
  { text: '就要那款电动牙刷吧，两千支', product: '电动牙刷', quantity: [2000, 'pcs'] },
  // goods near a quantity without a purchase verb
  { text: '汽车脚垫，三千套，月底前发', product: '脚垫', quantity: [3000, 'sets'] },
  { text: '5000 pcs kraft paper bags with handles', product: 'paper bag', quantity: [5000, 'pcs'] },
  // industrial
  { text: '我们需要一百台三相异步电机', product: '电机', quantity: [100, 'other'] },
  { text: 'We require 40 tons of galvanized steel wire', product: 'steel wire', quantity: [40, 'tons'] },
  { text: '需要两万个M8不锈钢螺栓', product: '螺栓', quantity: [20000, 'pcs'] },
];
