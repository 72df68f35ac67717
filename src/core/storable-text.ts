// Postgres refuses U+0000 in text and `\u0000` (or a lone surrogate escape) in jsonb, so a
// stranger's NUL used to turn into a 500 on every retry. The pure text side of that guard:
// storableText() strips what cannot be stored, storableJson() keeps a raw payload losslessly
// (as jsonb when Postgres accepts it, else as { "$encoding": "base64", "data": … } of its JSON text).
// The kysely plugin that applies storableText to every parameter is src/db/storable-text.ts.

// NUL, the 66 Unicode non-characters (U+FDD0..U+FDEF, U+xFFFE/U+xFFFF of every plane), and lone surrogates.
const UNSTORABLE =
  /\u0000|[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with NUL, non-characters and lone surrogates removed (what Postgres can store and show). */
export function storableText(s: string): string {
  return s.replace(UNSTORABLE, '');
}

/** Whether storableText would change it (cheap check first). */
export function hasUnstorable(s: string): boolean {
  UNSTORABLE.lastIndex = 0;
  const found = UNSTORABLE.test(s);
  UNSTORABLE.lastIndex = 0;
  return found;
}

export const RAW_BASE64 = 'base64';

/** JSON text for a jsonb column that Postgres accepts, keeping every byte of the payload. */
export function storableJson(value: unknown): string {
  const json = JSON.stringify(value ?? null);
  // JSON.stringify escapes NUL as \u0000 and lone surrogates as \udXXX; jsonb refuses both.
  if (!/\\u0000|\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])|(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f][0-9a-f]{2}/i.test(json))
    return json;
  return JSON.stringify({ $encoding: RAW_BASE64, data: Buffer.from(json, 'utf8').toString('base64') });
}

/** The payload storableJson() kept, decoded back. */
export function readStoredJson(stored: unknown): unknown {
  const s = stored as { $encoding?: unknown; data?: unknown } | null;
  if (s && typeof s === 'object' && s.$encoding === RAW_BASE64 && typeof s.data === 'string') {
    return JSON.parse(Buffer.from(s.data, 'base64').toString('utf8')) as unknown;
  }
  return stored;
}

/** A JSON-like value with storableText applied to every string in it. */
export function storableDeep<T>(value: T): T {
  if (typeof value === 'string') return storableText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => storableDeep(v)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [storableText(k), storableDeep(v)])) as T;
  }
  return value;
}
