// Shared by the screenshot tests: the committed fixtures, their chat files, and whether
// tesseract is here (tests that need it are skipped only when it is absent, and say so).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChatSpec } from '../../fixtures/screenshots/render.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/screenshots');
export const hasTesseract = spawnSync('tesseract', ['--version']).status === 0;
export const SKIP_NOTE = hasTesseract
  ? ''
  : ' — SKIPPED: tesseract is absent (apt-get install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra tesseract-ocr-eng)';

export interface FixtureChat extends ChatSpec {
  now: string;
  reps: string[];
}

export function chat(name: string): FixtureChat {
  return JSON.parse(readFileSync(join(FIXTURES, 'chats', `${name}.json`), 'utf8')) as FixtureChat;
}

export function png(name: string): Buffer {
  return readFileSync(join(FIXTURES, name));
}

/** Character similarity 0–1 (1 − edit distance / longer length), spaces and punctuation width ignored. */
export function similarity(a: string, b: string): number {
  const norm = (s: string): string[] => [
    ...s.replace(/\s+/g, '').replace(/[，？！：；（）]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
  ];
  const x = norm(a);
  const y = norm(b);
  if (!x.length && !y.length) return 1;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return 1 - prev[y.length]! / Math.max(x.length, y.length);
}
