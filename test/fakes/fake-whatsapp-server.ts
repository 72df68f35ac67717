// A fake Graph API on 127.0.0.1 for the WhatsApp Cloud API send endpoint:
// POST /{version}/{phone-number-id}/messages with a Bearer token → { messaging_product, contacts, messages: [{ id }] },
// errors as { error: { message, type, code, error_data, fbtrace_id } }; and media:
// GET /{version}/{media-id} → { messaging_product, url, mime_type, sha256 (hex), file_size, id }, then
// GET of that url (bearer token required, as lookaside.fbsbx.com does) → the file.
// Tests script failures per call with queue(reply) (sends) and queueMedia(reply) (media calls).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serveFile, type FakeFile } from './serve-file.js';

export interface ScriptedReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
}

export interface RecordedSend {
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

export interface FakeWhatsapp {
  /** Use as WHATSAPP_API_BASE (includes the version segment). */
  apiBase: string;
  sends: RecordedSend[];
  queue(reply: ScriptedReply): void;
  /** A media object: GET /{media-id} describes it (sha256 and file_size as given, else the true ones). */
  putMedia(id: string, file: FakeFile, info?: { sha256?: string; file_size?: number; mime_type?: string }): void;
  /** The next media call (info or file, in order) gets `reply` instead. */
  queueMedia(reply: ScriptedReply): void;
  /** Media requests seen: info and file GETs with their Authorization header. */
  mediaCalls: { path: string; authorization: string | undefined }[];
  close(): Promise<void>;
}

/** A Graph API error body with a WhatsApp error code, as Meta sends it. */
export function graphError(code: number, message: string, details?: string): unknown {
  return {
    error: {
      message,
      type: 'OAuthException',
      code,
      error_data: { messaging_product: 'whatsapp', details: details ?? message },
      fbtrace_id: 'Az8or2yhqkZfEZ-_4Qn_Bam',
    },
  };
}

export async function startFakeWhatsapp(opts: {
  accessToken: string;
  phoneNumberId: string;
  version?: string;
}): Promise<FakeWhatsapp> {
  const version = opts.version ?? 'v21.0';
  const sends: RecordedSend[] = [];
  const scripted: ScriptedReply[] = [];
  const mediaScripted: ScriptedReply[] = [];
  const media = new Map<
    string,
    { file: FakeFile; info: { sha256?: string; file_size?: number; mime_type?: string } }
  >();
  const mediaCalls: { path: string; authorization: string | undefined }[] = [];
  let seq = 0;

  function answerMedia(req: IncomingMessage, res: ServerResponse, path: string): void {
    const json = (status: number, body: unknown): void =>
      void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    mediaCalls.push({ path, authorization: req.headers.authorization });
    const next = mediaScripted.shift();
    if (next) {
      res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers });
      res.end(next.body === undefined ? '' : typeof next.body === 'string' ? next.body : JSON.stringify(next.body));
      return;
    }
    if (req.headers.authorization !== `Bearer ${opts.accessToken}`)
      return json(401, graphError(190, 'Error validating access token: Session has expired'));
    const fileId = path.startsWith('/media-download/')
      ? decodeURIComponent(path.slice('/media-download/'.length))
      : undefined;
    if (fileId !== undefined) {
      const m = media.get(fileId);
      if (!m) return void res.writeHead(404).end();
      return serveFile(res, m.file);
    }
    const id = decodeURIComponent(path.slice(`/${version}/`.length));
    const m = media.get(id);
    if (!m) return json(400, graphError(100, `(#100) Unsupported get request. Object with ID '${id}' does not exist`));
    const port = (server.address() as AddressInfo).port;
    return json(200, {
      messaging_product: 'whatsapp',
      url: `http://127.0.0.1:${port}/media-download/${encodeURIComponent(id)}`,
      mime_type: m.info.mime_type ?? m.file.contentType ?? 'image/jpeg',
      sha256: m.info.sha256 ?? createHash('sha256').update(m.file.body).digest('hex'),
      file_size: m.info.file_size ?? m.file.body.length + (m.file.fillerBytes ?? 0),
      id,
    });
  }

  const server = createServer((req, res) => {
    if (req.method === 'GET') {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      req.resume();
      return answerMedia(req, res, path);
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        if (res.destroyed) return;
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(typeof body === 'string' ? body : JSON.stringify(body));
      };
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        return send(400, graphError(100, '(#100) Invalid parameter'));
      }
      sends.push({ path, authorization: req.headers.authorization, body });
      const next = scripted.shift();
      if (next) {
        const reply = () => send(next.status, next.body ?? '', next.headers);
        if (next.delayMs) setTimeout(reply, next.delayMs).unref();
        else reply();
        return;
      }
      if (req.method !== 'POST' || path !== `/${version}/${opts.phoneNumberId}/messages`) {
        return send(400, graphError(100, `(#100) Unsupported post request. Object with ID does not exist`));
      }
      if (req.headers.authorization !== `Bearer ${opts.accessToken}`) {
        return send(401, graphError(190, 'Error validating access token: Session has expired'));
      }
      const text = body.text as { body?: unknown } | undefined;
      if (
        body.messaging_product !== 'whatsapp' ||
        body.type !== 'text' ||
        typeof text?.body !== 'string' ||
        typeof body.to !== 'string'
      ) {
        return send(400, graphError(100, '(#100) Invalid parameter'));
      }
      if (text.body.length > 4096)
        return send(400, graphError(100, '(#100) Param text[body] must be at most 4096 characters long.'));
      return send(200, {
        messaging_product: 'whatsapp',
        contacts: [{ input: body.to, wa_id: body.to }],
        messages: [{ id: `wamid.FAKE${String(++seq).padStart(6, '0')}` }],
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiBase: `http://127.0.0.1:${port}/${version}`,
    sends,
    queue: (reply) => void scripted.push(reply),
    putMedia: (id, file, info = {}) => void media.set(id, { file, info }),
    queueMedia: (reply) => void mediaScripted.push(reply),
    mediaCalls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
