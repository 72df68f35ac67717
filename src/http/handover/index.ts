// GET /handovers/:id?k=<token>[&lang=zh|en] — the full handover package as its
// recipient may see it. The token (one per recipient, sent in their chat link)
// says who is reading, so the page filters money for roles that may not see it.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps.js';
import { filterPackageFor, PackageSchema } from '../../core/handover/package.js';
import { findMember } from '../../db/repositories/team.js';
import { notFoundPage, renderPage } from './page.js';
import { HandoverPageParams, HandoverPageQuery } from './schemas.js';

export async function handoverPagePlugin(app: FastifyInstance, { deps }: { deps: AppDeps }): Promise<void> {
  app.get('/handovers/:id', async (req, reply) => {
    const params = HandoverPageParams.safeParse(req.params);
    const query = HandoverPageQuery.parse(req.query ?? {});
    const id = params.success ? params.data.id : '';
    const token = id ? query.k ?? '' : '';
    const r = token ? await deps.db.selectFrom('handover_recipients as r').innerJoin('handover_batches as b', 'b.id', 'r.batch_id')
      .select(['r.member_id', 'r.status', 'b.id', 'b.kind', 'b.stage', 'b.from_member_id', 'b.created_by', 'b.due_at'])
      .where('r.batch_id', '=', id).where('r.token', '=', token).executeTakeFirst() : undefined;
    const viewer = r ? await findMember(deps.db, r.member_id) : undefined;
    if (!r || !viewer) return reply.status(404).type('text/html; charset=utf-8').send(notFoundPage());
    const rows = await deps.db.selectFrom('handovers as h').innerJoin('handover_signoffs as s', 's.handover_id', 'h.id')
      .select(['h.package']).where('h.batch_id', '=', r.id).where('s.member_id', '=', viewer.id).execute();
    const packages = rows.map((x) => filterPackageFor(PackageSchema.parse(x.package), viewer.role))
      .sort((a, b) => a.customer.tier.localeCompare(b.customer.tier) || a.customer.name.localeCompare(b.customer.name));
    const from = await findMember(deps.db, r.from_member_id ?? r.created_by);
    const lang = query.lang ?? viewer.language;
    const html = renderPage({
      batchId: r.id, kind: r.kind, stage: r.stage, fromName: from?.name ?? '', viewerName: viewer.name, viewerRole: viewer.role,
      status: r.status, dueAt: new Date(r.due_at), lang, tz: deps.config.tz, packages, token,
    });
    return reply.type('text/html; charset=utf-8').send(html);
  });
}
