// The layer rules are checked by `npm run lint`, not hoped for: ESLint, with the
// repository's own config, must reject a file that crosses a layer and accept one
// that stays inside it. The files are linted as text under their would-be paths.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return result!.messages.filter((m) => m.ruleId === 'layers/imports').map((m) => m.message);
}

describe('layer rules (eslint/layers.js)', () => {
  it('fails a file in src/core that imports src/db', async () => {
    const errors = await layerErrors(
      'src/core/probe.ts',
      "import type { Db } from '../db/client.js';\nexport type X = Db;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('src/core imports nothing of ours');
  });

  it('lets src/core import src/core and npm packages', async () => {
    expect(
      await layerErrors(
        'src/core/cadence/probe.ts',
        "import { z } from 'zod';\nimport type { Tier } from '../types.js';\nexport const s = z.string();\nexport type T = Tier;\n",
      ),
    ).toEqual([]);
  });

  it('fails a service that imports a repository, kysely or an adapter', async () => {
    expect(
      await layerErrors(
        'src/services/cadence/probe.ts',
        "export { findMember } from '../../db/repositories/team.js';\n",
      ),
    ).toHaveLength(1);
    expect(
      await layerErrors('src/services/probe.ts', "import { sql } from 'kysely';\nexport const q = sql`select 1`;\n"),
    ).toHaveLength(1);
    expect(
      await layerErrors('src/services/probe.ts', "export { wecomAdapter } from '../../adapters/wecom/index.js';\n"),
    ).toHaveLength(1);
    expect(
      await layerErrors('src/services/probe.ts', "export { runJobExclusively } from '../jobs/scheduler.js';\n"),
    ).toHaveLength(1);
  });

  it('lets a service take types from src/deps.ts and src/core', async () => {
    expect(
      await layerErrors(
        'src/services/cadence/probe.ts',
        "import type { Repositories } from '../../deps.js';\nimport type { OutboxItem } from '../../core/records.js';\nexport type R = [Repositories, OutboxItem];\n",
      ),
    ).toEqual([]);
  });

  it('fails an adapter that imports another adapter or src/db, and lets it import src/core', async () => {
    expect(await layerErrors('adapters/wecom/probe.ts', "export * from '../dingtalk/client.js';\n")).toHaveLength(1);
    expect(await layerErrors('adapters/wecom/probe.ts', "export * from '../../src/db/client.js';\n")).toHaveLength(1);
    expect(
      await layerErrors(
        'adapters/wecom/probe.ts',
        "export * from './client.js';\nexport * from '../../src/core/types.js';\n",
      ),
    ).toEqual([]);
  });

  it('keeps src/extract pure: no services, database or HTTP', async () => {
    expect(await layerErrors('src/extract/probe.ts', "export * from '../services/needs/merge.js';\n")).toHaveLength(1);
    expect(
      await layerErrors('src/extract/rules/probe.ts', "export * from '../../http/build-server.js';\n"),
    ).toHaveLength(1);
  });
});
