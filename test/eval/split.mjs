// Builds the tuning / held-out split of ../shared/eval dev + dev2 as two scorer
// sets (transcripts copied under a set prefix, gold lines renamed to match).
// A file is held out when the first byte of sha1("<set>/<file>") is < 86
// (about a third). The split depends on file names only, never on content.
//   node test/eval/split.mjs [/work/shared/eval] [/tmp/baton-eval]
//   node /work/shared/eval/score.mjs --set /tmp/baton-eval/tune --cmd "node dist/src/cli.js extract"
//   node /work/shared/eval/score.mjs --set /tmp/baton-eval/held --cmd "node dist/src/cli.js extract"
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const src = process.argv[2] ?? '/work/shared/eval';
const out = process.argv[3] ?? '/tmp/baton-eval';
export const isHeldOut = (set, file) => createHash('sha1').update(`${set}/${file}`).digest()[0] < 86;

const parts = { tune: [], held: [] };
for (const set of ['dev', 'dev2']) {
  for (const line of readFileSync(join(src, set, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())) {
    const g = JSON.parse(line);
    const part = isHeldOut(set, g.file) ? 'held' : 'tune';
    parts[part].push({ set, g });
  }
}
for (const [part, rows] of Object.entries(parts)) {
  const dir = join(out, part);
  mkdirSync(dir, { recursive: true });
  const lines = rows.map(({ set, g }) => {
    const name = `${set}-${g.file}`;
    copyFileSync(join(src, set, g.file), join(dir, name));
    return JSON.stringify({ ...g, file: name });
  });
  writeFileSync(join(dir, 'gold.jsonl'), lines.join('\n') + '\n');
  console.log(`${part}: ${rows.length} files`);
}
