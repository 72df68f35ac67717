// Operations: /readyz per dependency, the LLM-down notice to admins (once, and once
// on recovery), and /metrics scraped with its token. The LLM is the fake
// OpenAI-compatible server on 127.0.0.1; webhooks are real HTTP for the ack timer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../../fakes/fake-openai-server.js';
import { addMember, linkMember } from '../../../src/services/team/manage-team.js';

let t: TestApp;
let llm: FakeOpenAiServer;
let n = 0;
const TOKEN = 'scrape-secret-1';

const forward = () => t.say('lily', 'dm:lily', `客户：ACME\nACME: 我们需要 ${500 + ++n} 个，交货期12月${n + 1}日`);
const notices = async () =>
  await t.app.db.db
    .selectFrom('outbox')
    .select(['chat_id', 'text', 'dedupe_key'])
    .where('kind', '=', 'notice')
    .where('dedupe_key', 'like', 'llm-%')
    .orderBy('created_at')
    .execute();
const ready = async () => {
  const r = await t.app.server.inject({ method: 'GET', url: '/readyz' });
  return {
    status: r.statusCode,
    body: r.json() as Record<string, unknown> & { llm: { state: string; reason?: string } },
  };
};

beforeAll(async () => {
  llm = await startFakeOpenAiServer();
  llm.script(() => ({ kind: 'status', status: 503, body: { error: { message: 'overloaded' } } }));
  t = await createTestApp({
    env: {
      LLM_BASE_URL: llm.baseUrl,
      LLM_MODEL: 'qwen-plus',
      LLM_API_KEY: 'k',
      LLM_TIMEOUT_MS: '2000',
      METRICS_TOKEN: TOKEN,
      PORT: '0',
    },
  });
  // An admin whose WeCom DM with the bot is made when the userid is linked: they must hear about the outage.
  await addMember(t.app.deps.repos, { id: 'zhou', name: 'Zhou Admin', role: 'admin', language: 'en' });
  await linkMember(t.app.deps.repos, 'zhou', 'wecom', 'ZhouA');
});
afterAll(async () => {
  await t?.close();
  await llm?.close();
});

describe('LLM health', () => {
  it('/readyz reports each dependency; the LLM is unknown before its first call', async () => {
    const r = await ready();
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ok: true, database: 'up', llm: { state: 'unknown', model: 'qwen-plus' } });
  });

  it('a persistently failing LLM tells the admins once, and /readyz says it is down', async () => {
    await forward();
    await forward();
    expect(await notices()).toHaveLength(0);
    await forward();
    const after3 = await notices();
    expect(after3).toHaveLength(1);
    expect(after3[0]!.chat_id).toBe('wecom:ZhouA');
    expect(after3[0]!.text).toContain('The LLM (qwen-plus) failed 3 times in a row (llm_unavailable)');
    await forward();
    expect(await notices()).toHaveLength(1);
    const r = await ready();
    expect(r.status).toBe(200); // the rules extractor carries on: degraded, not unready
    expect(r.body.llm).toMatchObject({ state: 'down', reason: 'llm_unavailable' });
  });

  it('its recovery is told once too', async () => {
    llm.script(() => ({ kind: 'completion', content: JSON.stringify({ needs: [] }) }));
    await forward();
    await forward();
    const all = await notices();
    expect(all.map((x) => x.text.slice(0, 40))).toEqual([
      expect.stringContaining('⚠️ The LLM'),
      expect.stringContaining('✅ The LLM (qwen-plus) is back'),
    ]);
    expect((await ready()).body.llm.state).toBe('up');
  });
});

describe('/metrics', () => {
  it('needs the token', async () => {
    expect((await t.app.server.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    expect(
      (await t.app.server.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer wrong-token' } }))
        .statusCode,
    ).toBe(401);
  });

  it('is scraped over HTTP: ack latency, queues, lag, extraction by extractor, outbox states, LLM fallbacks', async () => {
    const base = await t.app.listen();
    // A webhook for a platform that is off still answers, and its ack is timed.
    const hook = await fetch(`${base}/webhooks/wecom`, { method: 'POST', body: '<xml/>' });
    expect(hook.status).toBe(404);
    const res = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(/baton_webhook_ack_seconds_count\{platform="wecom",status="404"\} 1/);
    expect(text).toMatch(/baton_llm_fallbacks_total\{reason="llm_unavailable"\} 4/);
    expect(text).toMatch(/baton_llm_calls_total\{outcome="ok"\} 2/);
    expect(text).toMatch(/baton_queue_depth\{queue="messages",state="pending"\} 0/);
    expect(text).toMatch(/baton_queue_depth\{queue="outbox",state="retrying"\} \d+/);
    expect(text).toMatch(/baton_processing_lag_seconds\{queue="messages"\} 0/);
    expect(text).toMatch(/baton_needs_extracted\{extractor="rules"\} [1-9]\d*/);
    expect(text).toMatch(/baton_outbox_messages\{state="sent"\} [1-9]\d*/);
    expect(text).toMatch(/baton_outbox_messages\{state="failed"\} \d+/);
  });
});
