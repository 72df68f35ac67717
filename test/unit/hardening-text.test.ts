import { describe, expect, it } from 'vitest';
import { readStoredJson, storableDeep, storableJson, storableText } from '../../src/core/storable-text.js';
import { maskUrl } from '../../src/http/log-serializers.js';
import { epochMillis, epochSeconds } from '../../src/core/epoch.js';
import { nestingDepth } from '../../adapters/wecom/schema.js';

describe('storable text and JSON', () => {
  it('strips NUL, non-characters and lone surrogates but keeps real text and emoji', () => {
    expect(storableText('a\u0000b\uFFFE\uFFFF\uFDD0c\uD800d\uDC00e 😀 交期')).toBe('abcde 😀 交期');
    expect(storableDeep({ a: ['x\u0000'], b: { c: 'y\uFFFF' } })).toEqual({ a: ['x'], b: { c: 'y' } });
  });

  it('keeps a payload Postgres jsonb would refuse as base64 of its JSON, and reads it back exactly', () => {
    for (const raw of [{ text: 'a\u0000b' }, { s: '\uD800' }, ['\uDC00x']]) {
      const stored = storableJson(raw);
      expect(stored).not.toMatch(/\\u0000|\\ud[89a-f]/i);
      expect(readStoredJson(JSON.parse(stored))).toEqual(raw);
    }
    expect(storableJson({ ok: '😀' })).toBe('{"ok":"😀"}');
  });
});

describe('log serializers', () => {
  it('masks every secret query parameter and keeps the rest', () => {
    const url =
      '/x?token=abc&k=K1&hub.verify_token=V&hub.mode=subscribe&echostr=E&msg_signature=S&sign=G&q=ACME&timestamp=1';
    const masked = maskUrl(url);
    for (const secret of ['abc', 'K1', '=V', '=E', '=S', '=G']) expect(masked).not.toContain(secret);
    expect(masked).toContain('hub.mode=subscribe');
    expect(masked).toContain('q=ACME');
    expect(maskUrl('/web/login?%74oken=abc')).not.toContain('abc');
    expect(maskUrl('/plain')).toBe('/plain');
  });
});

describe('epoch validation', () => {
  it('accepts real platform times and refuses absurd ones', () => {
    expect(epochSeconds.parse('1732500000').toISOString()).toBe('2024-11-25T02:00:00.000Z');
    expect(epochMillis.parse(1732500000000).toISOString()).toBe('2024-11-25T02:00:00.000Z');
    for (const bad of ['99999999999999999999', '0', '', 'x', -1, 1e20])
      expect(epochSeconds.safeParse(bad).success, String(bad)).toBe(false);
  });
});

describe('xml depth', () => {
  it('counts element nesting and ignores CDATA contents', () => {
    expect(nestingDepth('<xml><a><b/></a></xml>')).toBe(2);
    expect(nestingDepth('<xml><c><![CDATA[<a><a><a><a><a>]]></c></xml>')).toBe(2);
    expect(nestingDepth(`${'<a>'.repeat(50)}${'</a>'.repeat(50)}`)).toBe(50);
  });
});
