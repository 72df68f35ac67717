// Chinese behaviours of issue 14, in wording of our own: Cantonese read as
// Mandarin phrase by phrase, containers as goods heads, 蚊 by script, logo
// refusals, places reached through a site noun, a date said back.
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/extract/analyze/normalize.js';
import { tokenize } from '../../../src/extract/analyze/tokens.js';
import { extractTranscript } from '../../../src/extract/extract-transcript.js';

const opts = { now: new Date('2026-11-20T10:00:00+08:00'), tz: 'Asia/Shanghai', reps: ['阿May'] };
const needs = (chat: string): string[] =>
  extractTranscript(chat, opts).needs.map((n) => `${n.kind}=${JSON.stringify(n.value)}`);

describe('Cantonese phrases read as Mandarin ones of the same length', () => {
  it('maps 唔使, 仲有, 幾多, 而家, 過數 and keeps the length', () => {
    const hk = '唔使彩盒，仲有冇貨？要幾多錢？而家過數';
    const r = readingText(hk);
    expect(r.length).toBe(hk.length);
    expect(r).toBe('不用彩盒，还有没货？要多少钱？现在付款');
  });
  it('reads Simplified Cantonese too (真系, 唔系)', () => {
    expect(readingText('真系好平，唔系假货')).toBe('真是好平，不是假货');
  });
});

describe('tokens', () => {
  it('sends a run that starts on a Latin word to jieba (Pro透明手机壳)', () => {
    expect(tokenize('Pro透明手机壳').map((t) => t.text)).toEqual(['Pro', '透明', '手机壳']);
  });
  it('joins a container onto the word before it, but not onto a number', () => {
    expect(tokenize('收纳箱').map((t) => t.text)).toContain('收纳箱');
    expect(tokenize('工具盒').map((t) => t.text)).toContain('工具盒');
    expect(tokenize('三箱').some((t) => t.text.endsWith('箱') && t.text.length > 2)).toBe(false);
  });
});

describe('chat-level readings', () => {
  it('蚊 is HKD in a Traditional chat and CNY in Simplified Cantonese', () => {
    const hk = '阿Sam: 我哋要五百個保溫杯\n阿May: 每個35蚊\n阿Sam: 32蚊得唔得';
    const gz = '阿Sam: 我哋要五百个保温杯\n阿May: 每个35蚊\n阿Sam: 32蚊得唔得';
    expect(needs(hk).join(' ')).toContain('"currency":"HKD"');
    expect(needs(gz).join(' ')).toContain('"currency":"CNY"');
  });
  it('a bare no to a logo question is no logo; a negated mark too', () => {
    expect(needs('阿Sam: 要两千个帆布袋\n阿May: 要唔要印logo？\n阿Sam: 唔使印，我哋自己贴')).toContain(
      'logo={"required":false}',
    );
    expect(needs('阿Sam: 要两千个帆布袋，不要印你们的牌子')).toContain('logo={"required":false}');
  });
  it('the customer saying back the offered delivery date takes it', () => {
    const chat = '阿Sam: 要两千个帆布袋，12月15号前要到\n阿May: 15号赶不上，12月22号前到可以吗\n阿Sam: 12月22号也行';
    expect(needs(chat)).toContain('delivery_date={"date":"2026-12-22","constraint":"by"}');
  });
  it('到X的仓库 names a domestic destination', () => {
    expect(needs('阿Sam: 要两千个帆布袋，月底前要到揭西的仓库').join(' ')).toContain('"port":"揭西"');
  });
  it('a Hong Kong district is a Hong Kong destination', () => {
    expect(needs('阿Sam: 我哋要五百個保溫杯，送到觀塘').join(' ')).toContain('"country":"HK"');
  });
  it('a Cantonese stock question names the goods', () => {
    expect(needs('阿Sam: 你哋嗰款摺疊雨傘仲有冇貨？').join(' ')).toContain('雨傘');
  });
  it('a negated 要 is no purchase act', () => {
    const r = needs('阿Sam: 要两千个帆布袋\n阿Sam: 唔要印花');
    expect(r.filter((n) => n.startsWith('product='))).toEqual(['product={"name":"帆布袋"}']);
  });
});

describe('colours chosen for the whole order', () => {
  it('reads 全部 / 统一 / 全部都係 before a colour as the choice, without the tail', () => {
    expect(needs('阿Sam: 要两千件冲锋衣，全部黑色')).toContain('spec={"attribute":"color","value":"黑色"}');
    expect(needs('阿Sam: 要两千件冲锋衣，统一藏青色的')).toContain('spec={"attribute":"color","value":"藏青色"}');
    expect(needs('阿Sam: 我哋要三千個保溫杯，全部都係白色')).toContain('spec={"attribute":"color","value":"白色"}');
  });
});

describe('product noun phrases over tokens', () => {
  it('keeps a goods word that starts on a measure character (包装盒) and refuses an act (搞活动)', () => {
    expect(needs('阿Sam: 我们新品要做一批包装盒').join(' ')).toContain('包装盒');
    expect(needs('阿Sam: 要两千个帆布袋\n阿Sam: 下个月要搞活动').filter((n) => n.startsWith('product='))).toEqual([
      'product={"name":"帆布袋"}',
    ]);
  });
  it('reads a position word inside the goods and a first clause that names them', () => {
    expect(needs('阿May: 这次要哪款？\n阿Sam: A5前挡泥板，黑色，要八百个').join(' ')).toContain('前挡泥板');
  });
});

describe('prices said in Chinese', () => {
  it('counts spoken dimes after the dollar word and keeps the unit out of the amount', () => {
    expect(needs('阿Sam: 要五千米窗帘布\n阿May: 每米17块8\n阿Sam: 17块5吧')).toContain(
      'price_target={"amount":17.5,"currency":"CNY"}',
    );
    expect(needs('阿Sam: 要五千个保温杯，目标价3.2美元一个')).toContain(
      'price_target={"amount":3.2,"currency":"USD","unit":"pcs"}',
    );
  });
  it('a price the customer calls high is no target', () => {
    const r = needs('阿Sam: 要五千个保温杯\n阿May: 每个26元\n阿Sam: 26偏高了，24能做吗');
    expect(r).toContain('price_target={"amount":24,"currency":"CNY"}');
    expect(r.join(' ')).not.toContain('"amount":26');
  });
});

describe('prices with no currency word', () => {
  it('reads "NUM一个" as a price per piece and a Chinese-numeral counter-offer', () => {
    const r = needs('阿Sam: 要五千条瑜伽垫\n阿May: 现在是四十二一条\n阿Sam: 四十吧，不行就算了\n阿May: 好，40');
    expect(r).toContain('price_target={"amount":40,"currency":"CNY"}');
    expect(needs('阿Sam: 要三千个保温杯，18.5一个可以吗')).toContain(
      'price_target={"amount":18.5,"currency":"CNY","unit":"pcs"}',
    );
  });
  it('keeps a colour with 的 out of the product name', () => {
    expect(needs('阿Sam: 要白色的保温杯，三千个')).toContain('product={"name":"保温杯"}');
  });
});

describe('whole chats in Cantonese and Taiwan Mandarin (our own wording)', () => {
  it('a Hong Kong order: goods, price in 蚊, date, district, packaging, logo and payment', () => {
    const chat = [
      '阿Sam: 我哋想訂二千個保溫杯，要304不鏽鋼，500毫升',
      '阿May: 冇問題，每個28蚊',
      '阿Sam: 25蚊得唔得？',
      '阿May: 26啦',
      '阿Sam: 好，26蚊就26蚊。下個月15號之前要到葵涌倉',
      '阿Sam: 杯身要鐳射我哋個logo',
    ].join('\n');
    const r = needs(chat);
    expect(r).toEqual(
      expect.arrayContaining([
        'product={"name":"保溫杯"}',
        'quantity={"value":2000,"unit":"pcs"}',
        'price_target={"amount":26,"currency":"HKD"}',
        'delivery_date={"date":"2026-12-15","constraint":"by"}',
        'destination={"country":"HK","port":"葵涌"}',
      ]),
    );
    expect(r.some((n) => n.startsWith('logo={"required":true'))).toBe(true);
  });
  it('Cantonese words for samples and month end (樣辦, 月尾)', () => {
    const r = needs('阿Sam: 聽日寄兩個樣辦畀我睇下\n阿Sam: 要五千對手套，啲貨要喺月尾前出');
    expect(r).toContain('sample={"required":true}');
    expect(r).toContain('delivery_date={"date":"2026-11-30","constraint":"by"}');
    expect(r).toContain('product={"name":"手套"}');
  });
  it('Taiwan terms: 霧面 finish and 雷射 marking', () => {
    const r = needs('王經理：先訂三千支保溫瓶，顏色要霧面黑\n王經理：瓶身要雷射我們的商標');
    expect(r).toContain('spec={"attribute":"color","value":"霧面黑"}');
    expect(r.some((n) => n.startsWith('logo={"required":true'))).toBe(true);
  });
});

describe('a rep promising arrival before the deadline', () => {
  it('leaves the customer deadline, with no change', () => {
    const chat = '阿Sam: 要两千个帆布袋，12月18号前一定要到\n阿May: 收到，我们12月15号就能到\n阿Sam: 好';
    const r = extractTranscript(chat, opts);
    expect(r.needs.filter((n) => n.kind === 'delivery_date').map((n) => n.value)).toEqual([
      { date: '2026-12-18', constraint: 'by' },
    ]);
    expect(r.changes.filter((c) => c.kind === 'delivery_date')).toEqual([]);
  });
});

describe('goods in a clause of their own, then the count', () => {
  it('"牛皮纸袋，一万个" names the bags; a colour clause names nothing', () => {
    expect(needs('阿Sam: 要环保的，牛皮纸袋，一万个')).toContain('product={"name":"牛皮纸袋"}');
    expect(needs('阿Sam: 黑色，5000个').some((n) => n.startsWith('product='))).toBe(false);
  });
});

describe('clauses are no products', () => {
  it('refuses a clause with a negation or one opening on a non-goods noun, keeps 快递纸箱', () => {
    expect(needs('阿Sam: 订舱的时候不是说直航吗').some((n) => n.startsWith('product='))).toBe(false);
    expect(needs('阿Sam: 我们要订一批快递纸箱，三万个')).toContain('product={"name":"快递纸箱"}');
  });
});
