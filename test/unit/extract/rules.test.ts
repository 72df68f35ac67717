import { describe, expect, it } from 'vitest';
import { findDeliveryDates, findLeadTimes } from '../../../src/extract/rules/delivery.js';
import { findIncoterms, findDestinations } from '../../../src/extract/rules/incoterm-destination.js';
import { findLogoPackaging } from '../../../src/extract/rules/logo-packaging.js';
import type { RuleContext } from '../../../src/extract/rules/mention.js';
import { findPayment } from '../../../src/extract/rules/payment.js';
import { findPlaces } from '../../../src/extract/rules/places.js';
import { findPrices } from '../../../src/extract/rules/price.js';
import { findProducts } from '../../../src/extract/rules/product.js';
import { findQuantities } from '../../../src/extract/rules/quantity.js';
import { findCaution, findSample } from '../../../src/extract/rules/sample-caution.js';
import { findCertifications, findSpecs } from '../../../src/extract/rules/spec-cert.js';

const ctx = (over: Partial<RuleContext> = {}): RuleContext => ({
  today: { y: 2026, m: 11, d: 16 },
  recentPrices: [],
  fromCustomer: true,
  ...over,
});
const qty = (t: string) => findQuantities(t, []).map((m) => m.value);
const values = <T>(ms: { value: T }[]): T[] => ms.map((m) => m.value);

describe('quantity', () => {
  it('reads 万, k, commas, Chinese numerals and units', () => {
    expect(qty('我们要2万个卡通PVC鞋花')).toEqual([{ value: 20000, unit: 'pcs' }]);
    expect(qty('I need 10k pcs, 20 designs x 500 each')).toEqual([{ value: 10000, unit: 'pcs' }]);
    expect(qty('First order 2,000 units')).toEqual([{ value: 2000, unit: 'pcs' }]);
    expect(qty('数量1.2万套')).toEqual([{ value: 12000, unit: 'sets' }]);
    expect(qty('要两千件')).toEqual([{ value: 2000, unit: 'pcs' }]);
    expect(qty('我巴西客户要两台CNC车床')).toEqual([{ value: 2, unit: 'other' }]);
    expect(qty('5000 meters')).toEqual([{ value: 5000, unit: 'meters' }]);
    expect(qty('三百箱')).toEqual([{ value: 300, unit: 'cartons' }]);
  });
  it('reads containers with their size', () => {
    expect(qty('数量两个40HQ柜')).toEqual([{ value: 2, unit: '40HQ container' }]);
    expect(qty('we need 2 x 40HQ')).toEqual([{ value: 2, unit: '40HQ container' }]);
    expect(qty('one 20GP please')).toEqual([{ value: 1, unit: '20ft container' }]);
    expect(qty('3 containers')).toEqual([{ value: 3, unit: 'other' }]);
  });
  it('ignores MOQ, samples, set compositions and past orders', () => {
    expect(qty('可以的，起订量5000个一款')).toEqual([]);
    expect(qty('MOQ is 500 units per color')).toEqual([]);
    expect(qty('麻烦先寄两件样衣过来')).toEqual([]);
    expect(qty('还是6件套带木座的')).toEqual([]);
    expect(qty('上个月那批货收到了，500箱都没问题')).toEqual([]);
    expect(qty('LED tube T8 1.2m')).toEqual([]);
  });
});

describe('price', () => {
  it('explicit currencies and units', () => {
    expect(values(findPrices('0.3元能做吗？', ctx(), []))).toEqual([{ amount: 0.3, currency: 'CNY' }]);
    expect(values(findPrices('Price is USD 9.80/pc FOB Ningbo', ctx(), []))).toEqual([
      { amount: 9.8, currency: 'USD', unit: 'pcs' },
    ]);
    expect(values(findPrices('Can you do $36?', ctx(), []))).toEqual([{ amount: 36, currency: 'USD' }]);
    expect(values(findPrices('价格最好控制在45元一件以内', ctx(), []))).toEqual([
      { amount: 45, currency: 'CNY', unit: 'pcs' },
    ]);
  });
  it('bare counter-offers near the last price take its currency', () => {
    expect(values(findPrices('Fine, 10.40 is ok.', ctx({ recentPrices: [10.4], lastCurrency: 'USD' }), []))).toEqual([
      { amount: 10.4, currency: 'USD' },
    ]);
    expect(
      values(findPrices('0.042行不行，量这么大', ctx({ recentPrices: [0.045], lastCurrency: 'CNY' }), [])),
    ).toEqual([{ amount: 0.042, currency: 'CNY' }]);
    expect(findPrices('Hello 2 friends', ctx({ recentPrices: [0.045] }), [])).toEqual([]);
  });
  it('fees and prices the customer calls too high are not targets', () => {
    expect(findPrices('Sure, sample fee USD 30, refundable', ctx(), [])).toEqual([]);
    expect(findPrices('USD 9.80 is too expensive', ctx(), [])).toEqual([]);
  });
});

describe('payment terms', () => {
  it('deposit splits are T/T; L/C at sight is 0 days; 月结 gives days', () => {
    expect(values(findPayment('Payment 30% deposit, 70% against copy of B/L'))).toEqual([
      { method: 'T/T', deposit_percent: 30, details: '70% against copy of B/L' },
    ]);
    expect(values(findPayment('付款我们是30%预付，剩下70%验收合格后付'))).toEqual([
      { method: 'T/T', deposit_percent: 30, details: '70%验收合格后付' },
    ]);
    expect(values(findPayment('L/C at sight works for us'))).toEqual([{ method: 'L/C', days: 0 }]);
    expect(values(findPayment('付款走L/C，60天远期'))).toEqual([{ method: 'L/C', days: 60 }]);
    expect(values(findPayment('payment L/C 90 days可以吗'))[0]).toMatchObject({ method: 'L/C', days: 90 });
    expect(values(findPayment('老规矩，月结60天'))[0]).toMatchObject({ days: 60 });
    expect(values(findPayment('can i pay with paypal?'))).toEqual([{ method: 'PayPal' }]);
    expect(values(findPayment('O/A 60 days'))).toEqual([{ method: 'O/A', days: 60 }]);
  });
});

describe('incoterm and destination', () => {
  const inc = (t: string) => values(findIncoterms(t, findPlaces(t)));
  const dest = (t: string) => values(findDestinations(t, findPlaces(t)));
  it('terms with places; C/D places are destinations', () => {
    expect(inc('Price is USD 9.80/pc FOB Ningbo')).toEqual([{ term: 'FOB', place: 'Ningbo' }]);
    expect(inc('价格按CIF蒙巴萨')).toEqual([
      { term: 'CIF', place: '蒙巴萨' },
      { port: '蒙巴萨', country: 'KE' },
    ]);
    expect(inc('价格按CIF Santos报')[1]).toEqual({ port: 'Santos', country: 'BR' });
    expect(inc('报个到岸价')).toEqual([{ term: 'CIF' }]);
  });
  it('delivery verbs, zh and en, and domestic addresses', () => {
    expect(dest('12月5号前出货, 发到Jebel Ali')).toEqual([{ country: 'AE', port: 'Jebel Ali' }]);
    expect(dest('最晚12月20号到鹿特丹')).toEqual([{ country: 'NL', port: '鹿特丹' }]);
    expect(dest('Goods go to our Columbus, Ohio warehouse')).toEqual([{ country: 'US', port: 'Ohio' }]);
    expect(dest('下个月10号前送到龙华仓库')[0]).toMatchObject({ country: 'CN' });
    expect(dest('送到新塘镇的仓库')[0]).toMatchObject({ country: 'CN' });
    expect(dest('ship to Felixstowe')).toEqual([{ country: 'GB', port: 'Felixstowe' }]);
    expect(dest('FOB厦门')).toEqual([]);
  });
});

describe('spec and certification', () => {
  it('normalises voltage and plug, keeps the customer words otherwise', () => {
    const s = values(findSpecs('US, so 110V with US plug. Color: matte black, 5.5L, 1200W', []));
    expect(s).toEqual(
      expect.arrayContaining([
        { attribute: 'voltage', value: '110V' },
        { attribute: 'plug', value: 'US' },
        { attribute: 'color', value: 'matte black' },
        { attribute: 'capacity', value: '5.5L' },
        { attribute: 'other', value: '1200W' },
      ]),
    );
    expect(values(findSpecs('材质要304不锈钢，尺寸60x45cm', []))).toEqual([
      { attribute: 'material', value: '304不锈钢' },
      { attribute: 'size', value: '60x45cm' },
    ]);
    expect(values(findSpecs('1.7L, 230V, 要UK plug, 颜色white', []))).toEqual(
      expect.arrayContaining([
        { attribute: 'plug', value: 'UK' },
        { attribute: 'color', value: 'white' },
      ]),
    );
    expect(values(findSpecs('白橡木，颜色做胡桃色', [], '好的，木材有要求吗？'))).toEqual(
      expect.arrayContaining([
        { attribute: 'material', value: '白橡木' },
        { attribute: 'color', value: '胡桃色' },
      ]),
    );
  });
  it('certifications one each, not inside words, not when refused', () => {
    expect(values(findCertifications('证书要CE和UKCA'))).toEqual([{ name: 'CE' }, { name: 'UKCA' }]);
    expect(values(findCertifications('must have CE and RoHS, ISO 9001 factory'))).toEqual([
      { name: 'CE' },
      { name: 'RoHS' },
      { name: 'ISO9001' },
    ]);
    expect(findCertifications('CERAMIC CEILING')).toEqual([]);
    expect(findCertifications('不需要CE')).toEqual([]);
  });
});

describe('logo, packaging, sample, caution', () => {
  it('logo on the product vs brand on the box; negations', () => {
    expect(values(findLogoPackaging('上面要印我们自己的logo'))).toEqual([{ required: true }]);
    expect(values(findLogoPackaging('Please print our logo'))).toEqual([{ required: true }]);
    expect(values(findLogoPackaging('不要logo'))).toEqual([{ required: false }]);
    expect(values(findLogoPackaging('No logo, no printing'))[0]).toEqual({ required: false });
    expect(values(findLogoPackaging('行吧0.043，不要印字，空白袋就行'))).toEqual([{ required: false }]);
    expect(values(findLogoPackaging('外箱用我们的纸箱印我们的标'))).toEqual([{ style: 'custom' }]);
    expect(values(findLogoPackaging('Our brand must be printed on the pads and on every box.'))).toEqual([
      { required: true },
      { style: 'custom' },
    ]);
  });
  it('packaging styles, and a rep offering a choice decides nothing', () => {
    expect(values(findLogoPackaging('包装用中性包装就行'))).toEqual([{ style: 'neutral' }]);
    expect(values(findLogoPackaging('your standard packing is fine'))).toEqual([{ style: 'standard' }]);
    expect(values(findLogoPackaging('彩盒换成我们新的design'))).toEqual([{ style: 'custom' }]);
    expect(findLogoPackaging('包装要neutral还是印你们的brand?')).toEqual([]);
  });
  it('samples and cautions', () => {
    expect(values(findSample('can u send samples first?'))).toEqual([{ required: true }]);
    expect(values(findSample('先发个样品给我看看'))).toEqual([{ required: true }]);
    expect(values(findSample('不需要样品，直接下单'))).toEqual([{ required: false }]);
    expect(findSample('sample fee USD 30')).toEqual([]);
    expect(findCaution('我们客户不喜欢被低价推销，报价一次报准')).toHaveLength(1);
    expect(findCaution('only email please, never call')).toHaveLength(1);
    expect(findCaution('No problem, we will do it')).toEqual([]);
  });
});

describe('product, delivery and lead time', () => {
  const names = (t: string) => findProducts(t).map((m) => m.value.name);
  it('names the product in the customer words', () => {
    expect(names('你好，你们的PVC鞋花可以定制吗？')[0]).toBe('PVC鞋花');
    expect(names('We need LED panel lights 600x600 for an office project')[0]).toBe('LED panel lights');
    expect(names('We need 500 pcs hydraulic cylinder for tractor')[0]).toBe('hydraulic cylinder');
    expect(names('小杨，朗逸的后减震器有货吗')[0]).toBe('后减震器');
    expect(names('我们有个沙特客户要不锈钢水槽')[0]).toBe('不锈钢水槽');
    expect(names('We need the goods to land in Lagos')).toEqual([]);
    expect(names('上面要印我们自己的logo')).toEqual([]);
  });
  it('delivery dates need a delivery cue; lead times vs "in N days"', () => {
    expect(values(findDeliveryDates('下周五前要发货', ctx()))).toEqual([{ date: '2026-11-27', constraint: 'by' }]);
    expect(findDeliveryDates('彩盒artwork下周发你', ctx())).toEqual([]);
    expect(values(findLeadTimes('30天内交货，项目等不了'))).toEqual([{ days: 30 }]);
    expect(values(findLeadTimes('delivery within 4 weeks'))).toEqual([{ days: 28 }]);
    expect(values(findLeadTimes('一个月内交货'))).toEqual([{ days: 30 }]);
    expect(findLeadTimes('45天太长')).toEqual([]);
  });
});
