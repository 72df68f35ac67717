// Measures the transcript readers on a held-out set of real exports that are
// kept outside this repository (see test/fixtures/exports/README.md).
//   npx tsx scripts/check-readers.ts ROOT MANIFEST.json
// A file is read right when its format and its count of entries (messages
// plus the lines WhatsApp writes itself) match the manifest, and, where the
// manifest gives it, the count of messages kept after placeholders and
// system lines are dropped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeTranscript } from '../src/extract/parse/decode.js';
import { parseByFormat } from '../src/extract/parse/detect-format.js';
import { readWhatsappEntries } from '../src/extract/parse/whatsapp-export.js';
import { stripMergedForward } from '../src/extract/parse/merged-forward.js';

interface Item {
  path: string;
  format: string;
  entries?: number;
  messages?: number;
  truth: string;
  /** 'dev' files may be looked at when a reader is wrong; 'heldout' ones are only counted. */
  split?: string;
}

const [root, manifestPath] = process.argv.slice(2);
if (!root || !manifestPath) {
  process.stderr.write('usage: npx tsx scripts/check-readers.ts ROOT MANIFEST.json\n');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { source: string; items: Item[] };
const byTruth = new Map<string, { n: number; ok: number }>();
let ok = 0;
for (const it of manifest.items) {
  const d = decodeTranscript(readFileSync(join(root, it.path)));
  let got = { format: 'error', entries: -1, messages: -1 };
  if (d.ok) {
    const p = parseByFormat(d.text, 2026);
    const lines = stripMergedForward(
      d.text
        .replace(/^\ufeff/, '')
        .replace(/\r\n?/g, '\n')
        .split('\n'),
    ).lines;
    const entries = p.format === 'whatsapp-export' ? readWhatsappEntries(lines).length : p.raw.length;
    got = { format: p.format, entries, messages: p.raw.length };
  }
  const right =
    got.format === it.format &&
    (it.entries === undefined || got.entries === it.entries) &&
    (it.messages === undefined || got.messages === it.messages);
  const t = byTruth.get(it.truth) ?? { n: 0, ok: 0 };
  t.n++;
  if (right) {
    t.ok++;
    ok++;
  } else if (it.split !== 'heldout' || process.argv.includes('--show-heldout')) {
    process.stdout.write(
      `MISS ${it.path}: want ${it.format} ${it.entries ?? '-'}/${it.messages ?? '-'}, got ${got.format} ${got.entries}/${got.messages}\n`,
    );
  }
  byTruth.set(it.truth, t);
}
for (const [k, v] of byTruth) process.stdout.write(`${k}: ${v.ok}/${v.n}\n`);
process.stdout.write(
  `read right ${ok}/${manifest.items.length} (${((100 * ok) / manifest.items.length).toFixed(1)}%) of ${manifest.source}\n`,
);
