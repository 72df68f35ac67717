// GET /handovers/:id?k=<token>[&lang=zh|en] — the full handover package as its
// recipient may see it. The token (one per recipient, sent in their chat link)
// says who is reading, so the page filters money for roles that may not see it.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps.js';
import { filterPackageFor, PackageSchema } from '../../core/handover/package.js';
import { endedPage, notFoundPage, renderPage } from './page.js';
import { HandoverPageParams, HandoverPageQuery } from './schemas.js';

export async function handoverPagePlugin(app: FastifyInstance, { deps }: { deps: AppDeps }): Promise<void> {
  app.get('/handovers/:id', async (req, reply) => {
    const params = HandoverPageParams.safeParse(req.params);
    const query = HandoverPageQuery.parse(req.query ?? {});
    const id = params.success ? params.data.id : '';
    const token = id ? (query.k ?? '') : '';
    const r = token ? await deps.repos.handovers.recipientByToken(id, token) : undefined;
    const viewer = r ? await deps.repos.team.findMember(r.memberId) : undefined;
    if (!r || !viewer) return reply.status(404).type('text/html; charset=utf-8').send(notFoundPage());
    // A key is a bearer secret that travels in chat links (and used to reach logs): it works
    // only while the handover is open for its recipient, and ends with it.
    if (r.status !== 'pending')
      return reply.status(410).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(endedPage());
    const rows = await deps.repos.handovers.packagesSignedBy(r.batchId, viewer.id);
    const packages = rows
      .map((x) => filterPackageFor(PackageSchema.parse(x), viewer.role))
      .sort((a, b) => a.customer.tier.localeCompare(b.customer.tier) || a.customer.name.localeCompare(b.customer.name));
    const from = await deps.repos.team.findMember(r.fromMemberId ?? r.createdBy);
    const lang = query.lang ?? viewer.language;
    const html = renderPage({
      batchId: r.batchId,
      kind: r.kind,
      stage: r.stage,
      fromName: from?.name ?? '',
      viewerName: viewer.name,
      viewerRole: viewer.role,
      status: r.status,
      dueAt: r.dueAt,
      lang,
      tz: deps.config.tz,
      packages,
      token,
    });
    return reply.type('text/html; charset=utf-8').send(html);
  });
}
