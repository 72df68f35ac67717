#!/usr/bin/env node
// `npm run bench`: runs bench/run.ts (through tsx, so it always measures the current sources).
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { register } = await import('tsx/esm/api');
register();
await import(pathToFileURL(join(root, 'bench', 'run.ts')).href);
