// Throughput of the offline rules extractor over the dev transcripts
// (../shared/eval/dev), parsing included. The bench runner calls benchExtract().
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractTranscript } from '../src/extract/extract-transcript.js';
import type { ExtractOptions } from '../src/extract/types.js';

const DEV_DIR = resolve(process.cwd(), '..', 'shared', 'eval', 'dev');
const MIN_MS = 300;

export async function benchExtract(): Promise<{ name: string; figures: Record<string, number | string> }> {
  const name = 'extract (rules)';
  if (!existsSync(DEV_DIR)) return { name, figures: { note: `skipped: ${DEV_DIR} not found` } };
  const texts = readdirSync(DEV_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(DEV_DIR, f), 'utf8'));
  if (texts.length === 0) return { name, figures: { note: `skipped: no transcripts in ${DEV_DIR}` } };
  const opts: ExtractOptions = { now: new Date('2026-11-22T10:00:00+08:00'), tz: 'Asia/Shanghai', reps: [] };
  // warm-up: module-level regexes and the time-zone formatter
  for (const t of texts) extractTranscript(t, opts);
  let transcripts = 0;
  let messages = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < MIN_MS) {
    for (const t of texts) messages += extractTranscript(t, opts).messages;
    transcripts += texts.length;
    elapsed = performance.now() - t0;
  }
  return {
    name,
    figures: {
      transcripts_per_s: Math.round((transcripts / elapsed) * 1000),
      messages_per_s: Math.round((messages / elapsed) * 1000),
      ms_per_100_transcripts: Number(((elapsed / transcripts) * 100).toFixed(2)),
      transcripts: texts.length,
    },
  };
}
