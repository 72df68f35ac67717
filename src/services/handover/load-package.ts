// Reads what a handover package is made of for one customer (repos.handoverPackage)
// and hands it to the pure builder, with forwarded transcripts split into lines.
import type { Repositories } from '../../deps.js';
import type { Customer } from '../../core/customer.js';
import type { HandoverPackage } from '../../core/handover/package.js';
import { buildPackage } from './build-package.js';
import { parseTranscript } from '../../extract/extract-transcript.js';
import type { SaidLine } from '../../core/handover/conversation.js';

/** A forwarded chat's speaker lines, with the transcript's own times and our/their side. */
function transcriptLines(text: string, sentAt: Date, reps: string[], tz: string): SaidLine[] | undefined {
  const parsed = parseTranscript(text, { now: sentAt, tz, reps });
  if (parsed.format === 'plain' || !parsed.messages.some((m) => m.speaker)) return undefined;
  return parsed.messages.map((m) => ({
    at: m.atDate ?? sentAt,
    speaker: m.speaker ?? null,
    text: m.text,
    side: m.role === 'rep' ? 'ours' : m.role === 'customer' ? 'theirs' : 'unknown',
  }));
}

const MESSAGE_LIMIT = 200;

export async function loadPackage(
  repos: Repositories,
  customer: Customer,
  now: Date,
  tz: string,
): Promise<HandoverPackage> {
  const src = await repos.handoverPackage.packageSources(customer.id, MESSAGE_LIMIT);
  const team = src.team;
  const owner = customer.ownerId ? team.find((m) => m.id === customer.ownerId) : undefined;
  return buildPackage({
    now,
    customer,
    ownerName: owner?.name ?? null,
    ...src,
    messages: src.messages.map((m) => ({
      ...m,
      lines: transcriptLines(
        m.text,
        m.at,
        team.flatMap((x) => [x.id, x.name, ...x.name.split(/\s+/)]),
        tz,
      ),
    })),
  });
}
