// Loads prompt text from the package's prompts/ folder. The file name carries the
// version ("extract-needs.v1"), so a changed prompt is a new file and every need
// records which prompt produced it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The directory holding package.json, found by walking up from this module (src/llm via tsx, dist/src/llm compiled). */
export function findPackageRoot(fromUrl: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(fromUrl));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(fromUrl)}`);
    dir = parent;
  }
}

export interface LoadedPrompt {
  /** The file's base name without ".md", e.g. "extract-needs.v1". */
  version: string;
  text: string;
}

/** Read prompts/<version>.md. Sync on purpose: called once when an extractor is created. */
export function loadPrompt(version: string, root: string = findPackageRoot()): LoadedPrompt {
  if (!/^[a-z0-9-]+\.v\d+$/.test(version)) throw new Error(`bad prompt version name: ${version}`);
  const text = readFileSync(join(root, 'prompts', `${version}.md`), 'utf8').trim();
  return { version, text };
}
