// Fake WeCom contacts and DingTalk org-chart APIs on 127.0.0.1, speaking their real
// JSON: WeCom gettoken / department/list / user/simplelist (errcode in a 200 body,
// tokens that expire with 42001); DingTalk POST /v1.0/oauth2/accessToken, then
// topapi/v2/department/listsub and topapi/v2/user/list paged by cursor/size (at most 100;
// more is refused as an invalid parameter). The directory is mutable, and any endpoint can
// be scripted to answer an errcode once.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeDept {
  id: number;
  name: string;
  parent: number | null;
  leaders?: string[];
}
export interface FakeUser {
  userid: string;
  name: string;
  depts: number[];
}
export interface FakeDirectory {
  depts: FakeDept[];
  users: FakeUser[];
}

export interface FakeDirectoryServer {
  url: string;
  dir: FakeDirectory;
  calls: { path: string; body: unknown; query: Record<string, string> }[];
  /** Next calls to this path answer these errcodes (consumed in order). */
  script(path: string, ...errcodes: { errcode: number; errmsg?: string }[]): void;
  expireTokens(): void;
  close(): Promise<void>;
}

async function serve(
  handler: (path: string, query: Record<string, string>, body: unknown) => { status?: number; json: unknown },
) {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const raw = Buffer.concat(chunks).toString('utf8');
      const body = raw ? (JSON.parse(raw) as unknown) : undefined;
      const out = handler(url.pathname, Object.fromEntries(url.searchParams), body);
      res
        .writeHead(out.status ?? 200, { 'content-type': 'application/json;charset=UTF-8' })
        .end(JSON.stringify(out.json));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function common(dir: FakeDirectory) {
  const calls: FakeDirectoryServer['calls'] = [];
  const scripts = new Map<string, { errcode: number; errmsg?: string }[]>();
  const live = new Set<string>();
  const expired = new Set<string>();
  let issued = 0;
  return {
    calls,
    scripts,
    live,
    expired,
    issue: () => {
      const t = `tok-${++issued}`;
      live.add(t);
      return t;
    },
    scripted: (path: string) => scripts.get(path)?.shift(),
    api: (url: string, server: import('node:http').Server): FakeDirectoryServer => ({
      url,
      dir,
      calls,
      script: (path, ...answers) => scripts.set(path, [...(scripts.get(path) ?? []), ...answers]),
      expireTokens: () => {
        for (const t of live) expired.add(t);
        live.clear();
      },
      close: () =>
        new Promise<void>((resolve, reject) => {
          server.closeAllConnections();
          server.close((e) => (e ? reject(e) : resolve()));
        }),
    }),
  };
}

export async function startFakeWecomDirectory(opts: {
  corpId: string;
  secret: string;
  dir: FakeDirectory;
}): Promise<FakeDirectoryServer> {
  const c = common(opts.dir);
  const { server, url } = await serve((path, query, body) => {
    c.calls.push({ path, body, query });
    const p = path.replace(/^\/cgi-bin\//, '');
    if (p === 'gettoken') {
      if (query['corpid'] !== opts.corpId) return { json: { errcode: 40013, errmsg: 'invalid corpid' } };
      if (query['corpsecret'] !== opts.secret) return { json: { errcode: 40001, errmsg: 'invalid credential' } };
      return { json: { errcode: 0, errmsg: 'ok', access_token: c.issue(), expires_in: 7200 } };
    }
    const tok = query['access_token'] ?? '';
    if (c.expired.has(tok)) return { json: { errcode: 42001, errmsg: 'access_token expired' } };
    if (!c.live.has(tok)) return { json: { errcode: 40014, errmsg: 'invalid access_token' } };
    const s = c.scripted(p);
    if (s) return { json: { errcode: s.errcode, errmsg: s.errmsg ?? 'scripted' } };
    if (p === 'department/list') {
      return {
        json: {
          errcode: 0,
          errmsg: 'ok',
          department: opts.dir.depts.map((d, i) => ({
            id: d.id,
            name: d.name,
            name_en: '',
            department_leader: d.leaders ?? [],
            parentid: d.parent ?? 0,
            order: 100000000 - i,
          })),
        },
      };
    }
    if (p === 'user/simplelist') {
      const dept = Number(query['department_id']);
      if (!opts.dir.depts.some((d) => d.id === dept))
        return { json: { errcode: 60003, errmsg: 'department not found' } };
      return {
        json: {
          errcode: 0,
          errmsg: 'ok',
          userlist: opts.dir.users
            .filter((u) => u.depts.includes(dept))
            .map((u) => ({ userid: u.userid, name: u.name, department: u.depts, open_userid: `wo${u.userid}` })),
        },
      };
    }
    return { status: 404, json: { errcode: 404, errmsg: 'no such api' } };
  });
  return c.api(url, server);
}

export async function startFakeDingtalkDirectory(opts: {
  appKey: string;
  appSecret: string;
  dir: FakeDirectory;
}): Promise<FakeDirectoryServer> {
  const c = common(opts.dir);
  const { server, url } = await serve((path, query, body) => {
    c.calls.push({ path, body, query });
    const b = (body ?? {}) as Record<string, unknown>;
    if (path === '/v1.0/oauth2/accessToken') {
      if (b['appKey'] !== opts.appKey || b['appSecret'] !== opts.appSecret) {
        return {
          status: 400,
          json: { code: 'invalidClientIdOrSecret', message: '无效的clientId或者clientSecret', requestid: 'r1' },
        };
      }
      return { json: { accessToken: c.issue(), expireIn: 7200 } };
    }
    const tok = query['access_token'] ?? '';
    if (c.expired.has(tok)) return { json: { errcode: 42001, errmsg: '不合法的access_token', request_id: 'r' } };
    if (!c.live.has(tok)) return { json: { errcode: 40014, errmsg: '不合法的access_token', request_id: 'r' } };
    const p = path.replace(/^\/topapi\//, '');
    const s = c.scripted(p);
    if (s) return { json: { errcode: s.errcode, errmsg: s.errmsg ?? 'scripted', request_id: 'r' } };
    if (p === 'v2/department/listsub') {
      const parent = Number(b['dept_id'] ?? 1);
      return {
        json: {
          errcode: 0,
          errmsg: 'ok',
          request_id: 'r',
          result: opts.dir.depts
            .filter((d) => (d.parent ?? 0) === parent && d.id !== 1)
            .map((d) => ({
              dept_id: d.id,
              name: d.name,
              parent_id: parent,
              auto_add_user: true,
              create_dept_group: true,
            })),
        },
      };
    }
    if (p === 'v2/user/list') {
      const dept = Number(b['dept_id']);
      const size = Number(b['size']);
      const cursor = Number(b['cursor'] ?? 0);
      if (!Number.isInteger(size) || size < 1 || size > 100)
        return { json: { errcode: 400002, errmsg: 'size 参数不合法', request_id: 'r' } };
      const all = opts.dir.users.filter((u) => u.depts.includes(dept));
      const page = all.slice(cursor, cursor + size);
      const more = cursor + size < all.length;
      const leaders = opts.dir.depts.find((d) => d.id === dept)?.leaders ?? [];
      return {
        json: {
          errcode: 0,
          errmsg: 'ok',
          request_id: 'r',
          result: {
            has_more: more,
            ...(more ? { next_cursor: cursor + size } : {}),
            list: page.map((u) => ({
              userid: u.userid,
              unionid: `union-${u.userid}`,
              name: u.name,
              dept_id_list: u.depts,
              leader: leaders.includes(u.userid),
              active: true,
              admin: false,
              boss: false,
            })),
          },
        },
      };
    }
    return { status: 404, json: { errcode: 404, errmsg: 'no such api' } };
  });
  return c.api(url, server);
}
