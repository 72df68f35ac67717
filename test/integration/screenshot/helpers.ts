// Posting screenshots through the console API, for the screenshot pipeline's tests (issue 19).
import { consoleAuth, SAY_STEP_MS, type TestApp } from '../../helpers/test-app.js';

export interface ShotResult {
  status: number;
  body: { message?: { id: string }; replies?: { chat: string; text: string; at: string }[]; error?: string };
}

/** POST an image (base64) a second after the last event, and wait for the answer. */
export async function shot(
  t: TestApp,
  from: string,
  chat: string,
  image: Buffer,
  extra: Record<string, unknown> = {},
): Promise<ShotResult> {
  t.wall.advance(SAY_STEP_MS);
  const res = await t.app.server.inject({
    method: 'POST',
    url: '/api/console/messages',
    headers: consoleAuth,
    payload: { chat, from, image: image.toString('base64'), ...extra },
  });
  return { status: res.statusCode, body: res.json() };
}

export const texts = (r: ShotResult, chat: string) =>
  (r.body.replies ?? []).filter((x) => x.chat === chat).map((x) => x.text);
