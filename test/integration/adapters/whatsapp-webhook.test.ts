// The WhatsApp Cloud API adapter end to end through the server (app.server.inject) on a real test
// database: Meta's GET handshake and POSTs signed with X-Hub-Signature-256 (test/fakes/whatsapp-sign.ts).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../../adapters/console/index.js';
import { createWhatsappCloudAdapter } from '../../../adapters/whatsapp/index.js';
import type { ChatAdapter, Platform } from '../../../src/core/types.js';
import { loadConfig } from '../../../src/config.js';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { signWhatsapp } from '../../fakes/whatsapp-sign.js';

const ENV = {
  WHATSAPP_VERIFY_TOKEN: 'baton-verify-7f3a',
  WHATSAPP_APP_SECRET: 'meta-app-secret-for-tests',
  WHATSAPP_PHONE_NUMBER_ID: '106540352242922',
  WHATSAPP_ACCESS_TOKEN: 'EAAG-test',
  // Never reach the real Graph API from a test.
  WHATSAPP_API_BASE: 'http://127.0.0.1:9/v21.0',
};
const config = loadConfig({ NODE_ENV: 'test', ...ENV });
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/whatsapp/${name}`, import.meta.url), 'utf8');

let t: TestApp;
const stored = () => t.app.db.db.selectFrom('messages').selectAll().where('platform', '=', 'whatsapp').execute();

function post(body: string, signature?: string) {
  return t.app.server.inject({
    method: 'POST',
    url: '/webhooks/whatsapp',
    payload: body,
    headers: {
      'content-type': 'application/json',
      'x-hub-signature-256': signature ?? signWhatsapp(ENV.WHATSAPP_APP_SECRET, body),
    },
  });
}

beforeAll(async () => {
  const adapters = new Map<Platform, ChatAdapter>([
    ['console', createConsoleAdapter()],
    ['whatsapp', createWhatsappCloudAdapter(config.whatsappCloud!)],
  ]);
  t = await createTestApp({ env: ENV, app: { adapters }, workers: false });
});
afterAll(async () => {
  await t?.close();
});

describe('GET /webhooks/whatsapp', () => {
  it('answers the verification request with hub.challenge', async () => {
    const res = await t.app.server.inject({
      method: 'GET',
      url: `/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${ENV.WHATSAPP_VERIFY_TOKEN}&hub.challenge=1158201444`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('1158201444');
  });

  it('answers 403 to a wrong verify token (as Meta requires)', async () => {
    const res = await t.app.server.inject({
      method: 'GET',
      url: '/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1',
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('POST /webhooks/whatsapp', () => {
  it('stores a signed message once, even when Meta posts it twice', async () => {
    const body = fixture('text.json');
    expect((await post(body)).statusCode).toBe(200);
    expect((await post(body)).statusCode).toBe(200);
    const rows = await stored();
    expect(rows.filter((r) => r.external_id.startsWith('wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRB'))).toHaveLength(1);
    expect(rows[0]).toMatchObject({ sender_external_id: '16505551234', sender_name: 'Sheena Nelson' });
  });

  it('stores each text and image message of a batched POST', async () => {
    expect((await post(fixture('two-entries.json'))).statusCode).toBe(200);
    const ids = (await stored()).map((r) => r.external_id);
    expect(ids).toContain('wamid.HBgLMTY1MDUwNzY1MjAVAgASGBQ3QkQxQzFCRjlGMEY2MTg2QjYA');
    expect(ids).toContain('wamid.HBgNNDkxNTExMjM0NTY3OBUCABIYFDNBMDFGMDk2QjQ3RkU1QzM0QzQA');
    expect(ids).toContain('wamid.HBgNNDkxNTExMjM0NTY3OBUCABIYFDNBRTI5QTg0QzVDQjU3RjU4MDAA'); // the image, captioned
  });

  it('answers 401 to a forged signature and stores nothing', async () => {
    const before = (await stored()).length;
    const body = fixture('group-text.json');
    const res = await post(body, signWhatsapp('not-the-secret', body));
    expect(res.statusCode).toBe(401);
    expect((await stored()).length).toBe(before);
  });

  it('answers 400 to a malformed body and stores nothing', async () => {
    const before = (await stored()).length;
    const res = await post('{"object":"whatsapp_business_account","entry":[');
    expect(res.statusCode).toBe(400);
    expect((await stored()).length).toBe(before);
  });

  it('acknowledges statuses with 200 and stores nothing', async () => {
    const before = (await stored()).length;
    expect((await post(fixture('statuses.json'))).statusCode).toBe(200);
    expect((await stored()).length).toBe(before);
  });
});
