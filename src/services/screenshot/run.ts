// Several screenshots of one chat forwarded in a row (issue 19): the same member, the same chat,
// each within config.screenshots.joinWindowMs of the next, and no text message between. A caption
// ("客户：ACME") starts a chat: a screenshot with one begins a new run, and a run reaches back no
// further than the screenshot that had one. They are
// joined in order and extracted as one chat; the run's latest filing is what the next screenshot
// takes back and refiles, so a run gives one customer and one set of need versions.
import type { AppDeps } from '../../deps.js';
import type { ScreenshotReading } from '../../extract/screenshot/types.js';
import { readingFromJson } from './reading-json.js';

/** How many earlier screenshots one run may take in. */
const MAX_RUN = 20;

export interface ScreenshotRun {
  /** Readings of the earlier screenshots, oldest first. */
  readings: ScreenshotReading[];
  /** Their message ids, oldest first. */
  messageIds: string[];
  /** The run's current filing: the latest earlier screenshot filed under a customer. */
  filed?: { messageId: string; customerId: string };
  /**
   * An earlier screenshot of the run not read yet because it is still being worked on (by another
   * replica: one process works a chat's messages in order): this one should wait for it.
   */
  waitingFor?: string;
}

export async function screenshotRun(
  deps: Pick<AppDeps, 'repos' | 'config'>,
  m: { chatId: string; senderMemberId: string; messageId: string; sentAt: Date; caption: string },
): Promise<ScreenshotRun> {
  const window = deps.config.screenshots.joinWindowMs;
  const run: ScreenshotRun = { readings: [], messageIds: [] };
  if (window === 0 || m.caption.trim()) return run;
  const recent = await deps.repos.messageImages.recentImageMessages({
    chatId: m.chatId,
    senderMemberId: m.senderMemberId,
    before: m.sentAt,
    excludeId: m.messageId,
    since: new Date(m.sentAt.getTime() - window * MAX_RUN),
    limit: MAX_RUN,
  });
  let after = m.sentAt;
  const newestFirst: ScreenshotReading[][] = [];
  for (const r of recent) {
    if (after.getTime() - r.sentAt.getTime() > window) break;
    // A text message (or a picture that could not be read) ends the run.
    const readings = r.images.map((i) => (i.state === 'read' ? readingFromJson(i.reading) : undefined));
    if (readings.length > 0 && readings.some((x) => !x) && (r.state === 'pending' || r.state === 'processing'))
      run.waitingFor = r.id;
    if (readings.length === 0 || readings.some((x) => !x)) break;
    newestFirst.push(readings as ScreenshotReading[]);
    run.messageIds.unshift(r.id);
    if (!run.filed && r.customerId) run.filed = { messageId: r.id, customerId: r.customerId };
    after = r.sentAt;
    if (r.text.trim()) break; // the captioned screenshot that began this chat
  }
  run.readings = newestFirst.reverse().flat();
  return run;
}
