// Issue 19's done-when: every chat of the dev set rendered as phone screenshots (layouts rotating
// across chats), read back with the screenshot reader and joinReadings, extracted with the same
// rules extractor, and scored by the same scorer as the text — both lines side by side.
//
//   npx tsx test/eval/screenshot-eval.mts [--set ../shared/eval/dev] [--out /tmp/baton-screenshot-eval]
//
// Output lines have the shape of `baton extract` and go to the scorer through its --results flag.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { decodeTranscript } from '../../src/extract/parse/decode.js';
import { extractWithRules, parseTranscript } from '../../src/extract/extract-transcript.js';
import type { ExtractOptions, ExtractionResult } from '../../src/extract/types.js';
import { createScreenshotReader, joinReadings } from '../../src/extract/screenshot/index.js';
import { chatFromTranscript } from '../fixtures/screenshots/chat-from-transcript.js';
import { RENDER_LAYOUTS, launchBrowser, renderChat } from '../fixtures/screenshots/render.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const set = resolve(
  arg('--set') ?? (existsSync('../shared/eval/dev') ? '../shared/eval/dev' : '/work/shared/eval/dev'),
);
const scorer = join(set, '..', 'score.mjs');
const out = resolve(arg('--out') ?? '/tmp/baton-screenshot-eval');
mkdirSync(join(out, 'png'), { recursive: true });

interface Gold {
  file: string;
  now: string;
  reps: string[];
}
const gold = readFileSync(join(set, 'gold.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Gold);

const line = (file: string, r: ExtractionResult): string =>
  JSON.stringify({ file, format: r.format, messages: r.messages, needs: r.needs, changes: r.changes });

const reader = createScreenshotReader();
const available = await reader.available();
if (!available.ok) {
  console.error(`screenshot eval: ${available.reason}`);
  process.exit(2);
}
const browser = await launchBrowser();
const textLines: string[] = [];
const shotLines: string[] = [];
let shots = 0;
let readMs = 0;
let worst = 0;
try {
  for (const [i, g] of gold.entries()) {
    const decoded = decodeTranscript(readFileSync(join(set, g.file)));
    if (!decoded.ok) throw new Error(`${g.file}: ${decoded.error}`);
    const opts: ExtractOptions = { now: new Date(g.now), tz: 'Asia/Shanghai', reps: g.reps };
    const parsed = parseTranscript(decoded.text, opts);
    textLines.push(line(g.file, extractWithRules(parsed, opts)));
    const layout = RENDER_LAYOUTS[i % RENDER_LAYOUTS.length]!;
    const pngs = await renderChat(browser, chatFromTranscript(parsed, layout, opts));
    const readings = [];
    let failed: string | undefined;
    for (const [k, png] of pngs.entries()) {
      writeFileSync(join(out, 'png', `${g.file.replace(/\.txt$/, '')}-${k + 1}.png`), png);
      const t0 = performance.now();
      try {
        readings.push(await reader.read(png, { ...opts, timeoutMs: 60_000 }));
      } catch (err) {
        // one unreadable screenshot fails its chat, as the scorer counts a file with an error line
        failed = `screenshot ${k + 1}: ${err instanceof Error ? err.message : String(err)}`;
        break;
      }
      const ms = performance.now() - t0;
      readMs += ms;
      worst = Math.max(worst, ms);
      shots++;
    }
    if (failed) {
      shotLines.push(JSON.stringify({ file: g.file, error: failed }));
      console.error(`${g.file}: ${layout}, ${failed}`);
      continue;
    }
    const joined = joinReadings(readings);
    writeFileSync(
      join(out, `${g.file.replace(/\.txt$/, '')}.read.txt`),
      joined.transcript.messages.map((m) => `[${m.role}] ${m.text}`).join('\n') + '\n',
    );
    shotLines.push(line(g.file, extractWithRules(joined.transcript, opts)));
    console.error(
      `${g.file}: ${layout}, ${pngs.length} screenshot(s), ${parsed.messages.length} → ${joined.transcript.messages.length} messages`,
    );
  }
} finally {
  await browser.close();
}
writeFileSync(join(out, 'text.jsonl'), textLines.join('\n') + '\n');
writeFileSync(join(out, 'screenshot.jsonl'), shotLines.join('\n') + '\n');

const score = (file: string): string => {
  const report = execFileSync(process.execPath, [scorer, '--set', set, '--results', file], { encoding: 'utf8' });
  writeFileSync(file.replace(/\.jsonl$/, '.score.txt'), report);
  return report.trim().split('\n').pop()!;
};
const text = score(join(out, 'text.jsonl'));
const shot = score(join(out, 'screenshot.jsonl'));
const f1 = (s: string): number => Number(/needs F1 ([\d.]+)/.exec(s)?.[1] ?? 0);
console.log(`text        ${text}`);
console.log(`screenshot  ${shot}`);
console.log(
  `screenshot/text F1 ${(f1(shot) / (f1(text) || 1)).toFixed(3)} (done when ≥ 0.9); ${shots} screenshots, ` +
    `mean read ${(readMs / shots / 1000).toFixed(2)} s, slowest ${(worst / 1000).toFixed(2)} s; reports in ${out}`,
);
