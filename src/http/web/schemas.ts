// The web workspace's query strings, checked with zod.
import { z } from 'zod';
import { IMPORT_KINDS } from '../../services/import/fields.js';
import type { ListFilters } from '../../db/repositories/web-customer-list.js';

export const ListQuery = z.object({
  q: z.string().max(200).optional(),
  tier: z.enum(['A', 'B', 'C', 'D', '']).optional(),
  stage: z.string().max(20).optional(),
  owner: z.string().max(60).optional(),
  overdue: z.string().optional(),
});
export const ImportQuery = z.object({
  name: z.string().min(1).max(300),
  kind: z.enum(IMPORT_KINDS).optional(),
  mapping: z.string().max(20_000).optional(),
});

export function filtersOf(query: unknown): ListFilters {
  const q = ListQuery.safeParse(query);
  if (!q.success) return {};
  return {
    q: q.data.q || undefined,
    tier: q.data.tier || undefined,
    stage: q.data.stage || undefined,
    owner: q.data.owner || undefined,
    overdue: q.data.overdue === '1',
  };
}
