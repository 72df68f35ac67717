import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { SlowestFilesReporter } from './test/helpers/slowest-files-reporter.js';

// Integration tests spend much of their time waiting on sockets, timers and the database, so
// two workers pay off even on two cores (vitest's default is cores - 1, one worker here).
const workers = Math.max(2, availableParallelism() - 1);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Migrate once per run; each test file then loads a copy of that database (test/helpers/test-db.ts).
    globalSetup: ['test/helpers/global-setup.ts'],
    // Integration tests start servers and databases; give them room but keep runs bounded.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // A worker process runs many files: modules (fastify, PGlite's wasm, jieba, compromise) are
    // loaded once per worker instead of once per file, which halves the suite's CPU time. Safe
    // because nothing of ours keeps module-level state (docs/DEVELOPING.md: no singletons); each
    // file still gets its own database and app. Set VITEST_ISOLATE=true to isolate files when
    // hunting a test that leaks state.
    isolate: process.env.VITEST_ISOLATE === 'true',
    maxWorkers: workers,
    minWorkers: workers,
    reporters: ['default', new SlowestFilesReporter()],
  },
});
