// Done-when of issue 12: in production mode with WeCom configured against the fake
// WeCom API, `baton team import team.csv` (run as a real command on a fresh data
// directory) and then a signed callback from one of its WeCom userids gets a real
// answer through message/send — not "not registered".
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { createApp, type App } from '../../../src/main.js';
import { startFakeWecom, type FakeWecom } from '../../fakes/fake-wecom-server.js';
import { signedWecomCallback, wecomTextXml } from '../../fakes/wecom-sign.js';
import { OFFICIAL_A } from '../../fixtures/wecom/official-samples.js';
import { runCli } from '../../helpers/run-cli.js';

const SECRET = 'prod-app-secret';
const TEAM_CSV = [
  'id,name,role,reports_to,language,wecom,dingtalk,whatsapp',
  'wang,王敏,supervisor,,zh,WangMin,,',
  'lily,Lily Chen,rep,wang,en,LilyChen,,+86 138 0013 8000',
  'bob,李波,业务员,王敏,zh,,manager4220,',
].join('\n');

let dir: string;
let fake: FakeWecom;
let app: App | undefined;
let env: Record<string, string>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'baton-team-'));
  writeFileSync(join(dir, 'team.csv'), TEAM_CSV);
  fake = await startFakeWecom({ corpId: OFFICIAL_A.corpId, secret: SECRET });
  env = {
    NODE_ENV: 'production',
    DATA_DIR: join(dir, 'data'),
    PUBLIC_URL: 'https://baton.example.com',
    WECOM_CORP_ID: OFFICIAL_A.corpId,
    WECOM_TOKEN: OFFICIAL_A.token,
    WECOM_ENCODING_AES_KEY: OFFICIAL_A.encodingAesKey,
    WECOM_AGENT_ID: '1000002',
    WECOM_SECRET: SECRET,
    WECOM_API_BASE: fake.url,
  };
});
afterAll(async () => {
  await app?.stop();
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('bringing a team in, in production', () => {
  it('baton team import migrates a fresh data directory and imports every row', async () => {
    const r = await runCli(['team', 'import', 'team.csv'], env, dir);
    expect(r.stderr).toContain('columns: id → id, name → name, role → role');
    expect(r.stdout).toContain('imported team: 3 created, 0 updated, 0 unchanged');
    expect(r.code).toBe(0);
  });

  it('a bad row imports nothing and names the row', async () => {
    writeFileSync(join(dir, 'bad.csv'), 'id,name,role\nsun,Sun Yu,finance\nzhao,Zhao Lei,boss\n');
    const r = await runCli(['team', 'import', 'bad.csv'], env, dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('row 3: role "boss" is not one of');
    expect(r.stderr).toContain('nothing was imported');
    // The data directory comes from ./.env this time, as .env.example suggests.
    writeFileSync(join(dir, '.env'), `DATA_DIR=${env.DATA_DIR}\nNODE_ENV=production\n`);
    const list = await runCli(['team', 'list'], {}, dir);
    rmSync(join(dir, '.env'));
    expect(list.stdout).not.toContain('sun');
    expect(list.stdout).toMatch(
      /lily\s+Lily Chen\s+rep\s+wang\s+en\s+active\s+wecom:LilyChen whatsapp:\+8613800138000/,
    );
  });

  it('a signed WeCom callback from an imported userid gets a real answer through message/send', async () => {
    const config = loadConfig(env);
    expect(config.mode).toBe('production');
    expect(config.consoleEnabled).toBe(false);
    app = await createApp(config, { logger: createLogger('silent') });
    expect(app.firstRun).toContain('baton team add admin --name');
    const now = Math.floor(Date.now() / 1000);
    const xml = wecomTextXml({
      corpId: OFFICIAL_A.corpId,
      from: 'LilyChen',
      content: 'help',
      msgId: '7230431812345670001',
      createTime: now,
    });
    const cb = signedWecomCallback({
      token: OFFICIAL_A.token,
      aesKey: OFFICIAL_A.encodingAesKey,
      corpId: OFFICIAL_A.corpId,
      xml,
      timestamp: now,
      nonce: '8210',
    });
    const res = await app.server.inject({
      method: 'POST',
      url: `/webhooks/wecom?${new URLSearchParams(cb.query).toString()}`,
      payload: cb.body,
      headers: { 'content-type': 'text/xml' },
    });
    expect(res.statusCode).toBe(200);
    await app.drain();
    const sends = fake.calls.filter((c) => c.endpoint === 'message/send');
    expect(sends.length).toBeGreaterThan(0);
    const body = sends[0]!.body as { touser: string; msgtype: string; [k: string]: unknown };
    expect(body.touser).toBe('LilyChen');
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/not registered|还没有在 Baton 登记/);
    // The help, in the language she asked in.
    expect(text).toContain('Baton can:');
    expect(text).toContain('/help <topic>');
    const ready = (await app.server.inject({ method: 'GET', url: '/readyz' })).json() as {
      platforms: Record<string, { state: string; lastSentAt: string | null }>;
    };
    expect(ready.platforms['wecom']).toMatchObject({ state: 'ok', lastSentAt: expect.any(String) });
    const stored = await app.db.db.selectFrom('messages').select(['sender_member_id']).execute();
    expect(stored).toEqual([{ sender_member_id: 'lily' }]);
  });

  it('the console stays off in production', async () => {
    const r = await app!.server.inject({
      method: 'POST',
      url: '/api/console/messages',
      payload: { chat: 'dm:lily', from: 'lily', text: 'help' },
    });
    expect(r.statusCode).toBe(404);
  });
});
