// Packaging, sample, caution, payment, destination and price, written fresh
// for issue 14 (none taken from the eval sets): each is a one-message chat
// through the whole rules extractor, in English, Simplified and Traditional
// Chinese and Cantonese. Expected values are written by hand; `null` means
// the kind must not come out at all (a precision probe).
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../../src/extract/extract-transcript.js';

const opts = { now: new Date('2026-11-20T10:00:00+08:00'), tz: 'Asia/Shanghai', reps: [] };
type Value = Record<string, unknown> | null;

const needOf = (text: string, kind: string): Record<string, unknown> | undefined =>
  extractTranscript(text, opts).needs.find((n) => n.kind === kind)?.value as Record<string, unknown> | undefined;

// a chat with nothing but a caution has no needs at all: an order line goes first
const withOrder = (text: string): string =>
  /[\u4e00-\u9fff]/.test(text) ? `要500个。${text}` : `We need 500 pcs. ${text}`;

function check(kind: string, cases: [string, Value][], prefix: (t: string) => string = (t) => t): void {
  describe(kind, () => {
    for (const [text, want] of cases) {
      it(text, () => {
        const got = needOf(prefix(text), kind);
        if (want === null) expect(got).toBeUndefined();
        else {
          expect(got).toBeDefined();
          expect(got).toMatchObject(want);
        }
      });
    }
  });
}

check('packaging', [
  ['Please pack each piece in a polybag with our barcode sticker on it', { style: 'custom' }],
  ['Brown carton is fine, but stick our FBA labels on every carton', { style: 'custom' }],
  ['彩盒上要印我们的品牌和条形码', { style: 'custom' }],
  ['白盒包装，外箱刷我们的唛头', { style: 'custom' }],
  ['每个用吸塑包装，外面中性纸箱就行', { style: 'neutral' }],
  ['Gift box with our brand printed, 24 pcs per master carton', { style: 'custom' }],
  ['Blister card with our artwork please', { style: 'custom' }],
  ['Each set in a colour box printed with the client design', { style: 'custom' }],
  ['No brand on the carton please, just plain', { style: 'neutral' }],
  ['Shrink wrap on pallets, your standard export packing is ok', { style: 'standard' }],
  ['內盒用我們自己設計的彩盒', { style: 'custom' }],
  ['包裝用中性嘅啡色紙箱就得', { style: 'neutral' }],
  ['外箱要印我哋嘅嘜頭', { style: 'custom' }],
  ['泡壳卡纸要印我们的品牌', { style: 'custom' }],
  ['要定制礼盒，盒子上印公司名', { style: 'custom' }],
  ['OPP bag individually, inner box with our hang tag', { style: 'custom' }],
  ['Is neutral packing possible or do you have your own boxes?', null],
]);

check('sample', [
  ['Can you send me one sample first before we confirm?', { required: true }],
  ['We need a pre-production sample for approval', { required: true }],
  ['先打样给我们确认颜色', { required: true }],
  ['樣品先寄過來看看', { required: true }],
  ['可唔可以先寄個樣板俾我睇下', { required: true }],
  ['No need for samples, we know your quality', { required: false }],
  ['样品不用了，直接下大货', { required: false }],
  ['Please courier two swatches to our office', { required: true }],
  ["We'd like to see a sample before mass production", { required: true }],
  ['Is the sample fee refundable?', null],
]);

check(
  'caution',
  [
    ['Our client is very sensitive to delivery dates', {}],
    ['交期千万别拖', {}],
    ['The goods must not be late, we have a promotion starting', {}],
    ['We got quality complaints last time, please check carefully', {}],
    ['老板很在意包装，不能有破损', {}],
    ['交貨期一定要準時，客人好介意', {}],
    ['Please make sure there are no scratches, the buyer is very picky', {}],
    ['唔好再遲啊，上次遲咗兩個禮拜', {}],
    ['Delivery date is critical for us', {}],
    ['Timing is very important for this order, we cannot accept any delay', {}],
    ['客户对交期特别在乎，晚一天都不行', {}],
    ['上批货有好多次品，这次请认真检查', {}],
    ['佢哋好介意交期', {}],
    ['那最晚1月10号到港，不能再晚了', null],
    ['Last shipment arrived damaged, so please pack carefully this time', {}],
    ['No problem, send the invoice', null],
    ['Thanks, please send the PI', null],
  ],
  withOrder,
);

check('payment_terms', [
  ['30% deposit, balance against copy of BL', { method: 'T/T', deposit_percent: 30 }],
  ['付款方式三七开，尾款见提单副本付', { deposit_percent: 30 }],
  ['L/C at sight please', { method: 'L/C', days: 0 }],
  ['We can do DP at sight', { method: 'D/P' }],
  ['OA 60 days from invoice', { method: 'O/A', days: 60 }],
  ['定金40%，出货前付清尾款', { deposit_percent: 40 }],
  ['訂金三成，餘款出貨前付', { deposit_percent: 30 }],
  ['payment 50/50 by TT', { method: 'T/T', deposit_percent: 50 }],
  ['We pay via Western Union', { method: 'Western Union' }],
  ['The payment was received, thanks', null],
  ['Please use a DP cable for the monitor', null],
  ['D/A 90 days is our usual term', { method: 'D/A', days: 90 }],
  ['先俾四成訂金，出貨前過數', { deposit_percent: 40 }],
]);

check('destination', [
  ['Ship to Apapa port please', { country: 'NG' }],
  ['货要发到杰贝阿里', { country: 'AE' }],
  ['Our office is in Hamburg, destination port is Rotterdam', { country: 'NL' }],
  ['目的港：桑托斯', { country: 'BR' }],
  ['via Singapore to Jakarta', { country: 'ID' }],
  ['CIF Jeddah', { country: 'SA' }],
  ['送到我们佛山仓库', { country: 'CN' }],
  ['請發貨到高雄港', { country: 'TW' }],
  ['deliver to Durban, South Africa', { country: 'ZA' }],
  ['transshipment in Colombo, final destination Chittagong', { country: 'BD' }],
  ['Port of discharge: Mersin', { country: 'TR' }],
  ['The goods go to Lome, Togo', { country: 'TG' }],
  ['发到马尼拉', { country: 'PH' }],
  ['I am from Lagos, how much is this?', null],
  ['FOB Shanghai please', null],
]);

check('price_target', [
  ['目标价3.8美元一件', { amount: 3.8, currency: 'USD', unit: 'pcs' }],
  ['target price USD 4.2 per set', { amount: 4.2, currency: 'USD', unit: 'sets' }],
  ['we can pay 12 euros a piece', { amount: 12, currency: 'EUR' }],
  ['1.6美金每个可以吗', { amount: 1.6, currency: 'USD', unit: 'pcs' }],
  ['目標價每件2.8美金', { amount: 2.8, currency: 'USD' }],
  ['我哋出到15蚊一個', { amount: 15, unit: 'pcs' }],
  ['目標價2.5美金一個', { amount: 2.5, currency: 'USD', unit: 'pcs' }],
  ['price around RMB 28 per meter', { amount: 28, currency: 'CNY', unit: 'meters' }],
  ['目标价2美元一套', { amount: 2, currency: 'USD', unit: 'sets' }],
]);

// credit days counted from a payment condition
check('payment_terms', [
  ['收货后45天内付款', { days: 45 }],
  ['Payment 60 days after receipt of goods', { days: 60 }],
  ['到货后30日内过数', { days: 30 }],
  ['We will ship 30 days after the deposit', null],
]);
