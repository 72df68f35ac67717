// Look inside an .xlsx (a zip) before anything decompresses it: the central directory lists
// every entry with its declared sizes, so a zip bomb (a 1 MB upload that inflates to GBs) is
// refused from its table of contents. Declared sizes can lie: zip-inflate-limit.ts then
// inflates every entry as a stream and stops at the first byte past what it declared.
//
// The directory is read the way JSZip (ExcelJS's unzipper) reads it — same end record, same
// shift for bytes prepended to the archive, same local headers — and anything it cannot read
// is refused, so no entry reaches ExcelJS without having been checked here.
import { SheetError, SheetLimitError } from './sheet.js';

export interface ZipLimits {
  maxUncompressedBytes: number;
  maxSharedStringsBytes: number;
}

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate (the only two JSZip reads). */
  method: number;
  compressedSize: number;
  /** The decompressed size the directory declares (may lie). */
  declaredSize: number;
  /** Where the compressed bytes start in the upload. */
  dataStart: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const MAX_ENTRIES = 10_000;
const U32_MAX = 0xffffffff;

const unreadable = (why: string) => new SheetError(`not a readable .xlsx file (${why})`);

/** Every entry of the zip's central directory; throws SheetError for anything malformed. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // JSZip takes the last end-of-directory signature in the file; a valid one sits in the last
  // 22 + 65535 bytes (a comment may follow it). One anywhere else is refused.
  let eocd = -1;
  for (let i = buf.length - 4; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0 || eocd + 22 > buf.length) throw unreadable('no zip directory at its end');
  const records = buf.readUInt16LE(eocd + 10);
  const dirSize = buf.readUInt32LE(eocd + 12);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  // A ZIP64 end record is for archives beyond 4 GB or 65535 parts: never an upload we take.
  if ([4, 6, 8, 10].some((o) => buf.readUInt16LE(eocd + o) === 0xffff) || dirSize === U32_MAX || dirOffset === U32_MAX)
    throw unreadable('ZIP64 archives are not taken');
  if (records > MAX_ENTRIES)
    throw new SheetLimitError(`the file has ${records} parts (at most ${MAX_ENTRIES})`, 'parts');
  // Bytes before the directory that it does not account for are taken as prepended to the
  // archive: every offset shifts by them (JSZip's rule, followed exactly).
  const shift = eocd - (dirOffset + dirSize);
  if (shift < 0) throw unreadable('its directory is cut short');
  const entries: ZipEntry[] = [];
  // JSZip reads entries for as long as the signature repeats, whatever the end record counts.
  for (let at = dirOffset + shift; signatureAt(buf, at, CENTRAL);) {
    if (entries.length >= MAX_ENTRIES)
      throw new SheetLimitError(`the file has more than ${MAX_ENTRIES} parts`, 'parts');
    if (at + 46 > buf.length) throw unreadable('its directory is cut short');
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    let compressedSize = buf.readUInt32LE(at + 20);
    let declaredSize = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    let localOffset = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    if (at + 46 + nameLength + extraLength + commentLength > buf.length) throw unreadable('its directory is cut short');
    if (flags & 1) throw unreadable(`${name} is encrypted`);
    if (method !== 0 && method !== 8) throw unreadable(`${name} uses compression method ${method}`);
    // ZIP64 keeps sizes that do not fit in 32 bits in an extra field, in this order.
    const zip64 = zip64Field(buf.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), name);
    if (zip64) {
      let p = 0;
      const next = () => {
        if (p + 8 > zip64.length) throw unreadable(`${name} has a damaged ZIP64 field`);
        const v = Number(zip64.readBigUInt64LE(p));
        p += 8;
        return v;
      };
      if (declaredSize === U32_MAX) declaredSize = next();
      if (compressedSize === U32_MAX) compressedSize = next();
      if (localOffset === U32_MAX) localOffset = next();
    }
    const local = localOffset + shift;
    if (!signatureAt(buf, local, LOCAL) || local + 30 > buf.length) throw unreadable(`${name} has no local header`);
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (dataStart + compressedSize > buf.length) throw unreadable(`${name} is cut short`);
    entries.push({ name, method, compressedSize, declaredSize, dataStart });
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (records > 0 && entries.length === 0) throw unreadable('its directory is misplaced');
  return entries;
}

/** Refuse a zip whose table of contents declares too much; returns its entries for the inflate check. */
export function inspectXlsxZip(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const entries = readZipDirectory(bytes);
  let total = 0;
  for (const e of entries) {
    if (isSharedStrings(e.name) && e.declaredSize > limits.maxSharedStringsBytes) {
      throw new SheetLimitError(
        `its shared strings unpack to ${mb(e.declaredSize)} (at most ${mb(limits.maxSharedStringsBytes)}, IMPORT_MAX_SHARED_STRINGS_MB)`,
        'shared strings',
      );
    }
    total += e.declaredSize;
    if (total > limits.maxUncompressedBytes) throw tooBig(limits);
  }
  return entries;
}

export function isSharedStrings(name: string): boolean {
  return /sharedStrings\.xml$/i.test(name);
}

export function tooBig(limits: ZipLimits): SheetLimitError {
  return new SheetLimitError(
    `it unpacks to more than ${mb(limits.maxUncompressedBytes)} (IMPORT_MAX_UNCOMPRESSED_MB)`,
    'decompressed size',
  );
}

function signatureAt(buf: Buffer, at: number, signature: number): boolean {
  return at >= 0 && at + 4 <= buf.length && buf.readUInt32LE(at) === signature;
}

/**
 * The ZIP64 field among an entry's extra fields (the last one wins, as in JSZip). Extra fields
 * must fill their area exactly: JSZip reads a field that overruns it into the bytes after, and
 * would then see a different directory than this check did.
 */
function zip64Field(extra: Buffer, name: string): Buffer | undefined {
  let found: Buffer | undefined;
  let p = 0;
  while (p + 4 < extra.length) {
    const size = extra.readUInt16LE(p + 2);
    if (extra.readUInt16LE(p) === ZIP64_EXTRA) found = extra.subarray(p + 4, p + 4 + size);
    p += 4 + size;
  }
  if (p !== extra.length) throw unreadable(`${name} has damaged extra fields`);
  return found;
}

function mb(n: number): string {
  return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
}
