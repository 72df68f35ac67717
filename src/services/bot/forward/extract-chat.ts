// Run the extraction pipeline on a forwarded chat: rules first, then the LLM when one
// is configured (it never throws; on failure it returns the rules result). Call this
// before ctx.transaction: it may be slow.
import type { AppDeps } from '../../../deps.js';
import { extractWithRules, parseTranscript } from '../../../extract/extract-transcript.js';
import type { ExtractionResult, ExtractOptions, ParsedTranscript } from '../../../extract/types.js';

/** The forwarding rep's name and its parts ("Lily Chen 陈莉" → Lily Chen, Lily, 陈莉) so their lines count as our side. */
export function repNames(name: string): string[] {
  const latin = name.split(/\s+/).filter((p) => /^[\p{Script=Latin}.'-]+$/u.test(p));
  const han = name.split(/\s+/).filter((p) => /\p{Script=Han}/u.test(p));
  return [...new Set([name, latin.join(' '), latin[0] ?? '', ...han].filter((x) => x.length >= 2))];
}

export function chatOptions(deps: AppDeps, now: Date, senderName: string): ExtractOptions {
  return { now, tz: deps.config.tz, reps: repNames(senderName) };
}

export function parseChat(text: string, opts: ExtractOptions): ParsedTranscript {
  return parseTranscript(text, opts);
}

export async function extractChat(
  deps: AppDeps,
  parsed: ParsedTranscript,
  opts: ExtractOptions,
): Promise<ExtractionResult> {
  const rules = extractWithRules(parsed, opts);
  if (!deps.llm || rules.messages === 0) return rules;
  return deps.llm.extract(parsed, opts, rules);
}
