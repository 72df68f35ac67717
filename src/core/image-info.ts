// What a picture's first bytes say (issue 19): PNG or JPEG by magic bytes, and the pixel size
// from the PNG header or the JPEG frame marker, without decoding. The console refuses anything
// else before it is stored, and the pipeline refuses an oversized picture before OCR sees it.

export type ImageMime = 'image/png' | 'image/jpeg';

export interface ImageInfo {
  mime: ImageMime;
  width?: number;
  height?: number;
}

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** PNG or JPEG by its magic bytes; undefined for anything else. */
export function sniffImage(data: Buffer): ImageInfo | undefined {
  if (data.length >= 24 && data.subarray(0, 8).equals(PNG_MAGIC)) {
    // IHDR is always the first chunk: width and height are its first two big-endian words.
    const ihdr = data.toString('latin1', 12, 16) === 'IHDR';
    return ihdr
      ? { mime: 'image/png', width: data.readUInt32BE(16), height: data.readUInt32BE(20) }
      : { mime: 'image/png' };
  }
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) {
    return { mime: 'image/jpeg', ...jpegSize(data) };
  }
  return undefined;
}

/** The size in a JPEG's first start-of-frame marker (SOF0–SOF15 except DHT, JPG and DAC). */
function jpegSize(data: Buffer): { width?: number; height?: number } {
  let i = 2;
  while (i + 9 < data.length) {
    if (data[i] !== 0xff) return {};
    const marker = data[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return {}; // end of image / start of scan: no frame header before it
    const len = data.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: data.readUInt16BE(i + 5), width: data.readUInt16BE(i + 7) };
    }
    i += 2 + len;
  }
  return {};
}

/** Strict base64 (optionally a data: URL): undefined when it is not base64 at all. */
export function decodeBase64Image(text: string): Buffer | undefined {
  const body = text.replace(/^data:image\/[a-z+.-]+;base64,/i, '').replace(/\s+/g, '');
  if (body.length === 0 || body.length % 4 !== 0) return undefined;
  // Checked by a round trip, not by a regex over the whole text: a screenshot is tens of millions of
  // characters, and a backtracking regex over that many can overflow V8's regexp stack (a 500, not a 400).
  const data = Buffer.from(body, 'base64');
  return data.toString('base64') === body ? data : undefined;
}
