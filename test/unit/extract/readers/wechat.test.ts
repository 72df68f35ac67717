// WeChat / WeCom readers: desktop copies in both header orders, 12-hour times,
// the PC exporter's `NAME (time):text`, name-on-its-own-line copies, merged forwards.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../../src/extract/extract-transcript.js';
import type { ExtractOptions } from '../../../../src/extract/types.js';

const opts = (reps: string[] = []): ExtractOptions => ({
  now: new Date('2026-11-22T10:00:00+08:00'),
  tz: 'Asia/Shanghai',
  reps,
});
const read = (text: string, reps: string[] = []) => parseTranscript(text, opts(reps));

describe('WeChat desktop copy', () => {
  it('LangChain’s sample dump: 12-hour times, sticker placeholder dropped', () => {
    const text = readFileSync(
      new URL('../../../fixtures/exports/wechat/langchain-desktop-copy-12h.txt', import.meta.url),
      'utf8',
    );
    const t = read(text);
    expect(t.format).toBe('wechat-copy');
    expect(t.messages.map((m) => m.speaker)).toEqual(['女朋友', '男朋友', '女朋友', '男朋友']);
    expect(t.messages.map((m) => m.at)).toEqual([
      '2023-09-16T14:51:00+08:00',
      '2023-09-16T14:51:00+08:00',
      '2023-09-16T15:06:00+08:00',
      '2023-09-16T15:06:00+08:00',
    ]);
    expect(t.messages[3]!.text).toBe('今天只干成了一件像样的事\n那就是想你');
  });

  it('Tom 2026-01-15 2:30 PM and 下午 times', () => {
    const t = read('Tom 2026-01-15 2:30 PM\nwe need 500 pcs\n张三 2026-01-15 下午2:35\n好的');
    expect(t.messages.map((m) => [m.speaker, m.at])).toEqual([
      ['Tom', '2026-01-15T14:30:00+08:00'],
      ['张三', '2026-01-15T14:35:00+08:00'],
    ]);
  });

  it('the PC exporter layout NAME (YYYY-MM-DD HH:MM:SS):text', () => {
    const t = read(
      '张三 (2026-01-15 14:30:12):我们要500个\n蓝色的\nLily (2026-01-15 14:31:02):好的\n张三 (2026-01-15 14:32:40):[图片]',
    );
    expect(t.format).toBe('wechat-copy');
    expect(t.messages.map((m) => [m.speaker, m.text, m.at])).toEqual([
      ['张三', '我们要500个\n蓝色的', '2026-01-15T14:30:12+08:00'],
      ['Lily', '好的', '2026-01-15T14:31:02+08:00'],
    ]);
  });

  it('placeholders and recall notices are not messages', () => {
    const t = read(
      '张三 2026-01-15 14:30\n[语音]\n张三 2026-01-15 14:31\n"张三" 撤回了一条消息\n张三 2026-01-15 14:32\n[表情]\n要红色\n李四 2026-01-15 14:33\n[链接]',
    );
    expect(t.messages.map((m) => m.text)).toEqual(['要红色']);
  });

  it('name on its own line, then the message lines (PC copy without times)', () => {
    const t = read('王总\n我们要3000套\n下个月底交货\nLily\n好的王总\n王总\n价格能不能再低一点\nLily\n我问一下', [
      'Lily',
    ]);
    expect(t.format).toBe('wechat-copy');
    expect(t.messages.map((m) => [m.speaker, m.role])).toEqual([
      ['王总', 'customer'],
      ['Lily', 'rep'],
      ['王总', 'customer'],
      ['Lily', 'rep'],
    ]);
    expect(t.messages[0]!.text).toBe('我们要3000套\n下个月底交货');
  });
});

describe('merged forward (合并转发)', () => {
  it('the title names the participants and the header lines are not text', () => {
    const t = read(
      '张三和Lily的聊天记录\n—————  以下为聊天记录  —————\n张三 2026-01-15 14:30\n我们要500个\nLily 2026-01-15 14:31\n好的',
      ['Lily'],
    );
    expect(t.format).toBe('wechat-copy');
    expect(t.participants).toEqual(['张三', 'Lily']);
    expect(t.messages.map((m) => m.text)).toEqual(['我们要500个', '好的']);
  });

  it('a date line, then NAME HH:MM headers', () => {
    const t = read('群聊的聊天记录\n—————  2026-01-15  —————\n张三 14:30\n我们要500个\nLily 14:31\n好的');
    expect(t.messages.map((m) => [m.speaker, m.at])).toEqual([
      ['张三', '2026-01-15T14:30:00+08:00'],
      ['Lily', '2026-01-15T14:31:00+08:00'],
    ]);
  });

  it('keeps plain text plain', () => {
    const t = read('以下为聊天记录\n你好，我们想订一批水杯，大概两千个');
    expect(t.format).toBe('plain');
    expect(t.messages[0]!.text).toBe('你好，我们想订一批水杯，大概两千个');
  });
});

describe('name on its own line with placeholder runs', () => {
  it('[图片] lines are not sender names', () => {
    const t = parseTranscript(
      '张师傅\n今天看了\n[图片]\n[图片]\n李老板\n严重吗？\n张师傅\n要换小吊杆\n李老板\n好',
      opts(),
    );
    expect(t.format).toBe('wechat-copy');
    expect(t.messages.map((m) => [m.speaker, m.text])).toEqual([
      ['张师傅', '今天看了'],
      ['李老板', '严重吗？'],
      ['张师傅', '要换小吊杆'],
      ['李老板', '好'],
    ]);
  });
});
