// One outbound allowlist for every adapter's HTTP: requests go only under the platform API
// bases the operator configured. Addresses that arrive inside payloads (DingTalk's
// sessionWebhook, the AI bot's response_url) are checked here a second time, so no reply
// can be redirected to an address a stranger wrote — loopback included.
import { DeliveryError } from './errors.js';

export interface OutboundAllowlist {
  allows(url: string): boolean;
  /** A fetch that refuses (without a request) any URL outside the allowlist. */
  fetch: typeof fetch;
}

function normaliseBase(base: string): { origin: string; path: string } | undefined {
  try {
    const u = new URL(base);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    return { origin: u.origin, path: u.pathname.endsWith('/') ? u.pathname : `${u.pathname}/` };
  } catch {
    return undefined;
  }
}

export function createOutboundAllowlist(bases: string[], inner: typeof fetch = globalThis.fetch): OutboundAllowlist {
  const allowed = bases.map(normaliseBase).filter((b): b is { origin: string; path: string } => b !== undefined);
  const allows = (url: string): boolean => {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return false;
    }
    if (u.username || u.password) return false;
    const path = u.pathname.endsWith('/') ? u.pathname : `${u.pathname}/`;
    return allowed.some((b) => b.origin === u.origin && path.startsWith(b.path));
  };
  const guarded = (async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!allows(url)) {
      throw new DeliveryError(`outbound request refused: ${safeOrigin(url)} is not a configured platform API base`, {
        retryable: false,
      });
    }
    // Never follow a redirect to somewhere else: the platform APIs do not redirect.
    return inner(input, { ...init, redirect: 'error' });
  }) as typeof fetch;
  return { allows, fetch: guarded };
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '(not a URL)';
  }
}
