#!/usr/bin/env node
// The npm registry this project installs from does not serve some platform
// builds of optional dependencies (e.g. @rollup/rollup-android-arm64). npm then
// leaves them out of package-lock.json, and `npm ci` refuses the lock as "out of
// sync". This adds a lock entry for each missing optional dependency, marked with
// the os/cpu/libc its name says, so npm ci skips it on every other platform.
// Run after `npm install` changes the lock:  node scripts/fix-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const OS = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'openharmony', 'netbsd', 'sunos', 'aix', 'win32'];
const CPU = ['arm64', 'arm', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'mips64el'];

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const pkgs = lock.packages;
let added = 0;
for (const [where, meta] of Object.entries(pkgs)) {
  for (const [name, range] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = `${where ? where + '/' : ''}node_modules/${name}`;
    const top = `node_modules/${name}`;
    if (pkgs[nested] || pkgs[top]) continue;
    const parts = name.split('/').pop().split('-');
    const os = parts.find((p) => OS.includes(p));
    const cpu = parts.find((p) => CPU.includes(p));
    if (!os || !cpu) {
      console.warn(`skipped ${name}: no platform in its name`);
      continue;
    }
    const entry = {
      version: String(range).replace(/^[~^=]/, ''),
      dev: meta.dev || undefined,
      optional: true,
      os: [os],
      cpu: [cpu],
    };
    if (parts.some((p) => p.includes('musl'))) entry.libc = ['musl'];
    else if (os === 'linux' && parts.some((p) => p.includes('gnu'))) entry.libc = ['glibc'];
    pkgs[top] = entry;
    added++;
  }
}
const sorted = Object.fromEntries(
  Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
console.log(`added ${added} lock entries for platform builds the registry does not serve`);
