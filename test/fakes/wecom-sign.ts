// Produce callbacks exactly as WeCom does (AES-256-CBC via @wecom/crypto, msg_signature over the
// ciphertext), so tests and the end-to-end server tests can send real signed requests.
import { createCipheriv, randomBytes } from 'node:crypto';
import { encrypt, getSignature } from '@wecom/crypto';

export interface SignInput {
  token: string;
  aesKey: string;
  /** The receive id sealed in the ciphertext: the CorpID for a self-built app, '' for an AI bot. */
  corpId: string;
  timestamp: string | number;
  nonce: string;
  /** Fixed 16 random bytes make the ciphertext reproducible; default fresh random. */
  random?: Buffer;
}

export interface SignedCallback {
  /** Query parameters for the POST (msg_signature, timestamp, nonce). */
  query: Record<string, string>;
  /** The POST body as WeCom sends it. */
  body: string;
  /** The ciphertext inside the body. */
  encrypt: string;
}

function seal(input: SignInput, plaintext: string) {
  const encrypted = encrypt(input.aesKey, plaintext, input.corpId, input.random ?? randomBytes(16));
  const timestamp = String(input.timestamp);
  const query = {
    msg_signature: getSignature(input.token, timestamp, input.nonce, encrypted),
    timestamp,
    nonce: input.nonce,
  };
  return { encrypted, query };
}

/** A self-built app POST callback: <xml><ToUserName/><Encrypt/><AgentID/></xml>. */
export function signedWecomCallback(input: SignInput & { xml: string; agentId?: string }): SignedCallback {
  const { encrypted, query } = seal(input, input.xml);
  const body =
    `<xml><ToUserName><![CDATA[${input.corpId}]]></ToUserName>` +
    `<Encrypt><![CDATA[${encrypted}]]></Encrypt>` +
    `<AgentID><![CDATA[${input.agentId ?? '1000002'}]]></AgentID></xml>`;
  return { query, body, encrypt: encrypted };
}

/** A GET URL verification: the query carries the encrypted echostr; the expected answer is `plaintext`. */
export function signedWecomVerification(input: SignInput & { plaintext: string }): { query: Record<string, string> } {
  const { encrypted, query } = seal(input, input.plaintext);
  return { query: { ...query, echostr: encrypted } };
}

/** An AI bot (智能机器人) POST callback: JSON {"encrypt": "..."}; the receive id is ''. */
export function signedAibotCallback(input: Omit<SignInput, 'corpId'> & { json: unknown }): SignedCallback {
  const { encrypted, query } = seal({ ...input, corpId: '' }, JSON.stringify(input.json));
  return { query, body: JSON.stringify({ encrypt: encrypted }), encrypt: encrypted };
}

/** A WeCom text message as the app callback delivers it (before encryption). */
export function wecomTextXml(m: {
  corpId: string;
  from: string;
  content: string;
  msgId: string;
  createTime: number;
  agentId?: string;
}): string {
  return (
    `<xml><ToUserName><![CDATA[${m.corpId}]]></ToUserName><FromUserName><![CDATA[${m.from}]]></FromUserName>` +
    `<CreateTime>${m.createTime}</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
    `<Content><![CDATA[${m.content}]]></Content><MsgId>${m.msgId}</MsgId><AgentID>${m.agentId ?? '1000002'}</AgentID></xml>`
  );
}

/** A decrypted self-built app image message as WeCom documents it (PicUrl, MediaId, MsgId). */
export function wecomImageXml(m: {
  corpId: string;
  from: string;
  mediaId: string;
  picUrl: string;
  msgId: string;
  createTime: number;
  agentId?: string;
}): string {
  return (
    `<xml><ToUserName><![CDATA[${m.corpId}]]></ToUserName><FromUserName><![CDATA[${m.from}]]></FromUserName>` +
    `<CreateTime>${m.createTime}</CreateTime><MsgType><![CDATA[image]]></MsgType>` +
    `<PicUrl><![CDATA[${m.picUrl}]]></PicUrl><MediaId><![CDATA[${m.mediaId}]]></MediaId>` +
    `<MsgId>${m.msgId}</MsgId><AgentID>${m.agentId ?? '1000002'}</AgentID></xml>`
  );
}

/**
 * Seal a file as WeCom does for AI bot media: AES-256-CBC, key = base64 decode of `base64Key`
 * (an EncodingAESKey or a per-image aeskey), IV = key[0..16), PKCS#7 padding to a multiple of 32.
 * Written from the protocol description, independently of the adapter's decryption.
 */
export function sealAibotFile(plain: Buffer, base64Key: string): Buffer {
  const padded = base64Key + '='.repeat((4 - (base64Key.length % 4)) % 4);
  const key = Buffer.from(padded, 'base64');
  const pad = 32 - (plain.length % 32);
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])), cipher.final()]);
}
