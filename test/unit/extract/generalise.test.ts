// Cases written to cover whole causes of misses (not single transcripts):
// each block names the cause and varies the wording.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../../src/extract/extract-transcript.js';
import { splitNameLine } from '../../../src/extract/parse/raw.js';
import { formatDate } from '../../../src/extract/dates/calendar.js';
import { findDates, findShifts } from '../../../src/extract/dates/resolve-date.js';
import { findDeliveryDates } from '../../../src/extract/rules/delivery.js';
import type { RuleContext } from '../../../src/extract/rules/mention.js';
import { findPrices } from '../../../src/extract/rules/price.js';
import { findSample } from '../../../src/extract/rules/sample-caution.js';
import { findLogoPackaging } from '../../../src/extract/rules/logo-packaging.js';
import { findPayment } from '../../../src/extract/rules/payment.js';
import { findCertifications, findSpecs } from '../../../src/extract/rules/spec-cert.js';
import { findProducts } from '../../../src/extract/rules/product.js';
import { findQuantities } from '../../../src/extract/rules/quantity.js';

const ctx = (over: Partial<RuleContext> = {}): RuleContext => ({
  today: { y: 2026, m: 11, d: 16 },
  recentPrices: [],
  fromCustomer: true,
  ...over,
});
const shifts = (t: string): number[] => findShifts(t).map((s) => s.days);
const dates = (t: string, over: Partial<RuleContext> = {}): string[] =>
  findDeliveryDates(t, ctx(over))
    .filter((m) => m.shiftDays === undefined)
    .map((m) => String(m.value.date));
const shiftOf = (t: string): number[] =>
  findDeliveryDates(t, ctx())
    .filter((m) => m.shiftDays !== undefined)
    .map((m) => m.shiftDays!);

describe('cause 1: delivery shifts in many wordings', () => {
  it('English verbs with an object between verb and amount', () => {
    expect(shifts('Could you push back the shipment 4 days?')).toEqual([4]);
    expect(shifts('please bring the loading date forward two weeks')).toEqual([-14]);
    expect(shifts('We must delay by a week, sorry')).toEqual([7]);
    expect(shifts('can we postpone the delivery by 10 days')).toEqual([10]);
    expect(shifts('move our ETA up 3 days if possible')).toEqual([-3]);
    expect(shifts('pull the delivery in by one week')).toEqual([-7]);
  });
  it('Chinese verbs', () => {
    expect(shifts('出货往后推5天')).toEqual([5]);
    expect(shifts('交货延后一周吧')).toEqual([7]);
    expect(shifts('能不能晚几天')).toEqual([]);
    expect(shifts('交期能不能晚3天')).toEqual([3]);
  });
  it('a shift on loading / boarding is a delivery shift too', () => {
    expect(shiftOf('工厂排不过来，上船推迟8天')).toEqual([8]);
    expect(shiftOf('装柜时间延后两周')).toEqual([14]);
    expect(shiftOf('Please postpone the loading by 6 days')).toEqual([6]);
  });
  it('a payment shift is not a delivery shift', () => {
    expect(shiftOf('尾款推迟5天付')).toEqual([]);
  });
});

describe('cause 10: dates without a delivery cue are not delivery dates', () => {
  it('holiday in a no-order sentence', () => {
    expect(dates('元旦前估计不会再下单了')).toEqual([]);
    expect(dates('Before Christmas we will not order anything more')).toEqual([]);
  });
  it('a rep conditional / order deadline is not a delivery date', () => {
    expect(dates('要是有国庆前发的货，请9月10号前确认', { fromCustomer: false })).not.toContain('2027-09-10');
    expect(dates('please confirm the order by Dec 3', { fromCustomer: false })).toEqual([]);
  });
  it('a real delivery deadline still counts', () => {
    expect(dates('元旦前要到货')).toEqual(['2027-01-01']);
    expect(dates('goods must arrive before Christmas')).toEqual(['2026-12-25']);
    expect(dates('圣诞节前必须发货')).toEqual(['2026-12-25']);
  });
});

describe('cause 2 and 3: quantities and prices', () => {
  const qty = (t: string) => findQuantities(t, []).map((m) => m.value);
  it('付 / 副 (pairs of gloves, sets of parts) are order quantities', () => {
    expect(qty('手套先订3万付')).toEqual([{ value: 30000, unit: 'other' }]);
    expect(qty('改成4万副')).toEqual([{ value: 40000, unit: 'other' }]);
  });
  it('a per-carton packing weight or count is not the order quantity', () => {
    expect(qty('pack 20kg per bag please')).toEqual([]);
    expect(qty('装箱每箱50个')).toEqual([]);
    expect(qty('packing: 30 kg/ctn')).toEqual([]);
    expect(qty('12 pcs per carton, total 600 cartons')).toEqual([{ value: 600, unit: 'cartons' }]);
  });
  it('dot thousands separators in counts', () => {
    expect(qty('we need 4.500 pcs')).toEqual([{ value: 4500, unit: 'pcs' }]);
    expect(qty('order of 12.000 units')).toEqual([{ value: 12000, unit: 'pcs' }]);
    expect(qty('1.5 tons')).toEqual([{ value: 1.5, unit: 'tons' }]);
  });
  it('a bare counter-offer number in a negotiation is a price', () => {
    const p = (t: string) =>
      findPrices(t, ctx({ recentPrices: [80], lastCurrency: 'USD' }), []).map((m) => m.value.amount);
    expect(p('too high for us. Do 72 and I confirm')).toEqual([72]);
    expect(p('your rate is high, 75 please')).toEqual([75]);
    expect(p('fine, done at 77')).toEqual([77]);
  });
});

describe('cause 4: product phrases are nouns for goods', () => {
  const prod = (t: string): string | undefined => findProducts(t)[0]?.value.name as string | undefined;
  it('finds the goods after need-forms and in questions', () => {
    expect(prod('Hello, we are needing stainless kitchen sinks, 2 models')).toBe('stainless kitchen sinks');
    expect(prod('I am in need of folding camping chairs for my shop')).toBe('folding camping chairs');
    expect(prod('We require cordless drills 18V, about 300 units')).toBe('cordless drills');
    expect(prod('Our company requires nitrile gloves')).toBe('nitrile gloves');
    expect(prod('20寸铝框行李箱有吗')).toContain('铝框行李箱');
    expect(prod('1.5L不锈钢保温壶有没有')).toContain('不锈钢保温壶');
  });
  it('never a verb, certification list, logo phrase or bare variant word', () => {
    expect(prod('那款保温杯客户要下单了')).not.toBe('下单');
    expect(prod('客户要豪华款')).toBeUndefined();
    expect(prod('必须要FCC和UL')).toBeUndefined();
    expect(prod('要过CE和ERP')).toBeUndefined();
    expect(prod('I need our brand logo printed on the lid')).toBeUndefined();
    expect(prod('月底前要装柜')).toBeUndefined();
    expect(prod('先要3 tons')).toBeUndefined();
    expect(prod('订单加量')).toBeUndefined();
    expect(prod('2.5可以的话就定了')).toBeUndefined();
    expect(prod('I need 800 pcs inshallah')).toBeUndefined();
    expect(prod('外箱不要有中文')).toBeUndefined();
  });
});

describe('cause 5: logo wording', () => {
  const logo = (t: string) =>
    findLogoPackaging(t)
      .filter((m) => m.kind === 'logo')
      .map((m) => m.value.required);
  it('negations in Mandarin, Cantonese and English', () => {
    expect(logo('唔使加logo啦')).toEqual([false]);
    expect(logo('唔要印字')).toEqual([false]);
    expect(logo('不用印logo')).toEqual([false]);
    expect(logo('无需丝印logo')).toEqual([false]);
    expect(logo('免印logo，光身就行')).toEqual([false]);
    expect(logo('No need for any logo on it')).toEqual([false]);
    expect(logo('plain body without logo please')).toEqual([false]);
    expect(logo('keep it blank, no logo')).toEqual([false]);
  });
  it('positive forms', () => {
    expect(logo('sew a woven logo label inside the collar')).toEqual([true]);
    expect(logo('盖子上烫银我们的logo')).toEqual([true]);
    expect(logo('把手上激光刻客户的logo')).toEqual([true]);
    expect(logo('瓶身丝印我们品牌')).toEqual([true]);
    expect(logo('please engrave our logo on the handle')).toEqual([true]);
  });
});

describe('cause 6: spec values', () => {
  const spec = (t: string, prev?: string) => findSpecs(t, [], prev).map((m) => `${m.value.attribute}=${m.value.value}`);
  it('material stated after the product', () => {
    expect(spec('要500米，尼龙的')).toContain('material=尼龙');
    expect(spec('长度300mm，镀锌钢的')).toContain('material=镀锌钢');
    expect(spec('hex nuts, SUS316')).toContain('material=SUS316');
    expect(spec('316不锈钢，M8')).toContain('material=316不锈钢');
  });
  it('colours stated alone', () => {
    expect(spec('亮光白，带USB')).toContain('color=亮光白');
    expect(spec('香槟金', '颜色选哪个？')).toContain('color=香槟金');
    expect(spec('we want only white color')).toContain('color=white');
    expect(spec('Grey only.', 'Which colour do you need?')).toContain('color=grey');
  });
  it('size codes keep their letters', () => {
    expect(spec('flanged, DN50')).toContain('size=DN50');
    expect(spec('螺丝M8x30')).toContain('size=M8x30');
  });
  it('junk that is not a spec', () => {
    expect(spec('我们对颜色要求很严，不能有色差').filter((s) => s.startsWith('color'))).toEqual([]);
    expect(
      spec('outer material is fine and lining must be OEKO certified').filter((s) => s.startsWith('material')),
    ).toEqual([]);
    expect(spec('model KX-40L please').filter((s) => s.startsWith('capacity'))).toEqual([]);
  });
});

describe('cause 7: certifications', () => {
  const certs = (t: string) => findCertifications(t).map((m) => m.value.name);
  it('a broad list of market marks', () => {
    expect(certs('需要SIRIM认证')).toEqual(['SIRIM']);
    expect(certs('must have GCC certificate and KC')).toEqual(expect.arrayContaining(['GCC', 'KC']));
    expect(certs('证书要PSE')).toEqual(['PSE']);
    expect(certs('we need KEMA and ENEC approval')).toEqual(expect.arrayContaining(['KEMA', 'ENEC']));
    expect(certs('factory audit: BSCI or Sedex')).toEqual(expect.arrayContaining(['BSCI', 'Sedex']));
  });
});

describe('cause 8: payment wording', () => {
  const pay = (t: string) => findPayment(t).map((m) => m.value);
  it('成 as tenths of a deposit', () => {
    expect(pay('四成订金，余款见提单')).toEqual([{ method: 'T/T', deposit_percent: 40, details: '余款见提单' }]);
    expect(pay('先付五成定金')).toEqual([{ method: 'T/T', deposit_percent: 50 }]);
  });
  it('L/C days without a slash', () => {
    expect(pay('payment LC 90 days')).toEqual([{ method: 'L/C', days: 90 }]);
    expect(pay('we open L/C 45 days')).toEqual([{ method: 'L/C', days: 45 }]);
    expect(pay('LC at 120 days sight')).toEqual([{ method: 'L/C', days: 120 }]);
  });
});

describe('cause 9: a formal inquiry letter is one document, not a chat', () => {
  const opts = { now: new Date('2026-11-22T10:00:00+08:00'), tz: 'Asia/Shanghai', reps: ['小王'] };
  const fixture = (name: string): string =>
    readFileSync(new URL(`../../fixtures/transcripts/${name}`, import.meta.url), 'utf8');
  const pick = (r: ReturnType<typeof extractTranscript>, kind: string) =>
    r.needs.filter((n) => n.kind === kind).map((n) => n.value);
  it('numbered FIELD：VALUE lines are fields of a plain document', () => {
    const r = extractTranscript(fixture('zh-inquiry-letter-pumps.txt'), opts);
    expect(r.format).toBe('plain');
    expect(r.messages).toBe(1);
    expect(pick(r, 'product')).toEqual([{ name: '不锈钢离心泵' }]);
    expect(pick(r, 'spec')).toEqual(expect.arrayContaining([{ attribute: 'material', value: '316不锈钢' }]));
    expect(pick(r, 'quantity')).toEqual([{ value: 40, unit: 'other' }]);
    expect(pick(r, 'lead_time')).toEqual([{ days: 45 }]);
    expect(pick(r, 'destination')).toEqual([expect.objectContaining({ country: 'CN' })]);
    // the balance condition (到货验收后付) goes into details
    expect(pick(r, 'payment_terms')).toEqual([expect.objectContaining({ method: 'T/T', deposit_percent: 20 })]);
    expect(pick(r, 'certification')).toEqual([{ name: 'CE' }]);
  });
  it('a single "Subject:" note is plain, one message', () => {
    const r = extractTranscript(fixture('en-single-note.txt'), opts);
    expect(r.format).toBe('plain');
    expect(pick(r, 'quantity')).toEqual([{ value: 3000, unit: 'pcs' }]);
  });
  it('field labels are not speakers', () => {
    expect(splitNameLine('三、数量：200套')).toBeUndefined();
    expect(splitNameLine('付款方式：T/T')).toBeUndefined();
    expect(splitNameLine('Quantity: 500')).toBeUndefined();
    expect(splitNameLine('张经理：数量200套')).toEqual({ name: '张经理', text: '数量200套' });
  });
  it('a name may end on a place or role in brackets, but brackets elsewhere are no name', () => {
    expect(splitNameLine('林小姐（高雄）：好的')).toEqual({ name: '林小姐（高雄）', text: '好的' });
    expect(splitNameLine('Omar (Purchasing): noted')).toEqual({ name: 'Omar (Purchasing)', text: 'noted' });
    expect(splitNameLine('备注（重要）说明：请看附件')).toBeUndefined();
    expect(splitNameLine('(1) 数量：500')).toBeUndefined();
  });
});

describe('cause 11: containers, plain cartons, sample counts, product before 下单', () => {
  const qty = (t: string) => findQuantities(t, []).map((m) => m.value);
  it('high-cube containers in their spellings', () => {
    expect(qty('要三个40尺高柜')).toEqual([{ value: 3, unit: '40HQ container' }]);
    expect(qty('一个40尺高箱')).toEqual([{ value: 1, unit: '40HQ container' }]);
    expect(qty("2 x 40'HQ")).toEqual([{ value: 2, unit: '40HQ container' }]);
    expect(qty('one 40HC')).toEqual([{ value: 1, unit: '40HQ container' }]);
    expect(qty('两个20尺柜')).toEqual([{ value: 2, unit: '20ft container' }]);
  });
  it('plain / brown cartons are neutral packaging', () => {
    const pack = (t: string) =>
      findLogoPackaging(t)
        .filter((m) => m.kind === 'packaging')
        .map((m) => m.value.style);
    expect(pack('packed in plain white boxes')).toEqual(['neutral']);
    expect(pack('just brown cartons, nothing printed')).toEqual(['neutral']);
    expect(pack('用牛皮纸箱就行')).toEqual(['neutral']);
  });
  it('a sample count with any measure word', () => {
    const s = (t: string) => findSample(t).map((m) => m.value.required);
    expect(s('先寄3台样机过来')).toEqual([true]);
    expect(s('先发两套样品')).toEqual([true]);
    expect(s('please send 3 samples first')).toEqual([true]);
    expect(s('can you courier two samples')).toEqual([true]);
  });
  it('product named before 下单', () => {
    const prod = (t: string): string | undefined => findProducts(t)[0]?.value.name as string | undefined;
    expect(prod('德国客户那款折叠椅确认下单了')).toBe('折叠椅');
    expect(prod('上回说的蓝牙音箱准备下单')).toBe('蓝牙音箱');
  });
});

describe('notes: parts of a month and numeric dates', () => {
  const first = (text: string, today = { y: 2026, m: 11, d: 16 }): string | undefined => {
    const h = findDates(text, today)[0];
    return h ? formatDate(h.date) : undefined;
  };
  it('上旬 / 中旬 / 下旬 end the first, second and last third; 月初 is the 5th', () => {
    expect(first('1月上旬到货')).toBe('2027-01-10');
    expect(first('12月中旬前发货')).toBe('2026-12-20');
    expect(first('12月下旬交货')).toBe('2026-12-31');
    expect(first('下个月初要货')).toBe('2026-12-05');
    expect(first('下月中旬交货')).toBe('2026-12-20');
    expect(first('3月初发货')).toBe('2027-03-05');
  });
  it('early / beginning of a month', () => {
    expect(first('ship early next month')).toBe('2026-12-05');
    expect(first('arrive by early January')).toBe('2027-01-05');
    expect(first('beginning of February')).toBe('2027-02-05');
  });
  it('numeric M/D and D/M when one part cannot be a month', () => {
    expect(first('deliver by 12/18')).toBe('2026-12-18');
    expect(first('deliver by 18/12')).toBe('2026-12-18');
    expect(first('by 3/4')).toBeUndefined();
    expect(first('24/7 support')).toBeUndefined();
  });
});

describe('notes: electrical specs', () => {
  const spec = (t: string) => findSpecs(t, []).map((m) => `${m.value.attribute}=${m.value.value}`);
  it('voltage with frequency, IP rating', () => {
    expect(spec('380V/50Hz, IP54')).toEqual(expect.arrayContaining(['voltage=380V', 'other=IP54']));
  });
});

describe('probe: compositions, chained verbs, grades', () => {
  it('pieces per set are a composition, not the order', () => {
    const qty = (t: string) => findQuantities(t, []).map((m) => m.value);
    expect(qty('每套16件，要800套')).toEqual([{ value: 800, unit: 'sets' }]);
    expect(qty('12件一套')).toEqual([]);
  });
  it('a purchase verb after the trigger is not part of the product', () => {
    expect(findProducts('我们要采购一批折叠桌')[0]?.value.name).toBe('折叠桌');
    expect(findProducts('想要订购一些硅胶铲')[0]?.value.name).toBe('硅胶铲');
  });
  it('a steel grade like 18/8 is not a date', () => {
    expect(findDates('要18/8不锈钢的', { y: 2026, m: 11, d: 16 })).toEqual([]);
  });
  it('Cantonese counter-offers', () => {
    const p = (t: string) =>
      findPrices(t, ctx({ recentPrices: [30], lastCurrency: 'CNY' }), []).map((m) => m.value.amount);
    expect(p('27啦')).toEqual([27]);
  });
});

describe('probe 2: more product forms, packing units, brand on the box', () => {
  const prod = (t: string): string | undefined => findProducts(t)[0]?.value.name as string | undefined;
  it('order for / would like / quantity-led names', () => {
    expect(prod('We would like to place an order for garden hoses 30m')).toBe('garden hoses');
    expect(prod('麻烦报个价，300套户外折叠桌椅')).toBe('户外折叠桌椅');
    expect(prod('We need 4,000 yards of cotton canvas')).toBe('cotton canvas');
  });
  it('never a time phrase', () => {
    expect(prod('要下周三前送到我们苏州仓库')).toBeUndefined();
  });
  it('packing units and dot thousands in meters', () => {
    const qty = (t: string) => findQuantities(t, []).map((m) => m.value);
    expect(qty('we need 12.000 meters, packed in rolls of 100 meters')).toEqual([{ value: 12000, unit: 'meters' }]);
  });
  it('their brand on the box is custom packaging', () => {
    const pack = (t: string) =>
      findLogoPackaging(t)
        .filter((m) => m.kind === 'packaging')
        .map((m) => m.value.style);
    expect(pack('no logo on the kettles, but our brand printed on the gift box')).toEqual(['custom']);
  });
});

describe('notes: one-off key-value lines are a form, not a chat', () => {
  it('labels that never repeat make a plain document', () => {
    const text = [
      'Buyer note',
      'Item wanted: cotton tote bags',
      'Amount: 5000 pcs',
      'Print: 1 colour logo',
      'Deadline: Dec 20',
    ].join('\n');
    const r = extractTranscript(text, { now: new Date('2026-11-22T10:00:00+08:00'), tz: 'Asia/Shanghai', reps: [] });
    expect(r.format).toBe('plain');
    expect(r.messages).toBe(1);
  });
  it('a real lines chat still parses', () => {
    const text = ['Tom: need 500 chairs', 'Lily: ok, black?', 'Tom: yes black', 'Lily: noted'].join('\n');
    expect(
      extractTranscript(text, { now: new Date('2026-11-22T10:00:00+08:00'), tz: 'Asia/Shanghai', reps: ['Lily'] })
        .format,
    ).toBe('lines');
  });
});

describe('probe 3: colour answers and horsepower', () => {
  const spec = (t: string) => findSpecs(t, []).map((m) => `${m.value.attribute}=${m.value.value}`);
  it('a message opening with a colour word answers the colour', () => {
    expect(spec('Silver please. And 2 spare lids')).toContain('color=silver');
    expect(spec('White label is fine')).not.toContain('color=white');
  });
  it('horsepower is a power rating', () => {
    expect(spec('需要3HP的空压机')).toContain('other=3HP');
    expect(spec('1.5匹挂机')).toContain('other=1.5匹');
  });
});

describe('probe 4: deadline answers and rep proposals', () => {
  it('a bare deadline answering a when-question is a delivery date', () => {
    expect(dates('Before Christmas', { prevOther: 'When do you need the goods?' })).toEqual(['2026-12-25']);
    expect(dates('圣诞节前吧', { prevOther: '什么时候要？' })).toEqual(['2026-12-25']);
    expect(dates('by next Friday please')).toEqual(['2026-11-27']);
  });
  it("a rep's conditional proposal still counts; a hypothetical order does not", () => {
    expect(dates('如果今天确认，12月10号前可以发货', { fromCustomer: false })).toEqual(['2026-12-10']);
    expect(dates('If there are any orders for Christmas, ship by Dec 1', { fromCustomer: false })).toEqual([]);
  });
});

describe('probe 5: words after a quantity that are not goods', () => {
  it('colours, approximations and trial words', () => {
    const prod = (t: string): string | undefined => findProducts(t)[0]?.value.name as string | undefined;
    expect(prod('要3000个白色的')).toBeUndefined();
    expect(prod('先来200套试试')).toBeUndefined();
    expect(prod('要800箱左右')).toBeUndefined();
    expect(prod('需要600只陶瓷花盆')).toBe('陶瓷花盆');
  });
});
