// /readyz, per dependency: the database (the only one that makes Baton unready),
// the LLM (down is reported but not fatal: the rules extractor takes over), and each
// configured platform's last send.
import type { AppDeps } from '../../deps.js';

export interface Readiness {
  ok: boolean;
  database: 'up' | 'down';
  llm: { state: 'off' | 'up' | 'down' | 'unknown'; model?: string; since?: string; reason?: string };
  platforms: Record<
    string,
    {
      state: 'ok' | 'failing' | 'idle';
      lastSentAt: string | null;
      lastFailureAt: string | null;
      lastError: string | null;
    }
  >;
}

export async function readiness(deps: Pick<AppDeps, 'repos' | 'config' | 'adapters' | 'llm'>): Promise<Readiness> {
  const database = (await deps.repos.health.pingDb()) ? 'up' : 'down';
  const result: Readiness = {
    ok: database === 'up',
    database,
    llm: { state: deps.config.llm ? 'unknown' : 'off' },
    platforms: {},
  };
  if (database === 'down') return result;
  if (deps.config.llm) {
    const down = await deps.repos.llmHealth.readLlmDown();
    const seen = (deps.llm as { lastOutcome?: string } | undefined)?.lastOutcome;
    result.llm = down
      ? { state: 'down', model: deps.config.llm.model, since: down.since.toISOString(), reason: down.reason }
      : { state: seen === 'ok' ? 'up' : 'unknown', model: deps.config.llm.model };
  }
  const sends = new Map((await deps.repos.opsStats.platformLastSends()).map((s) => [s.platform, s]));
  for (const platform of deps.adapters.keys()) {
    if (platform === 'console') continue;
    const s = sends.get(platform);
    result.platforms[platform] = {
      state: !s ? 'idle' : s.lastFailureAt ? 'failing' : 'ok',
      lastSentAt: s?.lastSentAt?.toISOString() ?? null,
      lastFailureAt: s?.lastFailureAt?.toISOString() ?? null,
      lastError: s?.lastError ?? null,
    };
  }
  return result;
}
