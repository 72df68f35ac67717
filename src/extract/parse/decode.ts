// Transcript bytes → text. Exports arrive as UTF-8 (with or without BOM),
// UTF-16 LE/BE with BOM (Windows "Unicode" saves), or GB18030/GBK (Chinese
// Windows Notepad, older WeChat PC exports). Anything else that is not text
// is refused rather than read as one garbled message.
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type Decoded = { ok: true; text: string; encoding: TextEncoding } | { ok: false; error: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

function controlShare(s: string): number {
  let bad = 0;
  const n = Math.min(s.length, 65_536);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) bad++;
  }
  return n === 0 ? 0 : bad / n;
}

/** UTF-16 without a BOM still shows itself by NULs in every other byte of ASCII text. */
function utf16WithoutBom(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(b.length - (b.length % 2), 4096);
  if (n < 8) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  if (oddNul > half * 0.4 && evenNul < half * 0.05) return 'utf-16le';
  if (evenNul > half * 0.4 && oddNul < half * 0.05) return 'utf-16be';
  return undefined;
}

const BINARY = 'not a text transcript (binary data)';

export function decodeTranscript(bytes: Uint8Array): Decoded {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
    return checked(new TextDecoder('utf-8').decode(b.subarray(3)), 'utf-8');
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe)
    return checked(new TextDecoder('utf-16le').decode(b.subarray(2)), 'utf-16le');
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff)
    return checked(new TextDecoder('utf-16be').decode(b.subarray(2)), 'utf-16be');
  const u16 = utf16WithoutBom(b);
  if (u16) return checked(new TextDecoder(u16).decode(b), u16);
  // a NUL byte never occurs in UTF-8 or GB18030 text
  if (b.subarray(0, 65_536).includes(0)) return { ok: false, error: BINARY };
  try {
    return checked(utf8.decode(b), 'utf-8');
  } catch {
    // not valid UTF-8: Chinese Windows text is GB18030 (a superset of GBK and GB2312)
    return checked(iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), 'gb18030'), 'gb18030');
  }
}

function checked(text: string, encoding: TextEncoding): Decoded {
  return controlShare(text) > 0.05 ? { ok: false, error: BINARY } : { ok: true, text, encoding };
}
