// Generators for the route fuzz test: every route the server has, filled with what a stranger
// might send — garbage, NUL and non-characters, deep or prototype-named XML, broken cookies and
// percent-escapes, and correctly signed bodies with hostile contents (so the code behind each
// signature check is reached too).
import fc from 'fast-check';
import { signedAibotCallback, signedWecomCallback, wecomTextXml } from '../../fakes/wecom-sign.js';
import { signDingtalk } from '../../fakes/dingtalk-sign.js';
import { signWhatsapp } from '../../fakes/whatsapp-sign.js';
import { TEST_NOW } from '../../helpers/test-app.js';

export interface Route {
  method: 'GET' | 'POST';
  path: string;
}

/** Routes from fastify's printRoutes() tree (so routes added later are fuzzed too). */
export function routesOf(tree: string): Route[] {
  const out: Route[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^([│ ]*)(?:├── |└── )?(\S.*?) \(([A-Z, ]+)\)\s*$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    stack.length = depth;
    const prefix = stack.join('');
    stack.push(m[2]!);
    const path = (prefix + m[2]!).replace(/\/\//g, '/');
    for (const method of m[3]!.split(',').map((s) => s.trim())) {
      if (method === 'GET' || method === 'POST') out.push({ method, path: path.startsWith('/') ? path : `/${path}` });
    }
  }
  return out;
}

export const SECRETS = {
  wecomToken: 'QDG6eK',
  wecomAesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C',
  corpId: 'wx5823bf96d3bd56c7',
  aibotToken: 'AibotT0ken',
  dingSecret: 'dingsecret-fuzz',
  waSecret: 'wa-app-secret',
  waVerify: 'wa-verify-token-fuzz',
};

export const FUZZ_ENV: Record<string, string> = {
  WECOM_CORP_ID: SECRETS.corpId,
  WECOM_TOKEN: SECRETS.wecomToken,
  WECOM_ENCODING_AES_KEY: SECRETS.wecomAesKey,
  WECOM_API_BASE: 'http://127.0.0.1:9',
  WECOM_AIBOT_TOKEN: SECRETS.aibotToken,
  WECOM_AIBOT_ENCODING_AES_KEY: SECRETS.wecomAesKey,
  DINGTALK_APP_KEY: 'dingfuzzkey',
  DINGTALK_APP_SECRET: SECRETS.dingSecret,
  DINGTALK_API_BASE: 'http://127.0.0.1:9',
  WHATSAPP_VERIFY_TOKEN: SECRETS.waVerify,
  WHATSAPP_APP_SECRET: SECRETS.waSecret,
  WHATSAPP_API_BASE: 'http://127.0.0.1:9',
  // The fuzz is one client sending thousands of requests: lift the per-client limit so every route is reached.
  RATE_LIMIT_PER_MINUTE: '100000',
  IMPORT_RATE_LIMIT_PER_MINUTE: '10000',
};

const nasty = fc.constantFrom(
  '\u0000',
  'a\u0000b',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
  '%',
  '%zz',
  '%E0%A4%A',
  '%00',
  '..',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  '{"__proto__":{"x":1}}',
  '{bad',
  '[',
  'null',
  '-1',
  '1e309',
  '99999999999999999999',
  '+275760-09-13T00:00:00Z',
  '2026-13-45',
  '<script>',
  "'; drop table x; --",
  'ACME',
  '我们要3000个',
  ' ',
  '',
);
export const fuzzString = fc.oneof(
  nasty,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

const deepXml = fc.integer({ min: 1, max: 300 }).map((n) => `${'<a>'.repeat(n)}x${'</a>'.repeat(n)}`);
const protoXml = fc.constantFrom(
  '<xml><__proto__><x>1</x></__proto__></xml>',
  '<__proto__/>',
  '<xml><constructor>1</constructor><Encrypt>AAAA</Encrypt></xml>',
  '<!DOCTYPE x [<!ENTITY a "b">]><xml>&a;</xml>',
);
const jsonBody = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v));
const protoJson = fc.constantFrom(
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"x":1}}}',
  '{"chat":"dm:lily","from":"lily","text":"\\u0000","wait_ms":0}',
);

const consoleBody = fc
  .record({
    chat: fc.oneof(fc.constantFrom('dm:lily', 'group:acme-external', 'dm:zhao'), fuzzString),
    from: fc.oneof(fc.constantFrom('lily', 'ext:acme', 'zhao'), fuzzString),
    text: fuzzString,
    id: fc.option(fuzzString, { nil: undefined }),
    wait_ms: fc.constant(0),
  })
  .map((b) => JSON.stringify(b));
const tickBody = fuzzString.map((now) => JSON.stringify({ now }));

export const plainBody = fc.oneof(
  fuzzString,
  jsonBody,
  protoJson,
  deepXml,
  protoXml,
  consoleBody,
  tickBody,
  fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1')),
);

// Signed on the test app's wall clock, which stands at TEST_NOW (createTestApp's default).
const WALL_MS = new Date(TEST_NOW).getTime();
const nowSec = () => Math.floor(WALL_MS / 1000);

/** Correctly signed WeCom app callbacks whose decrypted XML is hostile. */
export const signedWecom = fc
  .oneof(
    fc
      .record({
        content: fuzzString,
        createTime: fc.oneof(
          fc.constant(String(nowSec())),
          fuzzString.filter((s) => /^\d*$/.test(s)),
          fc.constant('99999999999999999999'),
        ),
        msgId: fc.oneof(fc.stringMatching(/^\d{1,19}$/), fuzzString),
      })
      .map((m) =>
        wecomTextXml({
          corpId: SECRETS.corpId,
          from: 'lily',
          content: m.content.replace(/]]>/g, ''),
          msgId: m.msgId.replace(/[<>&]/g, ''),
          createTime: 0,
        }).replace('<CreateTime>0</CreateTime>', `<CreateTime>${m.createTime.replace(/[<>&]/g, '')}</CreateTime>`),
      ),
    deepXml,
    protoXml,
    fuzzString,
  )
  .map((xml) => {
    const cb = signedWecomCallback({
      token: SECRETS.wecomToken,
      aesKey: SECRETS.wecomAesKey,
      corpId: SECRETS.corpId,
      xml,
      timestamp: nowSec(),
      nonce: '1372623149',
    });
    return { query: cb.query, body: cb.body, headers: { 'content-type': 'text/xml' } };
  });

export const signedAibot = fc
  .oneof(
    jsonBody.map((s) => JSON.parse(s) as unknown),
    fc.record({
      msgid: fuzzString,
      chattype: fc.constantFrom('single', 'group', 'x'),
      from: fc.record({ userid: fuzzString }),
      msgtype: fc.constantFrom('text', 'mixed', 'voice', 'event'),
      text: fc.record({ content: fuzzString }),
      create_time: fc.oneof(fc.integer(), fuzzString),
      chatid: fuzzString,
      response_url: fuzzString,
    }),
  )
  .map((json) => {
    const cb = signedAibotCallback({
      token: SECRETS.aibotToken,
      aesKey: SECRETS.wecomAesKey,
      json,
      timestamp: nowSec(),
      nonce: 'n1',
    });
    return { query: cb.query, body: cb.body, headers: { 'content-type': 'application/json' } };
  });

export const signedDingtalk = fc
  .oneof(
    jsonBody,
    protoJson,
    fc
      .record({
        msgId: fuzzString,
        msgtype: fc.constantFrom('text', 'picture'),
        conversationId: fuzzString,
        conversationType: fc.constantFrom('1', '2', '3'),
        senderStaffId: fuzzString,
        createAt: fc.oneof(fc.integer(), fc.constant(WALL_MS), fuzzString),
        text: fc.record({ content: fuzzString }),
        sessionWebhook: fc.constantFrom(
          'http://127.0.0.1:1/x',
          'https://oapi.dingtalk.com/robot/sendBySession?session=x',
          'file:///etc/passwd',
        ),
        sessionWebhookExpiredTime: fc.oneof(fc.integer(), fuzzString),
      })
      .map((o) => JSON.stringify(o)),
  )
  .chain((body) =>
    fc.integer({ min: -5_000, max: 5_000 }).map((skew) => {
      const { timestamp, sign } = signDingtalk(SECRETS.dingSecret, WALL_MS + skew);
      return { query: {}, body, headers: { 'content-type': 'application/json', timestamp, sign } };
    }),
  );

export const signedWhatsapp = fc
  .oneof(
    jsonBody,
    protoJson,
    fc
      .record({
        object: fc.constant('whatsapp_business_account'),
        entry: fc.array(
          fc.record({
            id: fuzzString,
            changes: fc.array(
              fc.record({
                field: fc.constant('messages'),
                value: fc.record({
                  messaging_product: fc.constant('whatsapp'),
                  metadata: fc.record({ display_phone_number: fuzzString, phone_number_id: fuzzString }),
                  messages: fc.array(
                    fc.record({
                      from: fuzzString,
                      id: fuzzString,
                      timestamp: fc.oneof(fc.constant(String(nowSec())), fuzzString),
                      type: fc.constant('text'),
                      text: fc.record({ body: fuzzString }),
                    }),
                    { maxLength: 2 },
                  ),
                }),
              }),
              { maxLength: 2 },
            ),
          }),
          { maxLength: 2 },
        ),
      })
      .map((o) => JSON.stringify(o)),
  )
  .map((body) => ({
    query: {},
    body,
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signWhatsapp(SECRETS.waSecret, body) },
  }));

const QUERY_KEYS = [
  'token',
  'k',
  'q',
  'since',
  'name',
  'kind',
  'mapping',
  'lang',
  'tier',
  'stage',
  'owner',
  'overdue',
  'hub.mode',
  'hub.verify_token',
  'hub.challenge',
  'msg_signature',
  'timestamp',
  'nonce',
  'echostr',
  '__proto__',
];

export const query = fc.dictionary(fc.constantFrom(...QUERY_KEYS), fuzzString, { maxKeys: 4 });

export const contentType = fc.constantFrom(
  'application/json',
  'text/plain',
  'text/xml',
  'application/octet-stream',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=gbk',
  '',
);

/** Percent-encode one path or query piece; `raw` leaves `%` alone so broken escapes reach the router. */
export function encodePiece(s: string, raw: boolean): string {
  let out = '';
  for (const ch of s) {
    if (/^[A-Za-z0-9._~-]$/.test(ch) || (raw && ch === '%')) out += ch;
    else out += [...Buffer.from(ch, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
  return out;
}
