import { describe, expect, it } from 'vitest';
import { parseIntent } from '../../../src/services/bot/intents/parse-intent.js';

describe('parseIntent: questions', () => {
  it.each([
    ['what does ACME need?', { type: 'needs', customer: 'ACME' }],
    ['What does ACME Trading want', { type: 'needs', customer: 'ACME Trading' }],
    ['ACME 要什么？', { type: 'needs', customer: 'ACME' }],
    ['张总那边要什么?', { type: 'needs', customer: '张总' }],
    ['ACME的需求是什么', { type: 'needs', customer: 'ACME' }],
    ['/need ACME', { type: 'needs', customer: 'ACME' }],
    ['/need ACME Tools delivery', { type: 'needs', customer: 'ACME Tools', kind: 'delivery_date' }],
    ['ACME 交货期是哪天?', { type: 'needs', customer: 'ACME', kind: 'delivery_date' }],
    ['ACME的包装？', { type: 'needs', customer: 'ACME', kind: 'packaging' }],
    ["what's ACME's delivery date?", { type: 'needs', customer: 'ACME', kind: 'delivery_date' }],
    ['what packaging does ACME want?', { type: 'needs', customer: 'ACME', kind: 'packaging' }],
    ['when does ACME need delivery?', { type: 'needs', customer: 'ACME', kind: 'delivery_date' }],
  ])('%s', (text, intent) => {
    expect(parseIntent(text)).toEqual(intent);
  });

  it.each([
    ['what changed for ACME this week?', { type: 'changes', customer: 'ACME', period: 'week' }],
    ['what changed for ACME?', { type: 'changes', customer: 'ACME', period: 'all' }],
    ['ACME 这周有什么变化？', { type: 'changes', customer: 'ACME', period: 'week' }],
    ['ACME最近改了什么', { type: 'changes', customer: 'ACME', period: 'week' }],
    ['/changes ACME', { type: 'changes', customer: 'ACME', period: 'all' }],
    ['/changes ACME Tools today', { type: 'changes', customer: 'ACME Tools', period: 'today' }],
  ])('%s', (text, intent) => {
    expect(parseIntent(text)).toEqual(intent);
  });

  it.each([['我有哪些客户?'], ['我的客户'], ['/customers'], ['my customers'], ['Which customers do I have?']])(
    '%s lists customers',
    (text) => {
      expect(parseIntent(text)).toEqual({ type: 'customers' });
    },
  );

  it.each([
    ['/customers page 2', 2],
    ['/customers 41', 41],
    ['/客户 第3页', 3],
    ['/customers p 7', 7],
  ] as const)('%s lists page %i', (text, page) => {
    expect(parseIntent(text)).toEqual({ type: 'customers', page });
  });

  it.each([['/customers page 0'], ['/customers lily']])('%s is not a page: help', (text) => {
    expect(parseIntent(text)).toEqual({ type: 'help' });
  });

  it.each([['/help'], ['help'], ['帮助']])('%s is help', (text) => {
    expect(parseIntent(text)).toEqual({ type: 'help' });
  });
});

describe('parseIntent: corrections, removals, logs', () => {
  it.each([
    ['不对，交货期是12月10日', { type: 'fix', customer: undefined, kind: 'delivery_date', valueText: '12月10日' }],
    ['不对，ACME的包装应该是中性包装', { type: 'fix', customer: 'ACME', kind: 'packaging', valueText: '中性包装' }],
    ['/fix ACME packaging neutral', { type: 'fix', customer: 'ACME', kind: 'packaging', valueText: 'neutral' }],
    [
      '/fix ACME Trading quantity 8000 pcs',
      { type: 'fix', customer: 'ACME Trading', kind: 'quantity', valueText: '8000 pcs' },
    ],
    [
      '/fix delivery_date 2026-12-10',
      { type: 'fix', customer: undefined, kind: 'delivery_date', valueText: '2026-12-10' },
    ],
    [
      'no, the delivery date is Dec 10',
      { type: 'fix', customer: undefined, kind: 'delivery_date', valueText: 'Dec 10' },
    ],
    [
      "correction: ACME's quantity is 6000 pcs",
      { type: 'fix', customer: 'ACME', kind: 'quantity', valueText: '6000 pcs' },
    ],
  ])('%s', (text, intent) => {
    expect(parseIntent(text)).toEqual(intent);
  });

  it.each([
    ['remove the logo requirement for ACME', { type: 'remove', customer: 'ACME', kind: 'logo' }],
    ['删除ACME的logo要求', { type: 'remove', customer: 'ACME', kind: 'logo' }],
    ['/remove ACME packaging', { type: 'remove', customer: 'ACME', kind: 'packaging' }],
  ])('%s', (text, intent) => {
    expect(parseIntent(text)).toEqual(intent);
  });

  it.each([
    ['ACME 是A类客户', { type: 'tier', customer: 'ACME', tier: 'A' }],
    ['把ACME设为b类客户', { type: 'tier', customer: 'ACME', tier: 'B' }],
    ['set ACME tier A', { type: 'tier', customer: 'ACME', tier: 'A' }],
    ['ACME Trading is an A customer', { type: 'tier', customer: 'ACME Trading', tier: 'A' }],
    ['/tier ACME C', { type: 'tier', customer: 'ACME', tier: 'C' }],
  ])('%s', (text, intent) => {
    expect(parseIntent(text)).toEqual(intent);
  });

  it.each([
    ['今天电话跟进了ACME，下周一再联系', { type: 'follow_up', channel: 'phone' }],
    ['昨天微信联系了张总', { type: 'follow_up', channel: 'wechat' }],
    ['Called ACME today, follow up next Monday', { type: 'follow_up', customer: 'ACME', channel: 'phone' }],
    ['Visited ACME Trading yesterday', { type: 'follow_up', customer: 'ACME Trading', channel: 'visit' }],
  ])('%s', (text, intent) => {
    expect(parseIntent(text)).toEqual(intent);
  });

  it.each([
    ['/subscribe ACME', { type: 'subscribe', on: true, target: 'ACME' }],
    ['/unsubscribe delivery_date', { type: 'subscribe', on: false, target: 'delivery_date' }],
    ['订阅 ACME', { type: 'subscribe', on: true, target: 'ACME' }],
    ['取消订阅 交货期', { type: 'subscribe', on: false, target: '交货期' }],
    ['/subscribe', { type: 'subscriptions' }],
  ])('%s', (text, intent) => {
    expect(parseIntent(text)).toEqual(intent);
  });
});

describe('parseIntent: not a command', () => {
  it.each([
    ['ACME wants 5000 pcs by Dec 10'],
    ['我们要中性包装'],
    ['张总 2026-11-18 10:02\n你好，我们要5000个'],
    ['ACME 交货期12月10日'],
    ['hello'],
  ])('%s → undefined', (text) => {
    expect(parseIntent(text)).toBeUndefined();
  });
});
