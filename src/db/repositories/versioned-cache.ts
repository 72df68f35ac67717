// A value kept in memory per database and refreshed when a version the database keeps
// has moved (a trigger takes the next version on every write). Each use asks one cheap
// question; one refresh runs at a time and everyone waiting shares it. Several replicas,
// each with its own copy, stay right. Used by the team and the mention index.

export interface VersionedCache<T> {
  value?: T;
  /** The version `value` is at least as new as; -1 before the first load. */
  version: number;
  refreshing?: Promise<void>;
}

export function newVersionedCache<T>(): VersionedCache<T> {
  return { version: -1 };
}

/**
 * The cached value once it is at least as new as the database's version. `refresh` must
 * read the version before the data it loads (so what it loads is at least that new) and
 * set both `value` and `version`.
 */
export async function currentValue<T>(
  cache: VersionedCache<T>,
  readVersion: () => Promise<number>,
  refresh: () => Promise<void>,
): Promise<T> {
  for (;;) {
    const version = await readVersion();
    if (cache.value !== undefined && version <= cache.version) return cache.value;
    cache.refreshing ??= refresh().finally(() => {
      cache.refreshing = undefined;
    });
    await cache.refreshing;
  }
}
