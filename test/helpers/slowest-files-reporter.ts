// Prints where a run's time went: the slowest test files, with their import (collect) time
// and their tests' time. Issue 11 asks the suite to print this when it misses its budget;
// printing it always keeps the figure in every CI log.
import type { Reporter } from 'vitest/reporters';
import type { RunnerTestFile } from 'vitest';

const SHOWN = 10;

export class SlowestFilesReporter implements Reporter {
  onFinished(files: RunnerTestFile[] = []): void {
    const rows = files
      .map((f) => ({
        name: f.filepath.replace(`${process.cwd()}/`, ''),
        collect: f.collectDuration ?? 0,
        tests: f.result?.duration ?? 0,
      }))
      .sort((a, b) => b.collect + b.tests - (a.collect + a.tests))
      .slice(0, SHOWN);
    if (rows.length === 0) return;
    const s = (ms: number) => `${(ms / 1000).toFixed(1)}s`.padStart(7);
    const lines = rows.map((r) => `${s(r.collect + r.tests)} ${s(r.collect)} ${s(r.tests)}  ${r.name}`);
    process.stdout.write(`\nSlowest files (total, import, tests):\n${lines.join('\n')}\n`);
  }
}
