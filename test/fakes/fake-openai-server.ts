// A fake OpenAI-compatible server: real HTTP on 127.0.0.1, so tests drive the
// real `openai` client end to end. Each test scripts how the next requests are
// answered and can inspect every request the server received.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

/** How to answer one request. */
export type FakeReply =
  | { kind: 'completion'; content: string | null; finishReason?: string }
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: 'hang' } // never answers: the client must time out
  | { kind: 'raw'; status: number; body: string };

export type ReplyScript = (req: ReceivedRequest, n: number) => FakeReply;

export interface FakeOpenAiServer {
  /** Base URL as LLM_BASE_URL expects it, e.g. http://127.0.0.1:4711/v1 */
  baseUrl: string;
  requests: ReceivedRequest[];
  /** Answer the next requests with fn (n counts from 0 since the last script call). */
  script(fn: ReplyScript): void;
  /** Forget the requests received so far. */
  reset(): void;
  close(): Promise<void>;
}

export function completionBody(model: string, content: string | null, finishReason = 'stop'): object {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [
      { index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: finishReason },
    ],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body);
}

export async function startFakeOpenAiServer(): Promise<FakeOpenAiServer> {
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  let scriptFn: ReplyScript = () => ({ kind: 'status', status: 500, body: { error: { message: 'no script' } } });
  let answered = 0;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        /* recorded as {} */
      }
      const received: ReceivedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      requests.push(received);
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        send(
          res,
          404,
          JSON.stringify({ error: { message: `no route ${req.method} ${req.url}`, type: 'invalid_request_error' } }),
        );
        return;
      }
      const reply = scriptFn(received, answered++);
      switch (reply.kind) {
        case 'completion':
          send(res, 200, JSON.stringify(completionBody(String(body.model), reply.content, reply.finishReason)));
          return;
        case 'status':
          send(
            res,
            reply.status,
            JSON.stringify(reply.body ?? { error: { message: `status ${reply.status}` } }),
            reply.headers,
          );
          return;
        case 'raw':
          send(res, reply.status, reply.body);
          return;
        case 'hang':
          return; // the socket is destroyed on close()
      }
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    script(fn) {
      scriptFn = fn;
      answered = 0;
    },
    reset() {
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A base URL on which nothing listens (connection refused): an outage. */
export async function closedPortBaseUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/v1`;
}
