// DingTalk's org chart for directory sync: an app token (POST /v1.0/oauth2/accessToken),
// then on oapi: topapi/v2/department/listsub from the root (dept 1) down, and
// topapi/v2/user/list per department, paged with cursor/size (100) until has_more is false.
// Invalid/expired tokens (40014, 42001, 88 with an access token sub-error) are refreshed
// once; rate limits (90018) and "busy" (-1) are retried; anything else stops the sync.
import { z } from 'zod';
import { DirectoryError, type DirectoryListing, type DirectorySource } from '../../src/core/directory.js';

export interface DingtalkDirectoryConfig {
  appKey: string;
  appSecret: string;
  apiBase: string;
  oapiBase: string;
}

const Token = z.object({ accessToken: z.string(), expireIn: z.number() });
const Base = z.object({ errcode: z.number(), errmsg: z.string().optional(), sub_code: z.string().optional() });
const Depts = Base.extend({
  result: z.array(z.object({ dept_id: z.number(), name: z.string(), parent_id: z.number().optional() })).optional(),
});
const UserPage = Base.extend({
  result: z
    .object({
      has_more: z.boolean(),
      next_cursor: z.number().optional(),
      list: z.array(
        z.object({
          userid: z.string(),
          name: z.string(),
          dept_id_list: z.array(z.number()).optional(),
          leader: z.boolean().optional(),
        }),
      ),
    })
    .optional(),
});

const HINTS: Record<number, string> = {
  60011: 'the app may not read the org chart: grant it 通讯录只读权限 (Contacts read) in the developer console',
  60020: "this server's IP is not in the app's whitelist",
  50004: "the department is outside the app's contact scope (通讯录权限范围): widen it to the whole organisation",
};

export function createDingtalkDirectory(
  cfg: DingtalkDirectoryConfig,
  deps: { fetch?: typeof fetch; sleep?: (ms: number) => Promise<void> } = {},
): DirectorySource {
  const f = deps.fetch ?? fetch;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const api = cfg.apiBase.replace(/\/+$/, '');
  const oapi = cfg.oapiBase.replace(/\/+$/, '');
  let token: string | undefined;

  async function post(url: string, body: unknown): Promise<{ status: number; json: unknown }> {
    let res: Response;
    try {
      res = await f(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    } catch (err) {
      throw new DirectoryError(
        'dingtalk',
        `DingTalk unreachable: ${(err as Error).message}`,
        'check the network or DINGTALK_OAPI_BASE',
        { cause: err },
      );
    }
    return { status: res.status, json: await res.json().catch(() => undefined) };
  }

  async function fetchToken(): Promise<string> {
    const r = await post(`${api}/v1.0/oauth2/accessToken`, { appKey: cfg.appKey, appSecret: cfg.appSecret });
    const t = Token.safeParse(r.json);
    if (r.status !== 200 || !t.success) {
      const code = r.json as { code?: string; message?: string } | undefined;
      throw new DirectoryError(
        'dingtalk',
        `accessToken: HTTP ${r.status} ${code?.code ?? ''} ${code?.message ?? ''}`.trim(),
        'check DINGTALK_APP_KEY and DINGTALK_APP_SECRET',
      );
    }
    return (token = t.data.accessToken);
  }

  async function call<T extends z.ZodTypeAny>(path: string, body: unknown, schema: T): Promise<z.infer<T>> {
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      const tk = token ?? (await fetchToken());
      const r = await post(`${oapi}/topapi/${path}?access_token=${encodeURIComponent(tk)}`, body);
      const parsed = schema.safeParse(r.json);
      if (!parsed.success) throw new DirectoryError('dingtalk', `${path}: unexpected answer (HTTP ${r.status})`);
      const b = parsed.data as z.infer<typeof Base>;
      if (b.errcode === 0) return parsed.data as z.infer<T>;
      const tokenProblem =
        b.errcode === 40014 ||
        b.errcode === 42001 ||
        (b.errcode === 88 && /40014|42001|token/i.test(`${b.sub_code ?? ''} ${b.errmsg ?? ''}`));
      if (tokenProblem && !refreshed) {
        refreshed = true;
        token = undefined;
        continue;
      }
      if ((b.errcode === 90018 || b.errcode === -1) && attempt < 3) {
        await sleep(500 * 2 ** attempt);
        continue;
      }
      throw new DirectoryError('dingtalk', `${path}: ${b.errcode} ${b.errmsg ?? ''}`.trim(), HINTS[b.errcode]);
    }
  }

  return {
    platform: 'dingtalk',
    async list(): Promise<DirectoryListing> {
      const departments: DirectoryListing['departments'] = [{ id: '1', name: 'root', parentId: null, leaders: [] }];
      for (let i = 0; i < departments.length; i++) {
        const d = await call('v2/department/listsub', { dept_id: Number(departments[i]!.id) }, Depts);
        for (const x of d.result ?? [])
          departments.push({
            id: String(x.dept_id),
            name: x.name,
            parentId: String(x.parent_id ?? departments[i]!.id),
            leaders: [],
          });
      }
      const users = new Map<string, { externalId: string; name: string; departments: string[] }>();
      for (const dep of departments) {
        let cursor = 0;
        for (;;) {
          const page = await call('v2/user/list', { dept_id: Number(dep.id), cursor, size: 100 }, UserPage);
          const result = page.result;
          if (!result) break;
          for (const x of result.list) {
            const u = users.get(x.userid) ?? {
              externalId: x.userid,
              name: x.name,
              departments: (x.dept_id_list ?? []).map(String),
            };
            if (!u.departments.includes(dep.id)) u.departments.push(dep.id);
            users.set(x.userid, u);
            if (x.leader && !dep.leaders.includes(x.userid)) dep.leaders.push(x.userid);
          }
          if (!result.has_more || result.next_cursor === undefined) break;
          cursor = result.next_cursor;
        }
      }
      return { departments, users: [...users.values()] };
    },
  };
}
