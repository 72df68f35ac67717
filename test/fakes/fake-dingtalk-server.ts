// A fake DingTalk on 127.0.0.1 speaking the JSON of the parts Baton uses:
// - api.dingtalk.com: POST /v1.0/oauth2/accessToken, /v1.0/robot/oToMessages/batchSend,
//   /v1.0/robot/groupMessages/send (header x-acs-dingtalk-access-token; errors { code, message, requestid });
// - oapi.dingtalk.com: POST /robot/sendBySession?session=… and /robot/send?access_token=…&timestamp=…&sign=…
//   (answers { errcode, errmsg }).
// - the robot's message files: POST /v1.0/robot/messageFiles/download { downloadCode, robotCode }
//   → { downloadUrl }, and GET of that pre-signed URL (no token) → the file (putFile()).
// Tests script failures with queue(path, reply) and revoke tokens with revokeTokens().
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signDingtalk } from './dingtalk-sign.js';
import { serveFile, type FakeFile } from './serve-file.js';

export interface ScriptedReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Hold the answer this long (timeouts). */
  delayMs?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export interface FakeDingtalk {
  baseUrl: string;
  requests: RecordedRequest[];
  tokensIssued: string[];
  sessionWebhookUrl(session: string): string;
  groupRobotUrl(accessToken: string): string;
  /** The next request to `path` gets `reply` instead of the normal answer (FIFO per path). */
  queue(path: string, reply: ScriptedReply): void;
  /** A file a robot received: messageFiles/download gives its URL for `downloadCode` and `robotCode`. */
  putFile(downloadCode: string, file: FakeFile, robotCode?: string): void;
  /** Every token issued so far is refused from now on (as after expiry). */
  revokeTokens(): void;
  to(path: string): RecordedRequest[];
  close(): Promise<void>;
}

export async function startFakeDingtalk(opts: {
  appKey: string;
  appSecret: string;
  expireIn?: number;
  groupRobotToken?: string;
  groupRobotSecret?: string;
  /** DingTalk's clock, for the signature's freshness (tests pass the same fixed clock they sign with). */
  now: () => number;
}): Promise<FakeDingtalk> {
  const requests: RecordedRequest[] = [];
  const tokensIssued: string[] = [];
  const revoked = new Set<string>();
  const scripted = new Map<string, ScriptedReply[]>();
  let seq = 0;
  const files = new Map<string, { file: FakeFile; robotCode: string; path: string }>();
  const byPath = new Map<string, FakeFile>();

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json;charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  };
  const apiError = (res: ServerResponse, status: number, code: string, message: string) =>
    json(res, status, { code, message, requestid: `req-${++seq}` });

  function tokenOk(req: IncomingMessage): boolean {
    const t = req.headers['x-acs-dingtalk-access-token'];
    return typeof t === 'string' && tokensIssued.includes(t) && !revoked.has(t);
  }

  function validRobotBody(b: Record<string, unknown>): boolean {
    if (typeof b.robotCode !== 'string' || typeof b.msgKey !== 'string' || typeof b.msgParam !== 'string') return false;
    try {
      JSON.parse(b.msgParam);
      return ['sampleText', 'sampleMarkdown'].includes(b.msgKey);
    } catch {
      return false;
    }
  }

  function answer(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    query: Record<string, string>,
    body: unknown,
  ) {
    const b = (body ?? {}) as Record<string, unknown>;
    switch (path) {
      case '/v1.0/oauth2/accessToken': {
        if (b.appKey !== opts.appKey || b.appSecret !== opts.appSecret) {
          return apiError(res, 400, 'invalidClientIdOrSecret', '无效的clientId或者clientSecret');
        }
        const token = `tok-${tokensIssued.length + 1}`;
        tokensIssued.push(token);
        return json(res, 200, { accessToken: token, expireIn: opts.expireIn ?? 7200 });
      }
      case '/v1.0/robot/oToMessages/batchSend':
      case '/v1.0/robot/groupMessages/send': {
        if (!tokenOk(req)) return apiError(res, 401, 'InvalidAuthentication', '不合法的access_token');
        if (!validRobotBody(b)) return apiError(res, 400, 'invalidParameter', 'robotCode, msgKey or msgParam is wrong');
        if (path.endsWith('groupMessages/send')) {
          if (typeof b.openConversationId !== 'string')
            return apiError(res, 400, 'invalidParameter', 'openConversationId is required');
          return json(res, 200, { processQueryKey: `pqk-group-${++seq}` });
        }
        if (!Array.isArray(b.userIds) || b.userIds.length === 0)
          return apiError(res, 400, 'invalidParameter', 'userIds is required');
        return json(res, 200, {
          processQueryKey: `pqk-oto-${++seq}`,
          invalidStaffIdList: [],
          flowControlledStaffIdList: [],
        });
      }
      case '/v1.0/robot/messageFiles/download': {
        if (!tokenOk(req)) return apiError(res, 401, 'InvalidAuthentication', '不合法的access_token');
        if (typeof b.downloadCode !== 'string' || typeof b.robotCode !== 'string')
          return apiError(res, 400, 'MissingParameter', 'downloadCode and robotCode are required');
        const entry = files.get(b.downloadCode);
        if (!entry || entry.robotCode !== b.robotCode)
          return apiError(res, 400, 'invalidParameter.downloadCode', 'downloadCode有误或已过期');
        return json(res, 200, { downloadUrl: `http://${req.headers.host}${entry.path}` });
      }
      case '/robot/sendBySession':
        if (!query.session) return json(res, 200, { errcode: 300001, errmsg: 'session is missing' });
        return json(res, 200, { errcode: 0, errmsg: 'ok' });
      case '/robot/send': {
        if (query.access_token !== (opts.groupRobotToken ?? 'group-robot-token')) {
          return json(res, 200, { errcode: 300001, errmsg: 'token is not exist' });
        }
        if (opts.groupRobotSecret) {
          const ts = Number(query.timestamp);
          const expected = signDingtalk(opts.groupRobotSecret, ts).sign;
          if (!query.timestamp || Math.abs(opts.now() - ts) > 3_600_000 || query.sign !== expected) {
            return json(res, 200, { errcode: 310000, errmsg: 'sign not match' });
          }
        }
        return json(res, 200, { errcode: 0, errmsg: 'ok' });
      }
      default:
        return apiError(res, 404, 'notFound', `no such path ${path}`);
    }
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
      const query = Object.fromEntries(url.searchParams.entries());
      const file = req.method === 'GET' ? byPath.get(url.pathname) : undefined;
      if (file) {
        requests.push({ method: 'GET', path: url.pathname, query, headers: req.headers, body: undefined });
        // Scripted answers for the file itself are queued under '/files'.
        const scriptedFile = scripted.get('/files')?.shift();
        if (scriptedFile) {
          res.writeHead(scriptedFile.status, { 'content-type': 'application/xml' }).end('<Error/>');
          return;
        }
        return serveFile(res, file, { 'content-disposition': 'attachment; filename="image.file"' });
      }
      requests.push({ method: req.method ?? '', path: url.pathname, query, headers: req.headers, body });
      const next = scripted.get(url.pathname)?.shift();
      if (next) {
        const reply = () => {
          if (res.destroyed) return;
          res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers });
          res.end(next.body === undefined ? '' : typeof next.body === 'string' ? next.body : JSON.stringify(next.body));
        };
        if (next.delayMs) setTimeout(reply, next.delayMs).unref();
        else reply();
        return;
      }
      answer(req, res, url.pathname, query, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  return {
    baseUrl,
    requests,
    tokensIssued,
    sessionWebhookUrl: (session) => `${baseUrl}/robot/sendBySession?session=${encodeURIComponent(session)}`,
    groupRobotUrl: (token) => `${baseUrl}/robot/send?access_token=${encodeURIComponent(token)}`,
    queue(path, reply) {
      const list = scripted.get(path) ?? [];
      list.push(reply);
      scripted.set(path, list);
    },
    putFile(downloadCode, file, robotCode = opts.appKey) {
      const path = `/files/${++seq}/${encodeURIComponent(downloadCode.slice(0, 8))}`;
      files.set(downloadCode, { file, robotCode, path });
      byPath.set(path, file);
    },
    revokeTokens() {
      for (const t of tokensIssued) revoked.add(t);
    },
    to: (path) => requests.filter((r) => r.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
