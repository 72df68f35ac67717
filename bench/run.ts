// `npm run bench`: prints speed and memory figures. Each bench is optional: one
// that is missing or fails prints why and the rest still run.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Bench = () => Promise<{ name: string; figures: Record<string, number | string> }>;
const here = dirname(fileURLToPath(import.meta.url));

const BENCHES: [file: string, exportName: string][] = [
  ['ingest-bench.ts', 'benchIngest'],
  ['wecom-bench.ts', 'benchWecom'],
  ['extract-bench.ts', 'benchExtract'],
  ['cadence-bench.ts', 'benchCadence'],
  ['import-bench.ts', 'benchImport'],
  ['departure-bench.ts', 'benchDeparture'],
  ['zip-bomb-bench.ts', 'benchZipBomb'],
  ['kill-dupes-bench.ts', 'benchKillDupes'],
  ['memory-bench.ts', 'benchMemory'],
  ['scale-bench.ts', 'benchScale'],
  ['ocr-bench.ts', 'benchOcr'],
];

const only = process.argv.slice(2);
for (const [file, name] of BENCHES) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  const path = join(here, file);
  if (!existsSync(path)) {
    console.log(`\n## ${file}: not present`);
    continue;
  }
  try {
    const mod = (await import(pathToFileURL(path).href)) as Record<string, Bench>;
    const fn = mod[name];
    if (!fn) {
      console.log(`\n## ${file}: no export ${name}`);
      continue;
    }
    const res = await fn();
    console.log(`\n## ${res.name}`);
    for (const [k, v] of Object.entries(res.figures)) console.log(`  ${k.padEnd(34)} ${v}`);
  } catch (err) {
    console.log(`\n## ${file}: failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
}
process.exit(0);
