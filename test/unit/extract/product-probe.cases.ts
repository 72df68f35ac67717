// Forty-odd product sentences written fresh for issue 14 (none from an eval
// set): Simplified, Traditional, Cantonese, English and mixed, across many
// trades. `product` is the core the found name must contain (and the found
// name must be quoted from the text); null means no product may be found.
export type ProbeCase = { text: string; product: string | null; quantity?: [number, string]; reps?: string[] };

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
  // chats of several lines: the best-supported goods of the customer, not the first noun said
  {
    text: 'Lily: 我们有一款真空焖烧杯，要不要看看？\nAhmed: 好的，焖烧杯要1500个',
    product: '焖烧杯',
    quantity: [1500, 'pcs'],
    reps: ['Lily'],
  },
  {
    text: 'Ahmed: hi, saw your website\nAhmed: we need price for 2000 pcs of stainless steel hip flasks\nAhmed: the hip flasks need our logo',
    product: 'hip flask',
    quantity: [2000, 'pcs'],
  },
  { text: 'Ahmed: 我们是做酒店用品的\nAhmed: 这次要采购一批浴袍，800件', product: '浴袍', quantity: [800, 'pcs'] },
  {
    text: 'We are a distributor of medical supplies in Lagos. We would like to import nitrile gloves, 200 cartons',
    product: 'nitrile glove',
    quantity: [200, 'cartons'],
  },
  {
    text: 'Good morning, our client in Dubai wants a quotation for heavy duty steel shelving racks',
    product: 'shelving rack',
  },
  { text: 'Could you please share the price of your aluminium window frames?', product: 'window frame' },
  { text: 'We have a tender for 600 hospital beds', product: 'hospital bed' },
  { text: '請問你們的藍牙耳機有現貨嗎？', product: '藍牙耳機' },
  { text: '我們公司想找工廠做一批帆布托特包', product: '托特包' },
  { text: '你哋有冇賣嬰兒推車？我想入貨', product: '推車' },
  { text: '我哋間舖想入一批陶瓷花盆', product: '花盆' },
  { text: '呢款行李箱幾多錢？要三百個', product: '行李箱', quantity: [300, 'pcs'] },
  { text: 'need 300 pcs 不锈钢保温杯 with logo', product: '保温杯', quantity: [300, 'pcs'] },
  // no goods named: money, people, documents, colours
  { text: '價錢太貴喇，我哋再諗下', product: null },
  { text: 'Thanks, we will check with our boss and come back', product: null },
  { text: '我们老板要看看质量再说', product: null },
  { text: 'Please send the invoice and packing list', product: null },
  { text: '还是军绿色吗', product: null },
  { text: '全部黑色，要哑光的', product: null },
  // goods the rep offers and the customer accepts; a declined offer gives way to the customer's own goods
  {
    text: 'Lily: 我们有一款加厚羊毛地毯，很适合酒店\nAhmed: 好的，要200张',
    product: '羊毛地毯',
    quantity: [200, 'other'],
    reps: ['Lily'],
  },
  {
    text: 'Lily: We can offer bamboo toothbrushes at 0.25 USD.\nAhmed: ok, 10000 pcs please',
    product: 'bamboo toothbrush',
    quantity: [10000, 'pcs'],
    reps: ['Lily'],
  },
  {
    text: 'Lily: We also have ceramic mugs if you need.\nAhmed: what is your MOQ for the mugs?',
    product: 'mug',
    reps: ['Lily'],
  },
  {
    text: 'Lily: 推荐您用我们的折叠收纳箱\nAhmed: 不用了，我们要500个纸箱',
    product: '纸箱',
    quantity: [500, 'pcs'],
    reps: ['Lily'],
  },
  // a purchase verb before information, documents or people: no goods
  { text: 'we need your bank account number', product: null },
  { text: 'we need the shipping schedule asap', product: null },
  { text: 'we need a reply today', product: null },
  { text: 'We want a better discount for this volume', product: null },
  { text: 'I need the tracking code', product: null },
  { text: 'we need your bank details for the deposit', product: null },
  { text: '我们需要你们的营业执照', product: null },
  { text: '需要你们的银行账号', product: null },
  // goods before a commerce word stay goods
  { text: 'need bamboo toothbrush price', product: 'bamboo toothbrush' },
  { text: 'we need power banks 10000mah', product: 'power bank' },
  // more purchase acts: stocking, A-not-A questions, a colon before the goods, containers of goods
  { text: 'We are planning to stock portable power stations for the camping season', product: 'power station' },
  { text: '麻烦问下你们做不做实木餐椅', product: '餐椅' },
  { text: '請報價：不鏽鋼廚房水槽 500個', product: '水槽' },
  { text: 'need 2 containers of porcelain floor tiles 60x60', product: 'floor tile' },
  { text: 'Do you have it in stock now?', product: null },
  { text: '你们卖不卖散装的？', product: null },
  // the first thing said is not always the goods: a later, better supported purchase act wins
  {
    text: 'Ahmed: 我们需要一个靠谱的供应商\nAhmed: 这次采购不锈钢水杯，5000个\nAhmed: 水杯要印logo',
    product: '水杯',
    quantity: [5000, 'pcs'],
  },
  {
    text: 'Ahmed: we want to order for our new shop in Accra\nAhmed: mainly ceramic dinner plates, 2000 pcs\nAhmed: the plates should be white',
    product: 'ceramic dinner plate',
    quantity: [2000, 'pcs'],
  },
  {
    text: 'Ahmed: 想要点新东西卖\nAhmed: 你们的硅胶折叠水壶怎么卖？\nAhmed: 水壶要三千个',
    product: '水壶',
    quantity: [3000, 'pcs'],
  },
  {
    text: 'Ahmed: Need quotation urgently\nAhmed: Item: galvanized wheelbarrows, 500 units',
    product: 'wheelbarrow',
    quantity: [500, 'pcs'],
  },
  // goods named first stay against a later packaging word or trade word
  {
    text: 'Ahmed: 你们那个加厚雨披还有的吧\nAhmed: 我这边要做一批出口非洲的，一共五千件',
    product: '雨披',
    quantity: [5000, 'pcs'],
  },
  {
    text: 'Ahmed: 你们那个降噪的头戴耳机还有吗\nAhmed: 要两千个，用白盒就行，我们自己贴标',
    product: '耳机',
    quantity: [2000, 'pcs'],
  },
];
