// What fastify writes about a request. Its default serializer logs the URL with its query
// string, and several of our query parameters are secrets: sign-in tokens, handover keys,
// WhatsApp's verify token, WeCom's echostr and signatures, DingTalk signs.
import type { FastifyRequest } from 'fastify';

/** Query parameters whose values never reach a log. */
export const SECRET_QUERY_PARAMS = [
  'token',
  'k',
  'hub.verify_token',
  'hub.challenge',
  'echostr',
  'msg_signature',
  'sign',
  'signature',
  'access_token',
];

const SECRET = new Set(SECRET_QUERY_PARAMS.map((p) => p.toLowerCase()));

/** The URL with the values of secret query parameters replaced by `***` (everything else kept as sent). */
export function maskUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const parts = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const rawName = eq < 0 ? pair : pair.slice(0, eq);
      let name = rawName;
      try {
        name = decodeURIComponent(rawName.replace(/\+/g, ' '));
      } catch {
        // an undecodable name is not one of ours; keep it as sent
      }
      return SECRET.has(name.toLowerCase()) && eq >= 0 ? `${rawName}=***` : pair;
    });
  return `${url.slice(0, q)}?${parts.join('&')}`;
}

/** pino serializers for fastify's request log lines. */
export const requestSerializers = {
  req(req: FastifyRequest) {
    return { method: req.method, url: maskUrl(req.url), remoteAddress: req.ip };
  },
};
