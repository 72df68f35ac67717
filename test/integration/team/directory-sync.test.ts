// Directory sync against fake WeCom and DingTalk servers on 127.0.0.1 speaking their
// protocols: tokens (and their expiry), DingTalk's cursor paging, error codes; a user
// removed upstream becomes "left" and their supervisor is told to start the handover.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import {
  startFakeDingtalkDirectory,
  startFakeWecomDirectory,
  type FakeDirectoryServer,
} from '../../fakes/fake-directory-servers.js';
import { syncDirectory } from '../../../src/services/team/directory-sync.js';
import { directorySources } from '../../../src/directory-sources.js';
import { directorySyncJob } from '../../../src/jobs/directory-sync-job.js';
import { listRoster } from '../../../src/db/repositories/members.js';
import { DirectoryError, type DirectorySource } from '../../../src/core/directory.js';

const CORP = 'ww7e1c0000000000aa';
const NOW = new Date('2026-12-01T02:30:00+08:00');
let t: TestApp;
let wecom: FakeDirectoryServer;
let ding: FakeDirectoryServer;
let sources: DirectorySource[];
const src = (p: 'wecom' | 'dingtalk') => sources.find((s) => s.platform === p)!;
const db = () => t.app.db.db;
const member = async (id: string) => (await listRoster(db())).find((m) => m.id === id);

beforeAll(async () => {
  wecom = await startFakeWecomDirectory({
    corpId: CORP,
    secret: 'contacts-secret',
    dir: {
      depts: [
        { id: 1, name: '公司', parent: null, leaders: ['WangMin'] },
        { id: 2, name: '外贸部', parent: 1, leaders: ['ZhangWei'] },
      ],
      users: [
        { userid: 'WangMin', name: '王敏', depts: [1] },
        { userid: 'ZhangWei', name: '张伟', depts: [2] },
        { userid: 'LiLei', name: '李雷', depts: [2] },
        { userid: 'HanMeimei', name: '韩梅梅', depts: [2] },
      ],
    },
  });
  ding = await startFakeDingtalkDirectory({
    appKey: 'dingkey',
    appSecret: 'dingsecret',
    dir: {
      depts: [
        { id: 1, name: 'Company', parent: null, leaders: [] },
        { id: 57, name: 'Export', parent: 1, leaders: ['manager0'] },
      ],
      users: Array.from({ length: 120 }, (_, i) => ({ userid: `manager${i}`, name: `Staff ${i}`, depts: [57] })),
    },
  });
  t = await createTestApp({
    app: { seedDemo: false },
    workers: false,
    env: {
      WECOM_CORP_ID: CORP,
      WECOM_TOKEN: 'tok',
      WECOM_ENCODING_AES_KEY: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C',
      WECOM_AGENT_ID: '1000002',
      WECOM_SECRET: 'contacts-secret',
      WECOM_API_BASE: wecom.url,
      DINGTALK_APP_KEY: 'dingkey',
      DINGTALK_APP_SECRET: 'dingsecret',
      DINGTALK_API_BASE: ding.url,
      DINGTALK_OAPI_BASE: ding.url,
    },
  });
  sources = directorySources(t.app.deps.config);
});
afterAll(async () => {
  await t?.close();
  await wecom?.close();
  await ding?.close();
});

describe('WeCom directory sync', () => {
  it('makes each user a member with their WeCom identity, supervisors from department leaders', async () => {
    const r = await syncDirectory(t.app.deps.repos, src('wecom'), NOW);
    expect(r).toMatchObject({ platform: 'wecom', departments: 2, users: 4, left: [] });
    expect(r.created.sort()).toEqual(['hanmeimei', 'lilei', 'wangmin', 'zhangwei']);
    expect(await member('lilei')).toMatchObject({
      name: '李雷',
      role: 'rep',
      reportsTo: 'zhangwei',
      identities: expect.arrayContaining([{ platform: 'wecom', externalId: 'LiLei' }]),
    });
    expect(await member('zhangwei')).toMatchObject({ role: 'supervisor', reportsTo: 'wangmin' });
    expect(await member('wangmin')).toMatchObject({ role: 'supervisor', reportsTo: null });
    // The token was asked for once and reused for every call.
    expect(wecom.calls.filter((c) => c.path === '/cgi-bin/gettoken')).toHaveLength(1);
  });

  it('a second sync changes nothing and keeps local edits', async () => {
    await db().updateTable('team_members').set({ role: 'ops' }).where('id', '=', 'hanmeimei').execute();
    const r = await syncDirectory(t.app.deps.repos, src('wecom'), NOW);
    expect(r.created).toEqual([]);
    expect((await member('hanmeimei'))!.role).toBe('ops');
  });

  it('refreshes an expired token (42001) and retries "system busy" (-1)', async () => {
    wecom.expireTokens();
    wecom.script('user/simplelist', { errcode: -1, errmsg: 'system busy' });
    const before = wecom.calls.filter((c) => c.path === '/cgi-bin/gettoken').length;
    const r = await syncDirectory(t.app.deps.repos, src('wecom'), NOW);
    expect(r.users).toBe(4);
    expect(wecom.calls.filter((c) => c.path === '/cgi-bin/gettoken').length).toBe(before + 1);
  });

  it('a refused listing (60011) changes nothing and says what to fix', async () => {
    wecom.script('department/list', { errcode: 60011, errmsg: 'no privilege to access/modify contact/party/agent' });
    const err = await syncDirectory(t.app.deps.repos, src('wecom'), NOW).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DirectoryError);
    expect((err as DirectoryError).hint).toContain('可见范围');
    expect((await listRoster(db())).filter((m) => !m.active)).toEqual([]);
  });

  it('a user removed upstream becomes left and their supervisor is told to hand over', async () => {
    await db()
      .insertInto('customers')
      .values([
        { code: 'HZ-2026-101', name: 'Orient Trading', owner_id: 'lilei' },
        { code: 'HZ-2026-102', name: 'Pacific Home', owner_id: 'lilei' },
      ])
      .execute();
    await db().updateTable('team_members').set({ role: 'rep' }).where('id', '=', 'hanmeimei').execute();
    wecom.dir.users = wecom.dir.users.filter((u) => u.userid !== 'LiLei');
    const r = await syncDirectory(t.app.deps.repos, src('wecom'), new Date('2026-12-02T02:30:00+08:00'));
    expect(r.left).toEqual(['lilei']);
    expect(await member('lilei')).toMatchObject({ active: false, leftAt: new Date('2026-12-02T02:30:00+08:00') });
    const notice = await db().selectFrom('outbox').select(['chat_id', 'text']).where('id', 'in', r.outboxIds).execute();
    expect(notice).toEqual([
      {
        chat_id: 'wecom:ZhangWei',
        text: '李雷（lilei）已离职（已从企业微信通讯录移除）。TA 名下有 2 家客户，请发起离岗交接：/handover all lilei to hanmeimei',
      },
    ]);
    // Said once: the next night does not repeat it.
    const again = await syncDirectory(t.app.deps.repos, src('wecom'), new Date('2026-12-03T02:30:00+08:00'));
    expect(again.left).toEqual([]);
  });
});

describe('DingTalk directory sync', () => {
  it('walks the departments and pages users 100 at a time', async () => {
    const r = await syncDirectory(t.app.deps.repos, src('dingtalk'), NOW);
    expect(r).toMatchObject({ platform: 'dingtalk', departments: 2, users: 120 });
    expect(r.created).toHaveLength(120);
    const pages = ding.calls.filter(
      (c) => c.path === '/topapi/v2/user/list' && (c.body as { dept_id: number }).dept_id === 57,
    );
    expect(pages.map((c) => (c.body as { cursor: number }).cursor)).toEqual([0, 100]);
    expect(await member('manager5')).toMatchObject({
      role: 'rep',
      reportsTo: 'manager0',
      identities: [{ platform: 'dingtalk', externalId: 'manager5' }],
    });
  });

  it('the nightly job refreshes an expired token and marks a removed user left', async () => {
    ding.expireTokens();
    ding.dir.users = ding.dir.users.filter((u) => u.userid !== 'manager7');
    const r = await directorySyncJob.run(t.app.deps, new Date('2026-12-04T02:30:00+08:00'));
    expect(await member('manager7')).toMatchObject({ active: false });
    expect(r.outboxIds).toHaveLength(1);
    expect(ding.calls.filter((c) => c.path === '/v1.0/oauth2/accessToken')).toHaveLength(2);
  });

  it('wrong app credentials stop the sync with a hint', async () => {
    const bad = directorySources({
      ...t.app.deps.config,
      wecom: undefined,
      dingtalk: { ...t.app.deps.config.dingtalk!, appSecret: 'nope' },
    })[0]!;
    const err = (await syncDirectory(t.app.deps.repos, bad, NOW).catch((e: unknown) => e)) as DirectoryError;
    expect(err.message).toContain('invalidClientIdOrSecret');
    expect(err.hint).toContain('DINGTALK_APP_SECRET');
  });
});
