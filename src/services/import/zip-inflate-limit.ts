// The check that does not trust the table of contents: inflate every entry of an .xlsx as a
// stream, count the bytes and stop at the first one past what the entry declared (a liar) or
// past the upload's decompressed limit. The bytes are counted and dropped, never kept, and
// zlib inflates on libuv's thread pool, so the main thread only sees a callback per 256 KB and
// a bomb costs milliseconds and kilobytes: a liar declaring 1 KB is stopped after 1 KB.
// Only what passes reaches ExcelJS (in the worker), which then inflates the same bytes.
import { createInflateRaw } from 'node:zlib';
import { SheetError, SheetLimitError } from './sheet.js';
import { isSharedStrings, tooBig, type ZipEntry, type ZipLimits } from './zip-inspect.js';

const CHUNK = 256 * 1024;

export async function checkInflatedSizes(bytes: Uint8Array, entries: ZipEntry[], limits: ZipLimits): Promise<void> {
  let total = 0;
  for (const e of entries) {
    const compressed = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
    const size = e.method === 0 ? compressed.length : await inflatedSize(compressed, e, limits, total);
    if (size > e.declaredSize) throw liar(e);
    total += size;
    if (total > limits.maxUncompressedBytes) throw tooBig(limits);
    if (isSharedStrings(e.name) && size > limits.maxSharedStringsBytes)
      throw new SheetLimitError(
        'its shared strings unpack to more than IMPORT_MAX_SHARED_STRINGS_MB',
        'shared strings',
      );
  }
}

/** Bytes `compressed` inflates to, stopping early once that is more than the entry may have. */
function inflatedSize(compressed: Uint8Array, e: ZipEntry, limits: ZipLimits, before: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: CHUNK });
    let size = 0;
    let done = false;
    const stop = (err: Error | undefined) => {
      if (done) return;
      done = true;
      inflate.destroy();
      if (err) reject(err);
      else resolve(size);
    };
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > e.declaredSize) stop(liar(e));
      else if (before + size > limits.maxUncompressedBytes) stop(tooBig(limits));
    });
    inflate.on('end', () => stop(undefined));
    inflate.on('error', (err) => stop(new SheetError(`not a readable .xlsx file (${e.name}: ${err.message})`)));
    inflate.end(compressed);
  });
}

function liar(e: ZipEntry): SheetLimitError {
  return new SheetLimitError(
    `${e.name} unpacks to more than the ${e.declaredSize} bytes its zip directory declares`,
    'declared size',
  );
}
