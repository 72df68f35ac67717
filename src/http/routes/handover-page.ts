// GET /handovers/:id?k=<token>[&lang=zh|en] — the full handover package as its
// recipient may see it. The token (one per recipient, sent in their chat link)
// says who is reading, so the page filters money for roles that may not see it.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps.js';
import { filterPackageFor, PackageSchema } from '../../core/handover/package.js';
import { findMember } from '../../db/repositories/team.js';
import { renderPage } from '../../services/handover/render-page.js';

const notFound = '<!doctype html><meta charset="utf-8"><title>Not found</title><p>No such handover, or the link is incomplete. 没有这个交接，或链接不完整。</p>';

const ended = '<!doctype html><meta charset="utf-8"><title>Handover ended</title><p>This handover has ended, and its link with it. The customers are in the web workspace: send /web to Baton. · 这个交接已结束，链接随之失效。客户资料在网页工作台：向 Baton 发送 /web。</p>';

export async function handoverPageRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.get<{ Params: { id: string }; Querystring: { k?: string; lang?: string } }>('/handovers/:id', async (req, reply) => {
    const token = req.query.k ?? '';
    const r = token ? await deps.db.selectFrom('handover_recipients as r').innerJoin('handover_batches as b', 'b.id', 'r.batch_id')
      .select(['r.member_id', 'r.status', 'b.id', 'b.kind', 'b.stage', 'b.from_member_id', 'b.created_by', 'b.due_at'])
      .where('r.batch_id', '=', req.params.id).where('r.token', '=', token).executeTakeFirst() : undefined;
    const viewer = r ? await findMember(deps.db, r.member_id) : undefined;
    if (!r || !viewer) return reply.status(404).type('text/html; charset=utf-8').send(notFound);
    // A key is a bearer secret that travels in chat links (and used to reach logs): it works
    // only while the handover is open for its recipient, and ends with it.
    if (r.status !== 'pending') return reply.status(410).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(ended);
    const rows = await deps.db.selectFrom('handovers as h').innerJoin('handover_signoffs as s', 's.handover_id', 'h.id')
      .select(['h.package']).where('h.batch_id', '=', r.id).where('s.member_id', '=', viewer.id).execute();
    const packages = rows.map((x) => filterPackageFor(PackageSchema.parse(x.package), viewer.role))
      .sort((a, b) => a.customer.tier.localeCompare(b.customer.tier) || a.customer.name.localeCompare(b.customer.name));
    const from = await findMember(deps.db, r.from_member_id ?? r.created_by);
    const lang = req.query.lang === 'en' || req.query.lang === 'zh' ? req.query.lang : viewer.language;
    const html = renderPage({
      batchId: r.id, kind: r.kind, stage: r.stage, fromName: from?.name ?? '', viewerName: viewer.name, viewerRole: viewer.role,
      status: r.status, dueAt: new Date(r.due_at), lang, tz: deps.config.tz, packages,
    }).replace('{token}', encodeURIComponent(token));
    return reply.type('text/html; charset=utf-8').send(html);
  });
}
