// Where the effective cadence policy comes from: defaults ← the company's
// CADENCE_POLICY_FILE ← overrides set in chat (/cadence A 2), kept in settings.
// Jobs copy the file (validated) and the business time zone into settings, so
// code that only has the repositories (onCustomerContact) sees the same policy.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { AppDeps, Repositories } from '../../deps.js';
import { deepMerge, resolvePolicy, type CadencePolicy } from '../../core/cadence/policy.js';

export const POLICY_OVERRIDES_KEY = 'cadence.policy.overrides';
export const RUNTIME_KEY = 'cadence.runtime';
const DEFAULT_TZ = 'Asia/Shanghai';

const RuntimeSchema = z.object({ tz: z.string(), file: z.unknown().optional() });

export interface CadenceRuntime {
  policy: CadencePolicy;
  tz: string;
}

/** Parse and validate a policy file; throws with the file name and the bad field. */
export async function readPolicyFile(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8');
  let patch: unknown;
  try {
    patch = JSON.parse(text);
  } catch (err) {
    throw new Error(`${path}: not valid JSON`, { cause: err });
  }
  try {
    resolvePolicy(patch);
  } catch (err) {
    throw new Error(`${path}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  return patch;
}

/** The policy and time zone as last synced (defaults and Asia/Shanghai before any job ran). */
export async function loadCadence(repos: Repositories): Promise<CadenceRuntime> {
  const runtime = RuntimeSchema.safeParse(await repos.settings.readSetting(RUNTIME_KEY));
  const file = runtime.success ? runtime.data.file : undefined;
  const tz = runtime.success ? runtime.data.tz : DEFAULT_TZ;
  const overrides = await repos.settings.readSetting(POLICY_OVERRIDES_KEY);
  try {
    return { policy: resolvePolicy(file, overrides), tz };
  } catch {
    // Overrides are validated when saved; a file edited since may clash with them. The file wins.
    return { policy: resolvePolicy(file), tz };
  }
}

/** Copy the policy file and time zone into settings (when they changed), then load. */
export async function syncCadence(deps: Pick<AppDeps, 'repos' | 'config' | 'logger'>): Promise<CadenceRuntime> {
  let file: unknown;
  if (deps.config.cadencePolicyFile) {
    try {
      file = await readPolicyFile(deps.config.cadencePolicyFile);
    } catch (err) {
      deps.logger.error({ err }, 'cadence policy file is invalid; keeping the last good one');
      const prev = RuntimeSchema.safeParse(await deps.repos.settings.readSetting(RUNTIME_KEY));
      file = prev.success ? prev.data.file : undefined;
    }
  }
  const next = { tz: deps.config.tz, ...(file === undefined ? {} : { file }) };
  const prev = await deps.repos.settings.readSetting(RUNTIME_KEY);
  if (JSON.stringify(prev) !== JSON.stringify(next)) await deps.repos.settings.writeSetting(RUNTIME_KEY, next);
  return loadCadence(deps.repos);
}

/** The policy a chat override would give, without storing it; throws if it is not valid. */
export async function previewOverride(
  repos: Repositories,
  patch: unknown,
): Promise<{ policy: CadencePolicy; merged: unknown }> {
  const current = (await repos.settings.readSetting(POLICY_OVERRIDES_KEY)) ?? {};
  const merged = deepMerge(current, patch);
  const runtime = RuntimeSchema.safeParse(await repos.settings.readSetting(RUNTIME_KEY));
  return { policy: resolvePolicy(runtime.success ? runtime.data.file : undefined, merged), merged };
}

/** Merge a chat override into the stored ones; throws if the result is not a valid policy. */
export async function saveOverride(repos: Repositories, patch: unknown): Promise<CadencePolicy> {
  const { policy, merged } = await previewOverride(repos, patch);
  await repos.settings.writeSetting(POLICY_OVERRIDES_KEY, merged);
  return policy;
}
