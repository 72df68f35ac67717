import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../src/extract/extract-transcript.js';
import { matchReps } from '../../../src/extract/parse/roles.js';
import type { ExtractOptions } from '../../../src/extract/types.js';

const opts = (reps: string[] = []): ExtractOptions => ({
  now: new Date('2026-11-22T10:00:00+08:00'),
  tz: 'Asia/Shanghai',
  reps,
});

describe('format detection and parsing', () => {
  it('WeChat copy, name first, with seconds and multi-line messages', () => {
    const t = parseTranscript(
      '张总 2026-11-16 09:12:33\n你好\n第二行\n\nLily 2026-11-16 09:15:02\n可以的',
      opts(['Lily']),
    );
    expect(t.format).toBe('wechat-copy');
    expect(t.messages).toHaveLength(2);
    expect(t.messages[0]).toMatchObject({
      speaker: '张总',
      text: '你好\n第二行',
      at: '2026-11-16T09:12:33+08:00',
      role: 'customer',
    });
    expect(t.messages[1]!.role).toBe('rep');
  });

  it('WeChat copy, time first and slashed dates', () => {
    const a = parseTranscript('2026-11-17 15:40 马老板\n有货吗\n2026-11-17 15:42 小杨\n有的', opts(['小杨']));
    expect(a.format).toBe('wechat-copy');
    expect(a.messages[0]).toMatchObject({ speaker: '马老板', at: '2026-11-17T15:40:00+08:00' });
    const b = parseTranscript(
      'Ricardo Li 2026/10/21 21:05\n要两台\n周经理 Zhou 2026/10/21 21:10\n好的',
      opts(['周经理 Zhou']),
    );
    expect(b.format).toBe('wechat-copy');
    expect(b.messages[1]).toMatchObject({ speaker: '周经理 Zhou', role: 'rep', at: '2026-10-21T21:10:00+08:00' });
  });

  it('WhatsApp [D/M/YYYY, H:M:S] (iOS), skipping system and media lines', () => {
    const t = parseTranscript(
      '[10/11/2026, 15:01:58] Markus: \u200eMessages and calls are end-to-end encrypted.\n[10/11/2026, 15:02:11] Markus: Hello\nsecond line\n[10/11/2026, 15:22:18] Markus: \u200eimage omitted',
      opts(),
    );
    expect(t.format).toBe('whatsapp-export');
    expect(t.messages).toHaveLength(1);
    expect(t.messages[0]).toMatchObject({ text: 'Hello\nsecond line', at: '2026-11-10T15:02:11+08:00' });
  });

  it('WhatsApp M/D/YY with AM/PM (US) and D.M.YY (DE)', () => {
    const us = parseTranscript(
      '1/15/26, 2:30 PM - Jake: hi\n1/16/26, 12:05 AM - Amy: <Media omitted>\n1/16/26, 9:05 AM - Amy: ok',
      opts(),
    );
    expect(us.messages.map((m) => m.at)).toEqual(['2026-01-15T14:30:00+08:00', '2026-01-16T09:05:00+08:00']);
    const de = parseTranscript('03.11.26, 08:45 - Sabine: hello\n05.11.26, 16:31 - Coco: ok', opts());
    expect(de.format).toBe('whatsapp-export');
    expect(de.messages[1]!.at).toBe('2026-11-05T16:31:00+08:00');
  });

  it('WhatsApp day/month order follows the file, not the first line', () => {
    const t = parseTranscript('05/06/26, 10:00 - A: one\n25/06/26, 10:00 - B: two', opts());
    expect(t.messages[0]!.at!.slice(0, 10)).toBe('2026-06-05');
  });

  it('DingTalk copy: MM-DD stamps take the year of --now', () => {
    const t = parseTranscript('11-12 10:05\n陈经理: 你好\n李娜: 收到\n11-18 09:40\n陈经理: 改成120套', opts(['李娜']));
    expect(t.format).toBe('dingtalk-copy');
    expect(t.messages.map((m) => m.at)).toEqual([
      '2026-11-12T10:05:00+08:00',
      '2026-11-12T10:05:00+08:00',
      '2026-11-18T09:40:00+08:00',
    ]);
  });

  it('NAME: text lines with full-width colons, and plain text', () => {
    const t = parseTranscript('刘姐：小马，我们要订纸箱\n小马：好的刘姐\n刘姐：40*30*25cm', opts(['小马']));
    expect(t.format).toBe('lines');
    expect(t.messages.map((m) => m.role)).toEqual(['customer', 'rep', 'customer']);
    const p = parseTranscript('Good day Sir,\n\nWe want 3000 sets.\nPayment: 40% deposit.\n\nBest regards', opts());
    expect(p.format).toBe('plain');
    expect(p.messages).toHaveLength(1);
  });

  it('matches --rep loosely and falls back to content', () => {
    expect([...matchReps(['周经理 Zhou', 'Ricardo Li'], ['Zhou'])]).toEqual(['周经理 Zhou']);
    expect([...matchReps(['Kevin Zhang', 'Markus'], ['kevin zhang'])]).toEqual(['Kevin Zhang']);
    const t = parseTranscript(
      'Buyer: we need 500 pcs, can you quote?\nSeller: MOQ is 300 pcs, price is USD 2/pc',
      opts(),
    );
    expect(t.messages.map((m) => m.role)).toEqual(['customer', 'rep']);
  });
});
