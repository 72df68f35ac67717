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
  return (await loadPackages(repos, [customer], now, tz)).get(customer.id)!;
}

/** Many customers' packages from one set of reads (a departure hands over thousands). */
export async function loadPackages(
  repos: Repositories,
  customers: Customer[],
  now: Date,
  tz: string,
): Promise<Map<string, HandoverPackage>> {
  const sources = await repos.handoverPackage.packageSourcesOf(
    customers.map((c) => c.id),
    MESSAGE_LIMIT,
  );
  const out = new Map<string, HandoverPackage>();
  let reps: string[] | undefined;
  for (const customer of customers) {
    const src = sources.get(customer.id)!;
    const team = src.team;
    reps ??= team.flatMap((x) => [x.id, x.name, ...x.name.split(/\s+/)]);
    const owner = customer.ownerId ? team.find((m) => m.id === customer.ownerId) : undefined;
    out.set(
      customer.id,
      buildPackage({
        now,
        customer,
        ownerName: owner?.name ?? null,
        ...src,
        messages: src.messages.map((m) => ({ ...m, lines: transcriptLines(m.text, m.at, reps!, tz) })),
      }),
    );
  }
  return out;
}
