#!/usr/bin/env node
// Entry point of the `baton` command. Runs the compiled build (dist/) when it is
// up to date; in a source checkout with a stale or missing build it runs the
// TypeScript sources through tsx, so `npx baton …` never runs old code.
import { existsSync, statSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'src', 'cli.js');

function newestMtime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    const t = entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

function buildIsFresh() {
  if (!existsSync(built)) return false;
  if (!existsSync(join(root, 'src'))) return true; // installed package: only dist ships
  const builtAt = statSync(built).mtimeMs;
  return Math.max(newestMtime(join(root, 'src')), newestMtime(join(root, 'adapters'))) <= builtAt;
}

if (buildIsFresh()) {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(root, 'src', 'cli.ts')).href);
}
