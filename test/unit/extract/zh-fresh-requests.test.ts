// Twenty product requests in Chinese written fresh for issue 14 (Simplified,
// Traditional and Cantonese; none taken from the eval sets): each is a
// one-message chat through the whole rules extractor, and the product and
// quantity it names must come out, quoted from the message as written.
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../../src/extract/extract-transcript.js';

const opts = { now: new Date('2026-11-20T10:00:00+08:00'), tz: 'Asia/Shanghai', reps: [] };

type Case = [text: string, product: string, quantity?: [number, string]];

const CASES: Case[] = [
  // Simplified Mandarin
  ['我们想订两千套后雨刮器，有现货吗', '雨刮器', [2000, 'sets']],
  ['客户要做一批牛仔裤，三千条左右', '牛仔裤', [3000, 'other']],
  ['需要800件女款羽绒服，颜色要黑色', '羽绒服', [800, 'pcs']],
  ['请问乳胶床垫能做1.8米的吗？我们要120张', '床垫', [120, 'other']],
  ['我们要采购5000个不锈钢保温杯', '保温杯', [5000, 'pcs']],
  ['LED霓虹灯有没有现货？要300个', 'LED霓虹灯', [300, 'pcs']],
  ['想订一批折叠收纳箱，大概4000个', '收纳箱', [4000, 'pcs']],
  ['老板，宠物牵引绳要1500条，下周能发吗', '牵引绳', [1500, 'other']],
  ['帮我报一下竹制砧板的价格，数量2000片', '砧板', [2000, 'other']],
  ['我们打算进600台空气炸锅', '空气炸锅', [600, 'other']],
  ['这次需要一万只陶瓷马克杯', '马克杯', [10000, 'pcs']],
  ['要3000个硅胶手机壳，尽快报价', '手机壳', [3000, 'pcs']],
  // Traditional (Taiwan, Hong Kong written Mandarin)
  ['我們需要兩千件純棉襯衫，請報價', '襯衫', [2000, 'pcs']],
  ['請問不鏽鋼保溫杯有沒有現貨？要一千個', '保溫杯', [1000, 'pcs']],
  ['想訂購五百張記憶棉床墊', '床墊', [500, 'other']],
  ['我們要採購八百條牛仔褲', '牛仔褲', [800, 'other']],
  // Cantonese
  ['我哋想要三百個LED霓虹燈，有冇現貨？', 'LED霓虹燈', [300, 'pcs']],
  ['你哋嘅雨刮器仲有冇貨？要兩千套', '雨刮器', [2000, 'sets']],
  ['我要一千個收納箱，唔使印logo', '收納箱', [1000, 'pcs']],
  ['羽絨服要幾多錢一件？我哋要五百件', '羽絨服', [500, 'pcs']],
];

describe('fresh Chinese product requests (product and quantity)', () => {
  for (const [text, name, qty] of CASES) {
    it(text, () => {
      const r = extractTranscript(text, opts);
      const product = r.needs.find((n) => n.kind === 'product');
      const found = String((product?.value as { name?: string } | undefined)?.name ?? '');
      expect(found).toContain(name);
      // the name is quoted from the message as written (Traditional stays Traditional)
      expect(text).toContain(found);
      if (qty) {
        const q = r.needs.find((n) => n.kind === 'quantity');
        expect(q?.value).toMatchObject({ value: qty[0], unit: qty[1] });
      }
    });
  }
});
