// A fake WeCom API on 127.0.0.1 speaking WeCom's JSON: gettoken, message/send, webhook/send, an
// AI bot response_url (aibot/response?response_code=…; see responseUrl()), media/get (the file
// itself, or a JSON errcode), and plain file URLs as AI bot image callbacks carry them (fileUrl()).
// Tokens are real state (issued, expired, unknown), and each endpoint can be scripted to answer
// an errcode, an HTTP status, or to hang, so the client's retry rules are tested over real HTTP.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveFile, type FakeFile } from './serve-file.js';

export type { FakeFile } from './serve-file.js';

export type Endpoint = 'gettoken' | 'message/send' | 'webhook/send' | 'aibot/response' | 'media/get';
export type Scripted = { errcode: number; errmsg?: string } | { status: number; body?: string } | { hang: true };

export interface RecordedCall {
  endpoint: Endpoint;
  query: Record<string, string>;
  body: Record<string, unknown> | undefined;
}

export interface FakeWecomOptions {
  corpId: string;
  secret: string;
  /** expires_in returned by gettoken, seconds (WeCom: 7200). */
  expiresIn?: number;
  /** Robot keys that exist. */
  robotKeys?: string[];
}

export interface FakeWecom {
  url: string;
  calls: RecordedCall[];
  count(endpoint: Endpoint): number;
  /** Queue answers for the next calls to an endpoint (consumed in order, then back to normal). */
  script(endpoint: Endpoint, ...answers: Scripted[]): void;
  /** A response_url as an AI bot callback carries it. */
  responseUrl(code: string): string;
  /** Serve `file` for media/get?media_id=`mediaId` (a valid token required, as WeCom does). */
  putMedia(mediaId: string, file: FakeFile): void;
  /** Serve `file` at fileUrl(name), no token (an AI bot image URL). */
  putFile(name: string, file: FakeFile): void;
  fileUrl(name: string): string;
  /** How many times fileUrl(name) was fetched. */
  fileHits(name: string): number;
  /** Every token issued so far now answers 42001, as after WeCom's 2 h expiry. */
  expireTokens(): void;
  close(): Promise<void>;
}

export async function startFakeWecom(opts: FakeWecomOptions): Promise<FakeWecom> {
  const calls: RecordedCall[] = [];
  const scripts = new Map<Endpoint, Scripted[]>();
  const live = new Set<string>();
  const expired = new Set<string>();
  let issued = 0;
  let msgSeq = 0;
  const media = new Map<string, FakeFile>();
  const files = new Map<string, FakeFile>();
  const hits = new Map<string, number>();

  const reply = (res: ServerResponse, json: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
    res.end(JSON.stringify(json));
  };

  function normal(
    endpoint: Endpoint,
    query: Record<string, string>,
    body: Record<string, unknown> | undefined,
  ): unknown {
    if (endpoint === 'gettoken') {
      if (query['corpid'] !== opts.corpId) return { errcode: 40013, errmsg: 'invalid corpid' };
      if (query['corpsecret'] !== opts.secret) return { errcode: 40001, errmsg: 'invalid credential' };
      const token = `tok-${++issued}`;
      live.add(token);
      return { errcode: 0, errmsg: 'ok', access_token: token, expires_in: opts.expiresIn ?? 7200 };
    }
    if (endpoint === 'message/send') {
      const token = query['access_token'] ?? '';
      if (expired.has(token)) return { errcode: 42001, errmsg: 'access_token expired' };
      if (!live.has(token)) return { errcode: 40014, errmsg: 'invalid access_token' };
      if (!body || typeof body['touser'] !== 'string' || typeof body['agentid'] !== 'number') {
        return { errcode: 40003, errmsg: 'invalid userid' };
      }
      const content = (body[body['msgtype'] as string] as { content?: string } | undefined)?.content ?? '';
      if (Buffer.byteLength(content) > 2048 && body['msgtype'] === 'text')
        return { errcode: 45002, errmsg: 'content size out of limit' };
      return { errcode: 0, errmsg: 'ok', invaliduser: '', msgid: `msg-${++msgSeq}` };
    }
    if (endpoint === 'aibot/response') return { errcode: 0, errmsg: 'ok' };
    if (!(opts.robotKeys ?? []).includes(query['key'] ?? '')) return { errcode: 93000, errmsg: 'invalid webhook url' };
    return { errcode: 0, errmsg: 'ok' };
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    if (url.pathname.startsWith('/files/')) {
      const name = decodeURIComponent(url.pathname.slice('/files/'.length));
      hits.set(name, (hits.get(name) ?? 0) + 1);
      const file = files.get(name);
      // COS answers an expired or unknown object with 403/404 and an XML body.
      if (!file) res.writeHead(404, { 'content-type': 'application/xml' }).end('<Error><Code>NoSuchKey</Code></Error>');
      else serveFile(res, file);
      return;
    }
    const endpoint = url.pathname.replace(/^\/cgi-bin\//, '') as Endpoint;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (!['gettoken', 'message/send', 'webhook/send', 'aibot/response', 'media/get'].includes(endpoint)) {
        res.writeHead(404).end();
        return;
      }
      const query = Object.fromEntries(url.searchParams);
      const raw = Buffer.concat(chunks).toString('utf8');
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
      calls.push({ endpoint, query, body });
      const next = scripts.get(endpoint)?.shift();
      if (next && 'hang' in next) return; // never answer; closed by close()
      if (next && 'status' in next) {
        res.writeHead(next.status, { 'content-type': 'text/html' }).end(next.body ?? '<html>bad gateway</html>');
        return;
      }
      if (next) return reply(res, { errcode: next.errcode, errmsg: next.errmsg ?? 'scripted' });
      if (endpoint === 'media/get') {
        const token = query['access_token'] ?? '';
        if (expired.has(token)) return reply(res, { errcode: 42001, errmsg: 'access_token expired' });
        if (!live.has(token)) return reply(res, { errcode: 40014, errmsg: 'invalid access_token' });
        const file = media.get(query['media_id'] ?? '');
        if (!file) return reply(res, { errcode: 40007, errmsg: 'invalid media_id' });
        return serveFile(res, file);
      }
      reply(res, normal(endpoint, query, body));
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    count: (endpoint) => calls.filter((c) => c.endpoint === endpoint).length,
    script: (endpoint, ...answers) => scripts.set(endpoint, [...(scripts.get(endpoint) ?? []), ...answers]),
    responseUrl: (code) => `http://127.0.0.1:${port}/cgi-bin/aibot/response?response_code=${encodeURIComponent(code)}`,
    putMedia: (mediaId, file) => void media.set(mediaId, file),
    putFile: (name, file) => void files.set(name, file),
    fileUrl: (name) => `http://127.0.0.1:${port}/files/${encodeURIComponent(name)}`,
    fileHits: (name) => hits.get(name) ?? 0,
    expireTokens: () => {
      for (const t of live) expired.add(t);
      live.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
