import tseslint from 'typescript-eslint';
import { layersConfig } from './eslint/layers.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'src/http/web/assets/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    // Time comes from the injected Clock (src/core/clock.ts), never from the system clock directly,
    // so tests can fix it and the console's tick can move it. Durations use performance.now().
    files: ['src/**/*.ts', 'adapters/**/*.ts'],
    ignores: ['src/core/clock.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Take the time from the injected Clock (deps.clock.now(), ctx.now).',
        },
        {
          selector: "CallExpression[callee.name='Date']",
          message: 'Take the time from the injected Clock (deps.clock.now(), ctx.now).',
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message: 'Take the time from the injected Clock; for durations use performance.now().',
        },
      ],
    },
  },
  // Which folder may import which: core, extract, adapters, services (eslint/layers.js).
  layersConfig,
  { files: ['eslint.config.js', 'vitest.config.ts'], rules: { 'no-restricted-syntax': 'off' } },
);
