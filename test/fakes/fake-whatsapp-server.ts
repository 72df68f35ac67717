// A fake Graph API on 127.0.0.1 for the WhatsApp Cloud API send endpoint:
// POST /{version}/{phone-number-id}/messages with a Bearer token → { messaging_product, contacts, messages: [{ id }] },
// errors as { error: { message, type, code, error_data, fbtrace_id } }.
// Tests script failures per call with queue(reply).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

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
  let seq = 0;

  const server = createServer((req, res) => {
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
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
