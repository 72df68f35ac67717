// The console's `image` field (issue 19): base64 of a PNG or JPEG. Refused before anything is
// stored: not base64 or not a PNG/JPEG by its magic bytes → 400, larger than the limit → 413.
import { InputError } from '../../core/errors.js';
import { decodeBase64Image, sniffImage } from '../../core/image-info.js';

const tooLarge = (bytes: number, maxBytes: number) => {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new InputError(
    413,
    'image_too_large',
    `image: ${mb(bytes)} MB is larger than the ${mb(maxBytes)} MB a screenshot may have`,
  );
};

export function decodeConsoleImage(base64: string, maxBytes: number): { data: Buffer; mime: string } {
  // A far oversized picture is refused from its base64 length, before tens of megabytes are decoded
  // and copied for nothing. The margin covers a data: prefix and line breaks (76-column base64 adds
  // under 3 %); a picture near the limit is measured exactly after decoding.
  const upperBound = Math.floor((base64.length * 3) / 4);
  if (upperBound > maxBytes * 1.05 + 1024) throw tooLarge(upperBound, maxBytes);
  const data = decodeBase64Image(base64);
  if (!data) throw new InputError(400, 'bad_image', 'image: not valid base64 (send the PNG or JPEG file as base64)');
  if (data.length > maxBytes) throw tooLarge(data.length, maxBytes);
  const info = sniffImage(data);
  if (!info) throw new InputError(400, 'bad_image', 'image: not a PNG or JPEG (its first bytes are neither)');
  return { data, mime: info.mime };
}

/** The body limit of the messages route: the largest image as base64, plus room for the rest. */
export function consoleBodyLimit(maxBytes: number): number {
  return Math.ceil(maxBytes / 3) * 4 + 1024 * 1024;
}
