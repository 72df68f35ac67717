import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests start servers and databases; give them room but keep runs bounded.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
