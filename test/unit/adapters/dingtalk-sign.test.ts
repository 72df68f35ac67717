// The signing recipes, checked against values computed independently in the test.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dingtalkSignature, signGroupRobotUrl } from '../../../adapters/dingtalk/verify.js';
import { splitText } from '../../../src/core/split-text.js';

describe('dingtalk signatures', () => {
  it('computes base64(HMAC-SHA256(secret, timestamp + "\\n" + secret))', () => {
    const secret = 'SECabc123';
    const ts = 1_700_000_000_000;
    const expected = createHmac('sha256', secret).update(`${ts}\n${secret}`).digest('base64');
    expect(dingtalkSignature(secret, ts)).toBe(expected);
  });

  it('adds timestamp and url-encoded sign to a custom robot URL', () => {
    const secret = 'SEC0123456789abcdef';
    const ts = 1_700_000_000_123;
    const url = signGroupRobotUrl('https://oapi.dingtalk.com/robot/send?access_token=abc', secret, ts);
    const sign = createHmac('sha256', secret).update(`${ts}\n${secret}`).digest('base64');
    expect(url).toBe(
      `https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=${ts}&sign=${encodeURIComponent(sign)}`,
    );
  });

  it('leaves the URL alone when the robot has no secret', () => {
    expect(signGroupRobotUrl('https://oapi.dingtalk.com/robot/send?access_token=abc', undefined, 1)).toBe(
      'https://oapi.dingtalk.com/robot/send?access_token=abc',
    );
  });
});

describe('splitText', () => {
  it('keeps short texts whole', () => {
    expect(splitText('hello', 10)).toEqual(['hello']);
  });

  it('splits at line breaks within the byte limit and never cuts a character', () => {
    const line = '交货日期三月二十日'; // 9 chars × 3 bytes
    const text = Array.from({ length: 10 }, () => line).join('\n');
    const parts = splitText(text, 60);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(60);
    expect(parts.join('\n')).toBe(text);
  });

  it('hard-cuts a text without spaces', () => {
    const parts = splitText('x'.repeat(25), 10);
    expect(parts).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });
});
