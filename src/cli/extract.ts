// `baton extract [--now ISO] [--tz Asia/Shanghai] [--rep NAME]... [--llm off|auto|on] FILE...`
// One JSON line per FILE, in argument order (../shared/contracts/needs.md).
// All files are handled in this one process; the rules extractor is synchronous
// and the LLM (when used) runs a few files at a time.
import { readFile } from 'node:fs/promises';
import { systemClock } from '../core/clock.js';
import type { Config } from '../config.js';
import { isTimeZone } from '../extract/dates/zone.js';
import { decodeTranscript } from '../extract/parse/decode.js';
import { extractWithRules, parseTranscript } from '../extract/extract-transcript.js';
import type { LlmNeedsExtractor } from '../extract/llm-port.js';
import type { ExtractOptions, ExtractionResult } from '../extract/types.js';

const USAGE =
  'usage: baton extract [--now ISO-8601] [--tz Asia/Shanghai] [--rep NAME]... [--llm off|auto|on] FILE...\n';
const LLM_CONCURRENCY = 4;

interface Args {
  now: Date;
  tz: string;
  reps: string[];
  llm: 'off' | 'auto' | 'on';
  files: string[];
}

function parseArgs(argv: string[]): Args | string {
  const a: Args = {
    now: systemClock.now(),
    tz: process.env.BUSINESS_TZ || 'Asia/Shanghai',
    reps: [],
    llm: 'auto',
    files: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i]!;
    const eq = k.startsWith('--') ? k.indexOf('=') : -1;
    const name = eq > 0 ? k.slice(0, eq) : k;
    const value = (): string | undefined => (eq > 0 ? k.slice(eq + 1) : argv[++i]);
    if (name === '--now') {
      const v = value();
      const d = v ? new Date(v) : undefined;
      if (!d || Number.isNaN(d.getTime())) return `--now needs an ISO-8601 time, got ${JSON.stringify(v ?? '')}`;
      a.now = d;
    } else if (name === '--tz') {
      const v = value();
      if (!v || !isTimeZone(v))
        return `--tz needs an IANA time zone such as Asia/Shanghai, got ${JSON.stringify(v ?? '')}`;
      a.tz = v;
    } else if (name === '--rep') {
      const v = value();
      if (v === undefined) return '--rep needs a name';
      if (v.trim()) a.reps.push(v.trim());
    } else if (name === '--llm') {
      const v = value();
      if (v !== 'off' && v !== 'auto' && v !== 'on')
        return `--llm must be off, auto or on, got ${JSON.stringify(v ?? '')}`;
      a.llm = v;
    } else if (name === '--help' || name === '-h') {
      return '';
    } else if (k === '--') {
      a.files.push(...argv.slice(i + 1));
      break;
    } else if (k.startsWith('--')) {
      return `unknown option ${k}`;
    } else a.files.push(k);
  }
  if (a.files.length === 0) return 'no FILE given';
  return a;
}

async function loadLlm(mode: Args['llm']): Promise<LlmNeedsExtractor | string | undefined> {
  if (mode === 'off') return undefined;
  let llmConfig: Config['llm'];
  try {
    const { loadConfig } = await import('../config.js');
    llmConfig = loadConfig().llm;
  } catch (err) {
    if (mode === 'on') return `--llm on: configuration is invalid: ${err instanceof Error ? err.message : String(err)}`;
    return undefined;
  }
  if (!llmConfig) return mode === 'on' ? '--llm on needs an LLM configured (LLM_BASE_URL and LLM_MODEL)' : undefined;
  try {
    const mod = (await import('../llm/create-llm-extractor.js')) as {
      createLlmExtractor(cfg: NonNullable<Config['llm']>): LlmNeedsExtractor;
    };
    return mod.createLlmExtractor(llmConfig);
  } catch (err) {
    process.stderr.write(
      `baton extract: LLM extractor unavailable (${err instanceof Error ? err.message : String(err)}); using the rules extractor\n`,
    );
    return undefined;
  }
}

function line(file: string, r: ExtractionResult): string {
  return JSON.stringify({ file, format: r.format, messages: r.messages, needs: r.needs, changes: r.changes });
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(args ? `baton extract: ${args}\n${USAGE}` : USAGE);
    return args ? 2 : 0;
  }
  const llm = await loadLlm(args.llm);
  if (typeof llm === 'string') {
    process.stderr.write(`baton extract: ${llm}\n`);
    return 2;
  }
  const opts: ExtractOptions = { now: args.now, tz: args.tz, reps: args.reps };
  // bytes, not 'utf8': exports come as UTF-16 or GB18030 too, and binary files must be refused
  const texts = await Promise.all(
    args.files.map((f) =>
      readFile(f).then(
        (buf): { t: string } | { e: unknown } => {
          const d = decodeTranscript(buf);
          return d.ok ? { t: d.text } : { e: new Error(d.error) };
        },
        (e: unknown) => ({ e }),
      ),
    ),
  );
  const out: string[] = new Array<string>(args.files.length);
  let failed = false;
  const jobs: (() => Promise<void>)[] = [];
  texts.forEach((r, i) => {
    const file = args.files[i]!;
    if ('e' in r) {
      failed = true;
      const msg = r.e instanceof Error ? r.e.message.replace(/^[A-Z]+: /, '') : String(r.e);
      out[i] = JSON.stringify({ file, error: msg });
      return;
    }
    try {
      const parsed = parseTranscript(r.t, opts);
      const rules = extractWithRules(parsed, opts);
      out[i] = line(file, rules);
      if (llm) {
        jobs.push(async () => {
          try {
            out[i] = line(file, await llm.extract(parsed, opts, rules));
          } catch {
            // the port promises never to throw; keep the rules answer if it does
          }
        });
      }
    } catch (err) {
      failed = true;
      out[i] = JSON.stringify({
        file,
        error: `extraction failed: ${err instanceof Error ? err.message : String(err)}`,
      });
    }
  });
  for (let k = 0; k < jobs.length; k += LLM_CONCURRENCY)
    await Promise.all(jobs.slice(k, k + LLM_CONCURRENCY).map((j) => j()));
  process.stdout.write(out.join('\n') + '\n');
  return failed ? 1 : 0;
}
