// GET /web/members (admins and supervisors) and POST /web/members/api for its actions.
// Every change goes through services/team/manage-team.ts with the signed-in member as
// the actor, so the page can do exactly what that member may do and no more.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { BatonError, InputError } from '../../core/errors.js';
import { IDENTITY_KINDS } from '../../core/roster.js';
import { currentMember } from '../web/session.js';
import { messagePage } from '../web/views/layout.js';
import { addMember, editMember, leaveMember, linkMember, unlinkMember } from '../../services/team/manage-team.js';
import { membersPage } from './view.js';

const HTML = 'text/html; charset=utf-8';
const Kind = z.enum(IDENTITY_KINDS);
const Action = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('add'),
    id: z.string().max(40),
    name: z.string().max(100),
    role: z.string().max(20),
    reportsTo: z.string().max(40).nullable().optional(),
    language: z.enum(['zh', 'en']).optional(),
    kind: Kind.optional(),
    value: z.string().max(60).optional(),
  }),
  z.object({
    action: z.literal('edit'),
    id: z.string().max(40),
    role: z.string().max(20).optional(),
    reportsTo: z.string().max(40).optional(),
  }),
  z.object({ action: z.literal('link'), id: z.string().max(40), kind: Kind, value: z.string().min(1).max(60) }),
  z.object({ action: z.literal('unlink'), id: z.string().max(40), kind: Kind, value: z.string().min(1).max(60) }),
  z.object({ action: z.literal('leave'), id: z.string().max(40) }),
]);

export async function membersPlugin(app: FastifyInstance, { deps }: { deps: AppDeps }): Promise<void> {
  app.get('/web/members', async (req, reply) => {
    const me = await currentMember(deps, req);
    if (!me)
      return reply
        .status(401)
        .type(HTML)
        .send(
          messagePage(
            'Baton',
            'Sign in by sending /web to Baton in chat. · 请在聊天中向 Baton 发送 /web 获取登录链接。',
          ),
        );
    if (me.role !== 'admin' && me.role !== 'supervisor')
      return reply
        .status(403)
        .type(HTML)
        .send(
          messagePage(
            'Baton',
            me.language === 'zh' ? '只有管理员和主管可以管理成员。' : 'Only admins and supervisors manage members.',
            me,
          ),
        );
    return reply.type(HTML).send(membersPage(me, await deps.repos.members.listRoster()));
  });

  app.post('/web/members/api', async (req, reply) => {
    const me = await currentMember(deps, req);
    if (!me) return reply.status(401).send({ error: 'not signed in' });
    // Cross-site forms cannot set this header (the import page uses the same guard).
    if (req.headers['x-baton-web'] !== '1') return reply.status(403).send({ error: 'missing x-baton-web header' });
    if (me.role !== 'admin' && me.role !== 'supervisor')
      return reply.status(403).send({ error: 'only admins and supervisors manage members' });
    const a = Action.safeParse(req.body);
    if (!a.success)
      return reply
        .status(400)
        .send({ error: a.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
    const b = a.data;
    const repos = deps.repos;
    try {
      if (b.action === 'add')
        await addMember(
          repos,
          {
            id: b.id,
            name: b.name,
            role: b.role,
            reportsTo: b.reportsTo ?? null,
            language: b.language,
            links: b.kind && b.value ? [{ kind: b.kind, value: b.value }] : [],
          },
          me,
        );
      else if (b.action === 'edit') {
        if (me.role !== 'admin') throw new InputError(403, 'forbidden', 'only an admin changes roles and supervisors');
        await editMember(
          repos,
          b.id,
          { role: b.role, reportsTo: b.reportsTo === undefined ? undefined : b.reportsTo || null },
          me,
        );
      } else if (b.action === 'link') await linkMember(repos, b.id, b.kind, b.value, me);
      else if (b.action === 'unlink') await unlinkMember(repos, b.id, b.kind, b.value, me);
      else
        await leaveMember(repos, b.id, deps.clock.now(), me, {
          zh: `${me.name} 在成员页标记`,
          en: `marked by ${me.name} on the members page`,
        });
      if (b.action === 'leave') deps.signals.outboxQueued();
      return { ok: true };
    } catch (err) {
      if (err instanceof InputError) return reply.status(err.status).send({ error: err.message });
      if (err instanceof BatonError) return reply.status(400).send({ error: err.message });
      throw err;
    }
  });
}
