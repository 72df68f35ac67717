// The zip checks before an .xlsx reaches ExcelJS: the table of contents read the way JSZip
// reads it (so a crafted directory cannot hide an entry), and the counting inflate that
// catches sizes the directory lies about.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SheetError, SheetLimitError } from '../../../src/services/import/sheet.js';
import { checkInflatedSizes } from '../../../src/services/import/zip-inflate-limit.js';
import { inspectXlsxZip, readZipDirectory } from '../../../src/services/import/zip-inspect.js';
import { zipBombXlsx } from '../../fakes/zip-bomb.js';

const MB = 1024 * 1024;
const limits = { maxUncompressedBytes: 8 * MB, maxSharedStringsBytes: 1 * MB };
const sample = readFileSync(join(import.meta.dirname, '../../../samples/customers.xlsx'));

const check = async (bytes: Buffer) => checkInflatedSizes(bytes, inspectXlsxZip(bytes, limits), limits);
const limitOf = async (p: Promise<unknown>) =>
  p.then(
    () => 'passed',
    (err: unknown) => (err instanceof SheetLimitError ? err.limit : err instanceof SheetError ? 'unreadable' : err),
  );

describe('zip limits', () => {
  it('passes an ordinary workbook, every entry inflated to the size it declares', async () => {
    const entries = readZipDirectory(sample);
    expect(entries.map((e) => e.name)).toContain('xl/workbook.xml');
    expect(await limitOf(check(sample))).toBe('passed');
  });

  it('refuses an honest bomb from its table of contents, before inflating anything', () => {
    expect(() => inspectXlsxZip(zipBombXlsx({ inflatedMb: 20 }), limits)).toThrow(/IMPORT_MAX_UNCOMPRESSED_MB/);
  });

  it('stops a bomb whose directory declares 1 KB at the first byte past it', async () => {
    const liar = zipBombXlsx({ inflatedMb: 20, lie: true });
    expect(() => inspectXlsxZip(liar, limits)).not.toThrow();
    expect(await limitOf(check(liar))).toBe('declared size');
  });

  it('stops a bomb that declares just under the limit once the limit is passed', async () => {
    const liar = zipBombXlsx({ inflatedMb: 20, lie: 7 * MB });
    expect(await limitOf(check(liar))).toBe('declared size');
    const inflatedUnderDeclared = zipBombXlsx({ inflatedMb: 20, lie: 30 * MB });
    expect(() => inspectXlsxZip(inflatedUnderDeclared, limits)).toThrow(/IMPORT_MAX_UNCOMPRESSED_MB/);
  });

  it('follows JSZip when bytes are prepended to the archive (every offset shifts)', async () => {
    const shifted = Buffer.concat([Buffer.alloc(100, 0x20), zipBombXlsx({ inflatedMb: 20 })]);
    expect(() => inspectXlsxZip(shifted, limits)).toThrow(/IMPORT_MAX_UNCOMPRESSED_MB/);
    const shiftedLiar = Buffer.concat([Buffer.alloc(100, 0x20), zipBombXlsx({ inflatedMb: 20, lie: true })]);
    expect(await limitOf(check(shiftedLiar))).toBe('declared size');
  });

  it('reads directory entries past the count in the end record, as JSZip does', () => {
    const bomb = zipBombXlsx({ inflatedMb: 20 });
    bomb.writeUInt16LE(1, bomb.length - 22 + 8);
    bomb.writeUInt16LE(1, bomb.length - 22 + 10);
    expect(readZipDirectory(bomb)).toHaveLength(5);
    expect(() => inspectXlsxZip(bomb, limits)).toThrow(/IMPORT_MAX_UNCOMPRESSED_MB/);
  });

  it('refuses what it cannot read instead of letting it through unchecked', async () => {
    expect(await limitOf(check(Buffer.from('PK not a zip at all')))).toBe('unreadable');
    const cut = zipBombXlsx({ inflatedMb: 1 });
    const truncated = Buffer.concat([cut.subarray(0, 2000), cut.subarray(cut.length - 300)]);
    expect(await limitOf(check(truncated))).toBe('unreadable');
  });
});
