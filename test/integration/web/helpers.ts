// Sign in to the web workspace the way a person does: /web in chat → link → cookie.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestApp } from '../../helpers/test-app.js';
import { runImport } from '../../../src/services/import/run-import.js';

export async function linkFor(t: TestApp, member: string): Promise<string> {
  const r = await t.say(member, `dm:${member}`, '/web');
  const text = r.body.replies?.map((x) => x.text).join('\n') ?? '';
  const url = /https?:\/\/\S+\/web\/login\?token=[A-Za-z0-9_-]+/.exec(text)?.[0];
  if (!url) throw new Error(`no sign-in link in the reply to /web: ${JSON.stringify(r.body)}`);
  return url;
}

export async function signIn(t: TestApp, member: string): Promise<string> {
  const url = new URL(await linkFor(t, member));
  const res = await t.app.server.inject({ method: 'GET', url: `${url.pathname}${url.search}` });
  if (res.statusCode !== 303) throw new Error(`login failed: ${res.statusCode} ${res.body.slice(0, 200)}`);
  const cookie = String(res.headers['set-cookie']).split(';')[0]!;
  return cookie;
}

export async function importSamples(t: TestApp): Promise<void> {
  const env = {
    repos: t.app.deps.repos,
    now: t.app.deps.clock.now(),
    tz: t.app.deps.config.tz,
    codeFormat: t.app.deps.config.customerCode,
  };
  for (const f of ['customers.xlsx', 'orders.xlsx', 'followups.csv']) {
    const r = await runImport(env, {
      bytes: readFileSync(join(import.meta.dirname, '../../../samples', f)),
      filename: f,
      actor: null,
    });
    if (!r.committed) throw new Error(`sample ${f} did not import: ${r.messages.slice(0, 3).join('; ')}`);
  }
}
