// Starts the adapters that hold long-lived connections (DingTalk Stream, WhatsApp Web, the WeCom
// AI bot long connection). Everything they receive is stored through ingest before they may
// acknowledge or answer it. An adapter that allows one connection per account runs under the
// connection lock (connection-owner.ts), so exactly one replica holds it.
import type { AppDeps } from '../deps.js';
import type { DbHandle } from '../db/client.js';
import type { AdapterHooks, ChatAdapter, InboundMessage } from '../core/types.js';
import { ingestMessages } from '../services/ingest.js';
import { superviseExclusive, type ConnectionOwner, type OwnerTimings } from './connection-owner.js';

export interface AdapterConnections {
  stop(): Promise<void>;
}

export function startAdapterConnections(
  deps: AppDeps,
  handle: Pick<DbHandle, 'lockSession'>,
  timings?: Partial<OwnerTimings>,
): AdapterConnections {
  const owners: ConnectionOwner[] = [];
  const plain: ChatAdapter[] = [];
  for (const adapter of deps.adapters.values()) {
    if (!adapter.start) continue;
    const onMessage = async (m: InboundMessage) => {
      const r = await ingestMessages(deps, [m]);
      return { duplicate: r.stored.length === 0 && r.duplicates > 0 };
    };
    const hooks: AdapterHooks = {
      memberLanguage: async (externalId) =>
        (await deps.repos.team.findMemberByIdentity(adapter.platform, externalId))?.language,
    };
    const start = () => adapter.start!(onMessage, hooks);
    if (adapter.exclusiveConnection) {
      owners.push(
        superviseExclusive({
          key: adapter.exclusiveConnection,
          lockSession: handle.lockSession,
          logger: deps.logger.child({ platform: adapter.platform }),
          start,
          stop: () => adapter.stop?.() ?? Promise.resolve(),
          timings,
        }),
      );
    } else {
      plain.push(adapter);
      void start().catch((err: unknown) =>
        deps.logger.error({ err, platform: adapter.platform }, 'adapter failed to start'),
      );
    }
  }
  return {
    async stop() {
      await Promise.all(owners.map((o) => o.stop()));
      await Promise.all(plain.map((a) => a.stop?.().catch(() => undefined)));
    },
  };
}
