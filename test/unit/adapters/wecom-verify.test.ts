import { createCipheriv } from 'node:crypto';
import { decrypt, encrypt } from '@wecom/crypto';
import { describe, expect, it } from 'vitest';
import { checkFreshness, openEnvelope, verifySignature } from '../../../adapters/wecom/verify.js';
import { WebhookAuthError, WebhookPayloadError } from '../../../src/core/errors.js';
import { OFFICIAL_A, OFFICIAL_B } from '../../fixtures/wecom/official-samples.js';

const KEY = OFFICIAL_A.encodingAesKey;
const CORP = OFFICIAL_A.corpId;
const RANDOM = Buffer.from('0123456789abcdef');

/** Seal random|len|msg|id with an arbitrary padding, to test what we accept beyond @wecom/crypto's own output. */
function sealRaw(msg: Buffer, id: string, pad: Buffer): string {
  const key = Buffer.from(`${KEY}=`, 'base64');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(msg.length, 0);
  const plain = Buffer.concat([RANDOM, len, msg, Buffer.from(id), pad]);
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(plain), cipher.final()]).toString('base64');
}
const pkcs7 = (contentLength: number, block: number) => {
  const n = block - (contentLength % block);
  return Buffer.alloc(n, n);
};

describe('wecom verify: PKCS#7 padding to 32 bytes', () => {
  // 20 bytes of header + 18 bytes of corp id: message lengths chosen so the sealed content
  // lands exactly on, just before and just after a multiple of 32.
  const header = 20 + Buffer.byteLength(CORP);
  const lengths = [0, 1, 31, 32, 33, 64 - header - 1, 64 - header, 64 - header + 1, 96 - header, 2048, 2048 - header];

  it.each(lengths)('round-trips a %i-byte message sealed by @wecom/crypto', (n) => {
    const msg = 'x'.repeat(n);
    const sealed = encrypt(KEY, msg, CORP, RANDOM);
    const sealedLength = Buffer.from(sealed, 'base64').length;
    expect(sealedLength % 32).toBe(0);
    // PKCS#7 always pads: content already on a 32-byte boundary gets a whole block of 32s.
    const content = header + n;
    expect(sealedLength).toBe(content % 32 === 0 ? content + 32 : Math.ceil(content / 32) * 32);
    expect(openEnvelope(KEY, sealed, CORP)).toBe(msg);
  });

  it('counts bytes, not characters, for multi-byte text on the boundary', () => {
    const msg = '需'.repeat(Math.floor((96 - header) / 3)) + 'ab'.slice(0, (96 - header) % 3);
    expect((header + Buffer.byteLength(msg)) % 32).toBe(0);
    expect(openEnvelope(KEY, encrypt(KEY, msg, CORP, RANDOM), CORP)).toBe(msg);
  });

  it('also opens a sender that padded to 16-byte blocks (the PKCS#7 the AES block size suggests)', () => {
    const msg = Buffer.from('hello sixteen');
    const sealed = sealRaw(msg, CORP, pkcs7(header + msg.length, 16));
    expect(openEnvelope(KEY, sealed, CORP)).toBe('hello sixteen');
  });

  it('refuses padding that @wecom/crypto would silently keep (pad byte 0 or > 32)', () => {
    const msg = Buffer.from('y'.repeat(44 - header + 32)); // content = 76 → 4 pad bytes to 80
    for (const bad of [Buffer.alloc(4, 0), Buffer.alloc(4, 33), Buffer.from([4, 4, 4, 200])]) {
      const sealed = sealRaw(msg, CORP, bad);
      expect(() => decrypt(KEY, sealed)).not.toThrow(); // the library does not notice
      expect(() => openEnvelope(KEY, sealed, CORP)).toThrow(WebhookAuthError);
    }
  });

  it('refuses a msg_len that points past the end', () => {
    const key = Buffer.from(`${KEY}=`, 'base64');
    const plain = Buffer.concat([RANDOM, Buffer.from([0, 0, 1, 0]), Buffer.from('short'), Buffer.from(CORP)]);
    const padded = Buffer.concat([plain, pkcs7(plain.length, 32)]);
    const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
    cipher.setAutoPadding(false);
    const sealed = Buffer.concat([cipher.update(padded), cipher.final()]).toString('base64');
    expect(() => openEnvelope(KEY, sealed, CORP)).toThrow(WebhookAuthError);
  });

  it('refuses ciphertexts that are not base64 or not whole AES blocks', () => {
    expect(() => openEnvelope(KEY, 'not base64!', CORP)).toThrow(WebhookPayloadError);
    expect(() => openEnvelope(KEY, Buffer.alloc(40).toString('base64'), CORP)).toThrow(WebhookPayloadError);
    expect(() => openEnvelope(KEY, Buffer.alloc(16).toString('base64'), CORP)).toThrow(WebhookPayloadError);
  });
});

describe('wecom verify: signatures and freshness', () => {
  it('verifies the official JSON-format vector (signature over the Encrypt field)', () => {
    const j = OFFICIAL_B.json;
    const q = { msgSignature: j.msgSignature, timestamp: j.timestamp, nonce: j.nonce };
    expect(() => verifySignature(OFFICIAL_B.token, q, j.encrypt)).not.toThrow();
    expect(openEnvelope(OFFICIAL_B.encodingAesKey, j.encrypt, OFFICIAL_B.corpId)).toMatch(
      /^\{ "ToUserName": "wx5823bf96d3bd56c7"/,
    );
    expect(() => verifySignature(OFFICIAL_A.token, q, j.encrypt)).toThrow(WebhookAuthError);
  });

  it('accepts an upper-case hex signature, refuses a truncated one', () => {
    const v = OFFICIAL_A.verify;
    const q = { msgSignature: v.msgSignature.toUpperCase(), timestamp: v.timestamp, nonce: v.nonce };
    expect(() => verifySignature(OFFICIAL_A.token, q, v.echostr)).not.toThrow();
    expect(() =>
      verifySignature(OFFICIAL_A.token, { ...q, msgSignature: v.msgSignature.slice(0, 39) }, v.echostr),
    ).toThrow(WebhookAuthError);
  });

  it('refuses timestamps that are not plain seconds', () => {
    for (const ts of ['', '1e9', '-1', '1409659813.5', '0x10']) {
      expect(() => checkFreshness(ts, 1409659813000)).toThrow(WebhookAuthError);
    }
    expect(() => checkFreshness('1409659813', 1409659813000)).not.toThrow();
  });
});
