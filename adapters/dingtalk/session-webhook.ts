// The sessionWebhook arrives inside the callback body, and the callback's signature does not
// cover the body: whoever replays a signature chooses the URL. So Baton posts only to https
// on DingTalk's own hosts, or under the API base the operator configured (a proxy, a test fake).

/** DingTalk's hosts for sessionWebhook and the robot API. */
export const DINGTALK_HOSTS = ['oapi.dingtalk.com', 'api.dingtalk.com'];

export function isAllowedSessionWebhook(url: string, apiBase: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.username || u.password) return false;
  if (
    u.protocol === 'https:' &&
    DINGTALK_HOSTS.includes(u.hostname.toLowerCase()) &&
    (u.port === '' || u.port === '443')
  )
    return true;
  try {
    const base = new URL(apiBase);
    return u.origin === base.origin && u.pathname.startsWith(base.pathname.replace(/\/?$/, '/').replace(/^\/$/, '/'));
  } catch {
    return false;
  }
}
