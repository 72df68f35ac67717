// One-off roster changes shared by `baton team add|link|unlink|leave`, the members
// page and the chat commands. Who may do what: an admin manages everyone, a
// supervisor their own reports (core/permissions-style check in mayManage).
import { InputError } from '../../core/errors.js';
import {
  identitiesFor,
  isMemberId,
  normalizePhone,
  parseLang,
  parseRole,
  type IdentityKind,
  type RosterMember,
} from '../../core/roster.js';
import type { Lang } from '../../core/language.js';
import type { Role } from '../../core/types.js';
import type { Repositories } from '../../deps.js';
import { announceDeparture, type Reason } from './departure.js';

export interface AddMember {
  id: string;
  name: string;
  role: string;
  reportsTo?: string | null;
  language?: string;
  links?: { kind: IdentityKind; value: string }[];
}

/** An admin manages everyone; a supervisor manages their own reports (and may add reps/ops under themselves). */
export function mayManage(
  actor: { id: string; role: Role } | null,
  target: { reportsTo: string | null; role?: Role } | null,
): boolean {
  if (!actor) return true; // the operator at the command line
  if (actor.role === 'admin') return true;
  if (actor.role !== 'supervisor') return false;
  return target?.reportsTo === actor.id && target.role !== 'admin' && target.role !== 'supervisor';
}

function checkIdentity(kind: IdentityKind, value: string): void {
  if (!value.trim()) throw new InputError(400, 'bad_identity', `${kind}: the id is empty`);
  if (kind === 'whatsapp' && !normalizePhone(value))
    throw new InputError(400, 'bad_identity', `WhatsApp "${value}" is not a phone number with country code`);
}

export async function addMember(
  repos: Repositories,
  input: AddMember,
  actor: { id: string; role: Role } | null = null,
): Promise<RosterMember> {
  const id = input.id.trim().toLowerCase();
  if (!isMemberId(id))
    throw new InputError(400, 'bad_id', `id "${input.id}" must be lower-case letters, digits, . _ or - (at most 40)`);
  if (!input.name.trim()) throw new InputError(400, 'bad_name', 'name is empty');
  const role = parseRole(input.role);
  if (!role)
    throw new InputError(
      400,
      'bad_role',
      `role "${input.role}" is not one of admin, supervisor, rep, ops, finance, after_sales, technical`,
    );
  const language: Lang | undefined = input.language ? parseLang(input.language) : 'zh';
  if (!language) throw new InputError(400, 'bad_language', `language "${input.language}" is not zh or en`);
  const reportsTo = input.reportsTo ? input.reportsTo.trim().toLowerCase() : null;
  if (!mayManage(actor, { reportsTo, role }))
    throw new InputError(403, 'forbidden', 'only an admin, or the supervisor they report to, may add this member');
  if (await repos.members.findRosterMember(id))
    throw new InputError(409, 'exists', `team member "${id}" exists already (use: baton team link / the members page)`);
  if (reportsTo && !(await repos.members.findRosterMember(reportsTo)))
    throw new InputError(404, 'no_member', `reports_to "${reportsTo}" is not a team member`);
  const owners = await repos.members.identityOwners();
  const ids = (input.links ?? []).flatMap((l) => {
    checkIdentity(l.kind, l.value);
    return identitiesFor(l.kind, l.value);
  });
  for (const i of ids) {
    const owner = owners.get(`${i.platform}:${i.externalId}`);
    if (owner)
      throw new InputError(409, 'identity_taken', `${i.platform} ${i.externalId} already belongs to "${owner}"`);
  }
  await repos.transaction(async (tx) => {
    await tx.members.upsertMembers([{ id, name: input.name.trim(), role, reportsTo, language }]);
    await tx.members.linkIdentities(id, ids);
  });
  return (await repos.members.findRosterMember(id))!;
}

async function target(
  repos: Repositories,
  id: string,
  actor: { id: string; role: Role } | null,
): Promise<RosterMember> {
  const m = await repos.members.findRosterMember(id.trim().toLowerCase());
  if (!m) throw new InputError(404, 'no_member', `no team member "${id}" (baton team list shows them)`);
  if (!mayManage(actor, m)) throw new InputError(403, 'forbidden', `you may not change ${m.name}`);
  return m;
}

export async function linkMember(
  repos: Repositories,
  id: string,
  kind: IdentityKind,
  value: string,
  actor: { id: string; role: Role } | null = null,
): Promise<RosterMember> {
  const m = await target(repos, id, actor);
  checkIdentity(kind, value);
  const ids = identitiesFor(kind, value);
  const owners = await repos.members.identityOwners();
  for (const i of ids) {
    const owner = owners.get(`${i.platform}:${i.externalId}`);
    if (owner && owner !== m.id)
      throw new InputError(
        409,
        'identity_taken',
        `${i.platform} ${i.externalId} already belongs to "${owner}" (unlink it there first)`,
      );
  }
  await repos.members.linkIdentities(m.id, ids);
  return (await repos.members.findRosterMember(m.id))!;
}

export async function unlinkMember(
  repos: Repositories,
  id: string,
  kind: IdentityKind,
  value: string,
  actor: { id: string; role: Role } | null = null,
): Promise<number> {
  const m = await target(repos, id, actor);
  return repos.members.unlinkIdentities(m.id, identitiesFor(kind, value));
}

export async function editMember(
  repos: Repositories,
  id: string,
  patch: { role?: string; reportsTo?: string | null; name?: string; language?: string },
  actor: { id: string; role: Role } | null = null,
): Promise<RosterMember> {
  const m = await target(repos, id, actor);
  const role = patch.role !== undefined ? parseRole(patch.role) : undefined;
  if (patch.role !== undefined && !role)
    throw new InputError(
      400,
      'bad_role',
      `role "${patch.role}" is not one of admin, supervisor, rep, ops, finance, after_sales, technical`,
    );
  if (role && actor && actor.role !== 'admin' && (role === 'admin' || role === 'supervisor'))
    throw new InputError(403, 'forbidden', 'only an admin may make admins or supervisors');
  const language = patch.language !== undefined ? parseLang(patch.language) : undefined;
  if (patch.language !== undefined && !language)
    throw new InputError(400, 'bad_language', `language "${patch.language}" is not zh or en`);
  let reportsTo = patch.reportsTo;
  if (reportsTo) {
    reportsTo = reportsTo.trim().toLowerCase();
    const roster = await repos.members.listRoster();
    if (!roster.some((r) => r.id === reportsTo))
      throw new InputError(404, 'no_member', `reports_to "${reportsTo}" is not a team member`);
    const chain = new Map(roster.map((r) => [r.id, r.reportsTo]));
    chain.set(m.id, reportsTo);
    for (let at: string | null | undefined = reportsTo, n = 0; at; at = chain.get(at), n++) {
      if (at === m.id || n > roster.length)
        throw new InputError(400, 'loop', `${m.id} cannot report to ${reportsTo}: that makes a loop`);
    }
  }
  await repos.members.updateMember(m.id, { role, reportsTo, name: patch.name?.trim() || undefined, language });
  return (await repos.members.findRosterMember(m.id))!;
}

/** Mark a member left and start the departure handover (their supervisor is told what to run). */
export async function leaveMember(
  repos: Repositories,
  id: string,
  now: Date,
  actor: { id: string; role: Role } | null = null,
  reason: Reason = { zh: '已标记离职', en: 'marked left' },
): Promise<{ member: RosterMember; changed: boolean; notices: string[] }> {
  const m = await target(repos, id, actor);
  const changed = await repos.members.markMemberLeft(m.id, now);
  const member = (await repos.members.findRosterMember(m.id))!;
  const notices = changed ? await announceDeparture(repos, member, now, reason) : [];
  return { member, changed, notices };
}
