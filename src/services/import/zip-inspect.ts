// Look inside an .xlsx (a zip) before anything decompresses it: the central directory lists
// every entry with its declared sizes, so a zip bomb (a 1 MB upload that inflates to GBs) is
// refused from its table of contents. Declared sizes can lie; the worker's memory limit and
// time budget (sheet-reader.ts) catch a liar.
import { SheetLimitError } from './sheet.js';

export interface ZipLimits {
  maxUncompressedBytes: number;
  maxSharedStringsBytes: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const MAX_ENTRIES = 10_000;

export function inspectXlsxZip(bytes: Uint8Array, limits: ZipLimits): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 + 65535 bytes (after an optional comment).
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return; // not a zip we can read: ExcelJS will say so, within the worker's limits
  const entries = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  if (entries > MAX_ENTRIES)
    throw new SheetLimitError(`the file has ${entries} parts (at most ${MAX_ENTRIES})`, 'parts');
  let total = 0;
  for (let n = 0; n < entries && at + 46 <= buf.length; n++) {
    if (buf.readUInt32LE(at) !== CENTRAL) break;
    const uncompressed = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    // ZIP64 marks sizes it cannot fit in 32 bits with 0xFFFFFFFF: far beyond any limit here.
    const size = uncompressed === 0xffffffff ? Number.MAX_SAFE_INTEGER : uncompressed;
    if (/sharedStrings\.xml$/i.test(name) && size > limits.maxSharedStringsBytes) {
      throw new SheetLimitError(
        `its shared strings unpack to ${mb(size)} (at most ${mb(limits.maxSharedStringsBytes)})`,
        'shared strings',
      );
    }
    total += size;
    if (total > limits.maxUncompressedBytes) {
      throw new SheetLimitError(
        `it unpacks to more than ${mb(limits.maxUncompressedBytes)} (IMPORT_MAX_UNCOMPRESSED_MB)`,
        'decompressed size',
      );
    }
    at += 46 + nameLength + extra + comment;
  }
}

function mb(n: number): string {
  return n >= Number.MAX_SAFE_INTEGER ? 'more than 4 GB' : `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
}
