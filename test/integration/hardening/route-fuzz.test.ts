// Every route, fuzzed: whatever a stranger sends is answered below 500 and leaves no
// unhandled rejection. Bounded in count and time (FUZZ_RUNS, default 400; FUZZ_SECONDS, 90)
// so it runs in CI; `FUZZ_RUNS=10000` is the audit's figure (see docs/HARDENING.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTestApp, TEST_CONSOLE_TOKEN, type TestApp } from '../../helpers/test-app.js';
import { createSession } from '../../../src/services/web-auth/tokens.js';
import {
  contentType,
  encodePiece,
  FUZZ_ENV,
  fuzzString,
  plainBody,
  query,
  routesOf,
  signedAibot,
  signedDingtalk,
  signedWecom,
  signedWhatsapp,
  type Route,
} from './fuzz-helpers.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 90);

let t: TestApp;
let routes: Route[];
let session: string;
const rejections: unknown[] = [];
const onRejection = (r: unknown) => rejections.push(r);

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  t = await createTestApp({ env: FUZZ_ENV, workers: false });
  routes = routesOf(t.app.server.printRoutes({ commonPrefix: false }));
  session = await createSession(t.app.deps.repos, 'lily', t.app.deps.clock.now());
}, 60_000);
afterAll(async () => {
  await t?.close();
  process.off('unhandledRejection', onRejection);
});

function fill(path: string, params: string[], raw: boolean): string {
  let i = 0;
  return path.replace(/:[A-Za-z]+/g, () => encodePiece(params[i++] ?? 'x', raw));
}

const signedFor: Record<
  string,
  fc.Arbitrary<{ query: Record<string, string>; body: string; headers: Record<string, string> }>
> = {
  wecom: signedWecom,
  'wecom-aibot': signedAibot,
  dingtalk: signedDingtalk,
  whatsapp: signedWhatsapp,
};

describe('route fuzz', () => {
  it(
    'answers every request below 500, with no unhandled rejection',
    async () => {
      expect(routes.length).toBeGreaterThan(15);
      const statuses = new Map<number, number>();
      const failures: string[] = [];
      const request = fc.record({
        route: fc.constantFrom(...routes),
        params: fc.array(
          fc.oneof(
            fuzzString,
            fc.constantFrom('wecom', 'wecom-aibot', 'dingtalk', 'whatsapp', 'dm:lily', 'customers.xlsx'),
          ),
          { minLength: 2, maxLength: 2 },
        ),
        raw: fc.boolean(),
        query,
        cookie: fc.oneof(
          fc.constant(undefined),
          fuzzString.map((s) => `baton_web=${s}`),
          fc.constant('signed-in'),
          fc.constantFrom('baton_web=%E0%A4%A', 'baton_web=%', '=;;=;baton_web'),
        ),
        contentType,
        body: plainBody,
        signed: fc.boolean(),
        signedBody: fc
          .constantFrom('wecom', 'wecom-aibot', 'dingtalk', 'whatsapp')
          .chain((p) => signedFor[p]!.map((s) => ({ p, ...s }))),
        auth: fc.option(fc.oneof(fuzzString, fc.constant(TEST_CONSOLE_TOKEN)), { nil: undefined }),
        webHeader: fc.boolean(),
      });
      await fc
        .assert(
          fc.asyncProperty(request, async (r) => {
            const isWebhook = r.route.path.startsWith('/webhooks/');
            const useSigned = isWebhook && r.route.method === 'POST' && r.signed;
            const path = useSigned ? `/webhooks/${r.signedBody.p}` : fill(r.route.path, r.params, r.raw);
            const q = useSigned ? r.signedBody.query : r.query;
            const qs = Object.entries(q)
              .map(([k, v]) => `${encodePiece(k, false)}=${encodePiece(v, r.raw)}`)
              .join('&');
            const headers: Record<string, string> = useSigned
              ? { ...r.signedBody.headers }
              : r.contentType
                ? { 'content-type': r.contentType }
                : {};
            if (r.cookie) headers.cookie = r.cookie === 'signed-in' ? `baton_web=${session}` : r.cookie;
            if (r.auth !== undefined) headers.authorization = `Bearer ${r.auth.replace(/[^\x20-\x7e]/g, '')}`;
            if (r.webHeader) headers['x-baton-web'] = '1';
            const res = await t.app.server.inject({
              method: r.route.method,
              url: qs ? `${path}?${qs}` : path,
              headers,
              ...(r.route.method === 'POST' ? { payload: useSigned ? r.signedBody.body : r.body } : {}),
            });
            statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
            if (res.statusCode >= 500 && failures.length < 10)
              failures.push(`${res.statusCode} ${r.route.method} ${path}?${qs} ${res.body.slice(0, 200)}`);
            return res.statusCode < 500;
          }),
          {
            numRuns: RUNS,
            interruptAfterTimeLimit: SECONDS * 1000,
            markInterruptAsFailure: false,
            endOnFailure: false,
          },
        )
        .catch((err: unknown) => {
          failures.push(String(err).slice(0, 2000));
        });
      const total = [...statuses.values()].reduce((a, b) => a + b, 0);
      const fivexx = [...statuses].filter(([s]) => s >= 500).reduce((a, [, n]) => a + n, 0);
      console.info(
        `route fuzz: ${total} requests over ${routes.length} routes, ${fivexx} 5xx; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
      );
      expect(failures).toEqual([]);
      expect(fivexx).toBe(0);
      expect(rejections).toEqual([]);
    },
    (SECONDS + 60) * 1000,
  );
});
