// Encodings a forwarded export arrives in, and the `extract` command's answer for each.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../../../src/cli/extract.js';
import { decodeTranscript } from '../../../../src/extract/parse/decode.js';

const chat = '张三 2026-11-16 09:12:33\n我们要500个，12月20号前交货\nLily 2026-11-16 09:15:02\n好的\n';

describe('decodeTranscript', () => {
  it.each([
    ['UTF-8', Buffer.from(chat, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(chat, 'utf8')]), 'utf-8'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(chat, 'utf16le')]), 'utf-16le'],
    [
      'UTF-16 BE with BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(chat, 'utf16le').swap16()]),
      'utf-16be',
    ],
    ['GB18030', iconv.encode(chat, 'gb18030'), 'gb18030'],
  ])('%s', (_name, bytes, encoding) => {
    const d = decodeTranscript(bytes);
    expect(d).toEqual({ ok: true, text: chat, encoding });
  });

  it('refuses binary data', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3,
    ]);
    expect(decodeTranscript(png).ok).toBe(false);
    expect(decodeTranscript(Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919) % 256))).ok).toBe(false);
  });
});

describe('baton extract on encoded files', () => {
  let dir: string;
  const out: string[] = [];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'baton-decode-'));
    writeFileSync(join(dir, 'u16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(chat, 'utf16le')]));
    writeFileSync(join(dir, 'gb.txt'), iconv.encode(chat, 'gb18030'));
    writeFileSync(
      join(dir, 'bin.dat'),
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x08, 0, 0xff, 0xfe, 0x00, 0x01]),
    );
    vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
      out.push(String(s));
      return true;
    });
  });
  afterAll(() => vi.restoreAllMocks());

  it('reads UTF-16 and GB18030, and gives an error line and exit 1 for a binary file', async () => {
    const files = ['u16.txt', 'gb.txt', 'bin.dat'].map((f) => join(dir, f));
    const code = await run(['--llm', 'off', '--now', '2026-11-22T10:00:00+08:00', '--rep', 'Lily', ...files]);
    expect(code).toBe(1);
    const lines = out
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    for (const l of lines.slice(0, 2)) {
      expect(l).toMatchObject({ format: 'wechat-copy', messages: 2 });
      expect(JSON.stringify(l.needs)).toContain('"quantity"');
    }
    expect(lines[2]).toEqual({ file: files[2], error: 'not a text transcript (binary data)' });
  });
});
