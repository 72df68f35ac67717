// The web workspace under /web: sign-in by chat link, customers, the supervisor's
// dashboard, import and export. One encapsulated fastify plugin owning its routes,
// its views (./views, server-rendered with the one html helper, ../html.ts) and its
// schemas (./schemas.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import type { Member } from '../../core/team.js';
import { tr } from '../../core/i18n/index.js';
import { canSeeCustomer } from '../../core/permissions.js';
import { packageRoot } from '../../core/package-root.js';
import { consumeLoginToken, createSession, revokeSession } from '../../services/web-auth/tokens.js';
import { COOKIE, currentMember, readCookie, setSessionCookie } from './session.js';
import { messagePage, mayUseDashboard } from './views/layout.js';
import { STYLE_CSS } from './views/style.js';
import { scopeFor } from '../../web/queries/visibility.js';
import { loadDashboardData } from '../../web/queries/dashboard.js';
import { customersPage } from './views/pages/customers.js';
import { customerPage } from './views/pages/customer.js';
import { dashboardPage } from './views/pages/dashboard.js';
import { allowedKinds, importPage, previewFragment } from './views/pages/import.js';
import { exportWorkbook } from './views/export.js';
import { runImport } from '../../services/import/run-import.js';
import { SheetError, SheetLimitError } from '../../services/import/sheet.js';
import { createSheetReader } from '../../services/import/sheet-reader.js';
import { escapeHtml } from '../html.js';
import { customerOrders, sheetForPrint } from '../../services/orders/web-data.js';
import { ordersSection, sheetPrintPage } from './views/pages/orders.js';
import { filtersOf, ImportQuery } from './schemas.js';
import { picturesOf, screenshotsSection } from './views/pages/screenshots.js';

const HTML = 'text/html; charset=utf-8';
const SAMPLES = new Set(['customers.xlsx', 'orders.xlsx', 'followups.csv']);
const MAX_UPLOAD = 20 * 1024 * 1024;

export async function webWorkspacePlugin(app: FastifyInstance, { deps }: { deps: AppDeps }): Promise<void> {
  const tz = deps.config.tz;
  const now = () => deps.clock.now();
  // Uploads are untrusted: read off the main thread, with limits, a few at a time.
  const readUploaded = createSheetReader(deps.config.imports);

  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: MAX_UPLOAD },
    (_req, body, done) => done(null, body),
  );

  /** The signed-in member, or a page telling how to sign in (and undefined). */
  async function me(req: FastifyRequest, reply: FastifyReply): Promise<Member | undefined> {
    const m = await currentMember(deps, req);
    if (!m) {
      void reply
        .status(401)
        .type(HTML)
        .send(
          messagePage(
            'Baton',
            'Sign in by sending /web to Baton in chat; it answers with a link. · 请在聊天中向 Baton 发送 /web 获取登录链接。',
          ),
        );
    }
    return m;
  }

  /** Links to the handover package page (/handovers/:batch?k=token) for batches the viewer is a recipient of. */
  async function handoverLinks(
    batchIds: (string | null)[],
    memberId: string,
  ): Promise<(h: { batchId: string | null }) => string | undefined> {
    const ids = [...new Set(batchIds.filter((x): x is string => Boolean(x)))];
    if (ids.length === 0 || !app.hasRoute({ method: 'GET', url: '/handovers/:id' })) return () => undefined;
    const tokens = await deps.repos.web.handoverTokens(ids, memberId);
    return (h) => {
      const k = h.batchId ? tokens.get(h.batchId) : undefined;
      return k && h.batchId ? `/handovers/${encodeURIComponent(h.batchId)}?k=${encodeURIComponent(k)}` : undefined;
    };
  }

  app.get('/web/assets/style.css', async (_req, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(STYLE_CSS),
  );

  app.get<{ Querystring: { token?: string } }>('/web/login', async (req, reply) => {
    const token = typeof req.query.token === 'string' ? req.query.token : '';
    const r = await consumeLoginToken(deps.repos, token, now());
    void reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
    if (!r.ok) {
      const [zh, en] =
        r.reason === 'used'
          ? ['这个登录链接已经用过了。', 'This sign-in link has already been used.']
          : r.reason === 'expired'
            ? ['这个登录链接已过期（15 分钟有效）。', 'This sign-in link has expired (links last 15 minutes).']
            : ['这个登录链接无效。', 'This sign-in link is not valid.'];
      return reply
        .status(r.reason === 'unknown' ? 400 : 410)
        .type(HTML)
        .send(
          messagePage(
            'Sign-in link refused · 登录链接无效',
            `${en} Send /web to Baton in chat for a new one. · ${zh}请在聊天中重新发送 /web。`,
          ),
        );
    }
    const sid = await createSession(deps.repos, r.memberId, now());
    setSessionCookie(reply, deps, sid);
    return reply.redirect('/web', 303);
  });

  app.get('/web/logout', async (req, reply) => {
    const sid = readCookie(req, COOKIE);
    if (sid) await revokeSession(deps.repos, sid, now());
    setSessionCookie(reply, deps, '', true);
    return reply.type(HTML).send(messagePage('Baton', 'Signed out. · 已退出。'));
  });

  app.get('/web', async (req, reply) => {
    const m = await me(req, reply);
    if (!m) return reply;
    return reply.redirect(mayUseDashboard(m) ? '/web/dashboard' : '/web/customers', 303);
  });

  app.get('/web/customers', async (req, reply) => {
    const m = await me(req, reply);
    if (!m) return reply;
    const f = filtersOf(req.query);
    const scope = await scopeFor(deps.repos, m);
    const [{ rows, total }, members] = await Promise.all([
      deps.repos.web.listVisibleCustomers(scope, f, now()),
      deps.repos.team.listMembers(),
    ]);
    const owners = members.filter(
      (x) => x.active && (scope.all || scope.ownerIds.includes(x.id)) && (x.role === 'rep' || x.role === 'supervisor'),
    );
    return reply.type(HTML).send(customersPage({ me: m, f, rows, total, owners, tz }));
  });

  app.get<{ Params: { id: string } }>('/web/customers/:id', async (req, reply) => {
    const m = await me(req, reply);
    if (!m) return reply;
    const d = await deps.repos.web.loadCustomerDetail(req.params.id, now());
    const L = m.language;
    if (!d)
      return reply
        .status(404)
        .type(HTML)
        .send(messagePage(tr(L, 'web.routes.not_found'), tr(L, 'web.routes.there_is_no_such_customer'), m));
    if (!canSeeCustomer(m, d.customer.ownerId, d.ownerReportsTo, await deps.repos.web.responsiblesOf(d.customer.id))) {
      return reply
        .status(403)
        .type(HTML)
        .send(messagePage(tr(L, 'web.routes.not_yours'), tr(L, 'web.routes.this_customer_belongs_to_someone'), m));
    }
    const body = customerPage(
      m,
      d,
      now(),
      tz,
      await handoverLinks(
        d.handovers.map((h) => h.batchId),
        m.id,
      ),
    );
    // Orders from chat (issue 20): the orders with their production sheets, before the page ends.
    const orders = ordersSection(m, await customerOrders(deps.repos, d.customer.id), tz).value;
    // Screenshots (issue 19): each picture beside the needs read from it.
    const images = await deps.repos.messageImages.imagesBehind(needMessageIds(d.needs));
    const shots = screenshotsSection(m, d.customer.id, d.needs, images).value;
    return reply.type(HTML).send(body.replace('</main>', `${shots}${orders}</main>`));
  });

  // A screenshot a need of this customer came from (issue 19): for whoever may see the customer,
  // and only pictures behind this customer's needs (a message id of another customer's is a 404).
  app.get<{ Params: { id: string; message: string; ordinal: string } }>(
    '/web/customers/:id/screenshots/:message/:ordinal',
    async (req, reply) => {
      const m = await me(req, reply);
      if (!m) return reply;
      const L = m.language;
      const ordinal = Number(req.params.ordinal);
      const d = await deps.repos.web.loadCustomerDetail(req.params.id, now());
      const notFound = () =>
        reply
          .status(404)
          .type(HTML)
          .send(messagePage(tr(L, 'web.routes.not_found'), tr(L, 'web.routes.there_is_no_such_customer'), m));
      if (!d || !Number.isInteger(ordinal)) return notFound();
      if (
        !canSeeCustomer(m, d.customer.ownerId, d.ownerReportsTo, await deps.repos.web.responsiblesOf(d.customer.id))
      ) {
        return reply
          .status(403)
          .type(HTML)
          .send(messagePage(tr(L, 'web.routes.not_yours'), tr(L, 'web.routes.this_customer_belongs_to_someone'), m));
      }
      const behind = await deps.repos.messageImages.imagesBehind(needMessageIds(d.needs));
      const mine = needMessageIds(d.needs).some((id) =>
        picturesOf(id, behind).some((p) => p.messageId === req.params.message && p.ordinal === ordinal),
      );
      const img = mine ? await deps.repos.messageImages.imageData(req.params.message, ordinal) : undefined;
      if (!img) return notFound();
      const type = img.mime === 'image/png' || img.mime === 'image/jpeg' ? img.mime : 'application/octet-stream';
      return reply
        .type(type)
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .send(img.data);
    },
  );

  // The printable production sheet (issue 20), for whoever may see the customer.
  app.get<{ Params: { id: string } }>('/web/sheets/:id', async (req, reply) => {
    const m = await me(req, reply);
    if (!m) return reply;
    const L = m.language;
    const found = await sheetForPrint(deps.repos, req.params.id);
    const customer = found ? await deps.repos.customers.findCustomerById(found.sheet.customerId) : undefined;
    if (!found || !customer)
      return reply
        .status(404)
        .type(HTML)
        .send(messagePage(tr(L, 'web.routes.not_found'), tr(L, 'web.routes.there_is_no_such_production'), m));
    const boss = found.members.find((x) => x.id === customer.ownerId)?.reportsTo ?? null;
    if (!canSeeCustomer(m, customer.ownerId, boss, await deps.repos.web.responsiblesOf(customer.id))) {
      return reply
        .status(403)
        .type(HTML)
        .send(messagePage(tr(L, 'web.routes.not_yours'), tr(L, 'web.routes.this_customer_belongs_to_someone'), m));
    }
    return reply.type(HTML).send(sheetPrintPage(m, found.sheet, customer, found.members, found.questions, tz));
  });

  app.get('/web/dashboard', async (req, reply) => {
    const m = await me(req, reply);
    if (!m) return reply;
    if (!mayUseDashboard(m))
      return reply
        .status(403)
        .type(HTML)
        .send(
          messagePage(
            tr(m.language, 'web.routes.not_for_your_role'),
            tr(m.language, 'web.routes.the_dashboard_is_for_supervisors'),
            m,
          ),
        );
    const data = await loadDashboardData(deps.repos, await scopeFor(deps.repos, m), now());
    return reply.type(HTML).send(dashboardPage(m, data, now(), tz));
  });

  app.get('/web/export.xlsx', async (req, reply) => {
    const m = await me(req, reply);
    if (!m) return reply;
    const buf = await exportWorkbook(deps.repos, m, await scopeFor(deps.repos, m), filtersOf(req.query), now(), tz);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: tz }).format(now());
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="baton-customers-${day}.xlsx"`)
      .send(buf);
  });

  app.get('/web/import', async (req, reply) => {
    const m = await me(req, reply);
    if (!m) return reply;
    if (allowedKinds(m).length === 0)
      return reply
        .status(403)
        .type(HTML)
        .send(
          messagePage(
            tr(m.language, 'web.routes.not_for_your_role_2'),
            tr(m.language, 'web.routes.your_role_cannot_import_data'),
            m,
          ),
        );
    return reply.type(HTML).send(importPage(m));
  });

  app.get<{ Params: { file: string } }>('/web/samples/:file', async (req, reply) => {
    const m = await me(req, reply);
    if (!m) return reply;
    if (!SAMPLES.has(req.params.file))
      return reply
        .status(404)
        .type(HTML)
        .send(messagePage('Not found', 'No such sample.', m));
    const bytes = readFileSync(join(packageRoot(), 'samples', req.params.file));
    return reply
      .type(
        req.params.file.endsWith('.csv')
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      )
      .header('content-disposition', `attachment; filename="${req.params.file}"`)
      .send(bytes);
  });

  for (const step of ['preview', 'commit'] as const) {
    app.post(`/web/import/${step}`, async (req, reply) => {
      const m = await me(req, reply);
      if (!m) return reply;
      const L = m.language;
      const fail = (status: number, text: string) =>
        reply
          .status(status)
          .type(HTML)
          .send(`<div class="errors" id="import-errors">${escapeHtml(text)}</div>`);
      // Cross-site forms cannot set this header, and SameSite=Lax keeps the cookie off cross-site POSTs anyway.
      if (req.headers['x-baton-web'] !== '1') return fail(403, 'missing x-baton-web header');
      const q = ImportQuery.safeParse(req.query);
      if (!q.success) return fail(400, q.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      if (!Buffer.isBuffer(req.body) || req.body.length === 0)
        return fail(400, tr(L, 'web.routes.choose_a_file_first'));
      let mapping: (string | null)[] | undefined;
      if (q.data.mapping) {
        const parsed = z.array(z.string().max(40).nullable()).max(500).safeParse(parseJsonOrUndefined(q.data.mapping));
        if (!parsed.success)
          return fail(400, 'mapping: expected a JSON list of field names, such as ["name", null, "tier"]');
        mapping = parsed.data;
      }
      const kinds = allowedKinds(m);
      // The kind is checked before anything is written: a commit must name it (the preview fills it in).
      if (step === 'commit' && !q.data.kind) return fail(400, 'kind is required to import');
      if (q.data.kind && !kinds.includes(q.data.kind))
        return fail(403, tr(L, 'web.routes.your_role_cannot_import', { kind: q.data.kind }));
      try {
        const report = await runImport(
          { repos: deps.repos, now: now(), tz, codeFormat: deps.config.customerCode, readSheet: readUploaded },
          { bytes: req.body, filename: q.data.name, kind: q.data.kind, mapping, dryRun: step === 'preview', actor: m },
        );
        if (!kinds.includes(report.kind))
          return fail(403, tr(L, 'web.routes.your_role_cannot_import', { kind: report.kind }));
        return reply.type(HTML).send(previewFragment(L, report, report.committed));
      } catch (err) {
        if (err instanceof SheetLimitError) return fail(err.status, err.message);
        if (err instanceof SheetError || err instanceof SyntaxError) return fail(400, err.message);
        throw err;
      }
    });
  }
}

/** JSON from a query parameter a stranger wrote: unreadable → undefined (then refused by the schema). */
function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The messages a customer's needs came from (the pictures behind them are the page's screenshots). */
function needMessageIds(needs: { messageId: string | null }[]): string[] {
  return [...new Set(needs.map((n) => n.messageId).filter((x): x is string => !!x))];
}
