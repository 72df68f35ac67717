import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Migrate once per run; each test file then loads a copy of that database (test/helpers/test-db.ts).
    globalSetup: ['test/helpers/global-setup.ts'],
    // Integration tests start servers and databases; give them room but keep runs bounded.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
