// Throughput of the offline rules extractor over the eval transcripts
// (../shared/eval/dev and dev2, or $BATON_EVAL_DIR/{dev,dev2}), parsing,
// opencc reading and jieba tokenising included, on one core. Also states the
// cold start (jieba's dictionary loads once, on the first Chinese message)
// and memory. The bench runner calls benchExtract().
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractTranscript } from '../src/extract/extract-transcript.js';
import type { ExtractOptions } from '../src/extract/types.js';

const EVAL_DIR = process.env.BATON_EVAL_DIR ?? resolve(process.cwd(), '..', 'shared', 'eval');
const MIN_MS = 1000;
const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

export async function benchExtract(): Promise<{ name: string; figures: Record<string, number | string> }> {
  const name = 'extract (rules, --llm off, one core)';
  const dirs = ['dev', 'dev2'].map((d) => join(EVAL_DIR, d)).filter((d) => existsSync(d));
  if (!dirs.length) return { name, figures: { note: `skipped: no ${EVAL_DIR}/dev (set BATON_EVAL_DIR)` } };
  const texts = dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(d, f), 'utf8')),
  );
  const opts: ExtractOptions = { now: new Date('2026-11-22T10:00:00+08:00'), tz: 'Asia/Shanghai', reps: [] };
  const rss0 = process.memoryUsage().rss;
  let t0 = performance.now();
  for (const t of texts) extractTranscript(t, opts); // cold: jieba dictionary, opencc tables, regexes
  const coldMs = performance.now() - t0;
  const rssWarm = process.memoryUsage().rss;
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  let transcripts = 0;
  let messages = 0;
  t0 = performance.now();
  // CPU time too: on a shared machine wall time also counts the other processes' turns
  const cpu0 = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < MIN_MS) {
    for (const t of texts) messages += extractTranscript(t, opts).messages;
    transcripts += texts.length;
    elapsed = performance.now() - t0;
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return {
    name,
    figures: {
      messages_per_s: Math.round((messages / elapsed) * 1000),
      transcripts_per_s: Math.round((transcripts / elapsed) * 1000),
      messages_per_cpu_s: Math.round((messages / cpuMs) * 1000),
      ms_per_100_transcripts: Number(((elapsed / transcripts) * 100).toFixed(2)),
      'first pass incl. dictionary load (ms)': Math.round(coldMs),
      'rss added by first pass (MB)': mb(rssWarm - rss0),
      'rss (MB)': mb(process.memoryUsage().rss),
      'heap growth over the timed loop (MB)': mb(process.memoryUsage().heapUsed - heap0),
      transcripts: texts.length,
      messages_per_pass: texts.reduce((n, t) => n + extractTranscript(t, opts).messages, 0),
    },
  };
}
