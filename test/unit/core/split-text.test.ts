import { describe, expect, it } from 'vitest';
import { splitText, utf16Units } from '../../../src/core/split-text.js';

// WeCom and DingTalk measure in UTF-8 bytes (the default).
const splitUtf8 = (text: string, maxBytes: number) => splitText(text, maxBytes);

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('splitText by UTF-8 bytes', () => {
  it('leaves a text that fits alone, including the empty text', () => {
    expect(splitUtf8('短消息 short', 2048)).toEqual(['短消息 short']);
    expect(splitUtf8('', 2048)).toEqual(['']);
    const exact = 'a'.repeat(2048);
    expect(splitUtf8(exact, 2048)).toEqual([exact]);
  });

  it('never cuts a character: 3-byte Chinese and 4-byte emoji across the limit', () => {
    for (const unit of ['需', '📦', 'é']) {
      const text = unit.repeat(3000);
      const parts = splitUtf8(text, 2048);
      expect(parts.join('')).toBe(text);
      for (const p of parts) {
        expect(bytes(p)).toBeLessThanOrEqual(2048);
        expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p); // no replacement characters
      }
      expect(parts.length).toBe(Math.ceil(bytes(text) / (2048 - (2048 % bytes(unit)))));
    }
  });

  it('prefers line breaks, then spaces, and keeps order', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `第${i}行 line ${i}: 客户要求 logo 印在左上角`);
    const parts = splitUtf8(lines.join('\n'), 2048);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('\n')).toBe(lines.join('\n'));
    for (const p of parts) {
      expect(bytes(p)).toBeLessThanOrEqual(2048);
      expect(lines).toContain(p.split('\n').at(-1)); // each part ends on a whole line
    }
    const words = Array.from({ length: 600 }, (_, i) => `word${i}`).join(' ');
    const wparts = splitUtf8(words, 2048);
    expect(wparts.join(' ')).toBe(words);
    for (const p of wparts) expect(p).toMatch(/^word\d+( word\d+)*$/);
  });
});

describe('splitText by UTF-16 units (WhatsApp)', () => {
  it('counts code units and keeps surrogate pairs whole', () => {
    const text = '📦'.repeat(5); // 10 units
    const parts = splitText(text, 3, utf16Units);
    expect(parts).toEqual(['📦', '📦', '📦', '📦', '📦']);
    expect(splitText('ab cd', 5, utf16Units)).toEqual(['ab cd']);
  });

  it('drops the whitespace it cut at and blank parts', () => {
    expect(splitText('aaaa\n\n\n\nbbbb\n', 5, utf16Units)).toEqual(['aaaa', 'bbbb']);
  });

  it('refuses a limit below one character', () => {
    expect(() => splitText('需要', 2)).toThrow(RangeError);
  });
});
