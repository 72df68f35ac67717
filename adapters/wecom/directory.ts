// WeCom contacts for directory sync: gettoken → department/list → user/simplelist per
// department (https://developer.work.weixin.qq.com/document/path/90208 and /90200).
// An expired or invalid token (42001, 40014) is refreshed once; "system busy" (-1) and
// frequency limits (45009) are retried a few times; anything else stops the sync,
// because a partial listing would mark people "left" who have not left.
import { z } from 'zod';
import { DirectoryError, type DirectoryListing, type DirectorySource } from '../../src/core/directory.js';

export interface WecomDirectoryConfig {
  corpId: string;
  secret: string;
  apiBase: string;
}

const Base = z.object({ errcode: z.number(), errmsg: z.string().optional() });
const Token = Base.extend({ access_token: z.string().optional(), expires_in: z.number().optional() });
const Departments = Base.extend({
  department: z
    .array(
      z.object({
        id: z.number(),
        name: z.string(),
        parentid: z.number().optional(),
        department_leader: z.array(z.string()).optional(),
      }),
    )
    .optional(),
});
const Users = Base.extend({
  userlist: z
    .array(z.object({ userid: z.string(), name: z.string(), department: z.array(z.number()).optional() }))
    .optional(),
});

const HINTS: Record<number, string> = {
  40001: 'WECOM_SECRET is wrong: use the Secret of the self-built app (应用管理 → the app → Secret)',
  40013: 'WECOM_CORP_ID is wrong (我的企业 → 企业ID)',
  48009:
    'this secret may not read members: give the app contact visibility (应用管理 → 可见范围) or use the app secret, not the 通讯录同步 secret',
  60011: 'the app cannot see these departments: widen its 可见范围 (visibility) to the whole organisation',
  60020: "this server's IP is not trusted: add it under the app's 企业可信IP",
};

export function createWecomDirectory(
  cfg: WecomDirectoryConfig,
  deps: { fetch?: typeof fetch; sleep?: (ms: number) => Promise<void> } = {},
): DirectorySource {
  const f = deps.fetch ?? fetch;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const base = cfg.apiBase.replace(/\/+$/, '');
  let token: string | undefined;

  async function getJson(url: string): Promise<unknown> {
    let res: Response;
    try {
      res = await f(url);
    } catch (err) {
      throw new DirectoryError(
        'wecom',
        `WeCom unreachable: ${(err as Error).message}`,
        'check the network or WECOM_API_BASE',
        { cause: err },
      );
    }
    if (!res.ok) throw new DirectoryError('wecom', `WeCom answered HTTP ${res.status}`);
    return res.json();
  }

  async function fetchToken(): Promise<string> {
    const t = Token.parse(
      await getJson(
        `${base}/cgi-bin/gettoken?corpid=${encodeURIComponent(cfg.corpId)}&corpsecret=${encodeURIComponent(cfg.secret)}`,
      ),
    );
    if (t.errcode !== 0 || !t.access_token)
      throw new DirectoryError('wecom', `gettoken: ${t.errcode} ${t.errmsg ?? ''}`.trim(), HINTS[t.errcode]);
    return (token = t.access_token);
  }

  async function call<T extends z.ZodTypeAny>(
    path: string,
    query: Record<string, string>,
    schema: T,
  ): Promise<z.infer<T>> {
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      const tk = token ?? (await fetchToken());
      const qs = new URLSearchParams({ access_token: tk, ...query }).toString();
      const body = schema.parse(await getJson(`${base}/cgi-bin/${path}?${qs}`)) as z.infer<typeof Base>;
      if (body.errcode === 0) return body as z.infer<T>;
      if ((body.errcode === 42001 || body.errcode === 40014) && !refreshed) {
        refreshed = true;
        token = undefined;
        continue;
      }
      if ((body.errcode === -1 || body.errcode === 45009) && attempt < 3) {
        await sleep(500 * 2 ** attempt);
        continue;
      }
      throw new DirectoryError('wecom', `${path}: ${body.errcode} ${body.errmsg ?? ''}`.trim(), HINTS[body.errcode]);
    }
  }

  return {
    platform: 'wecom',
    async list(): Promise<DirectoryListing> {
      const d = await call('department/list', {}, Departments);
      const departments = (d.department ?? []).map((x) => ({
        id: String(x.id),
        name: x.name,
        parentId: x.parentid ? String(x.parentid) : null,
        leaders: x.department_leader ?? [],
      }));
      const users = new Map<string, { externalId: string; name: string; departments: string[] }>();
      for (const dep of departments) {
        const u = await call('user/simplelist', { department_id: dep.id }, Users);
        for (const x of u.userlist ?? []) {
          const seen = users.get(x.userid) ?? {
            externalId: x.userid,
            name: x.name,
            departments: (x.department ?? []).map(String),
          };
          if (!seen.departments.includes(dep.id)) seen.departments.push(dep.id);
          users.set(x.userid, seen);
        }
      }
      return { departments, users: [...users.values()] };
    },
  };
}
