// Directory sync (WeCom contacts, DingTalk org chart), on demand and nightly. Each
// upstream user becomes a member with that identity (a new member's role is rep, or
// supervisor when they lead a department; they report to their department's leader).
// Local edits win: an existing member's role, name and supervisor are left alone.
// Someone seen by an earlier sync and missing from a complete listing now is marked
// left, which starts the departure handover (services/team/departure.ts).
import { DirectoryError, type DirectoryListing, type DirectorySource } from '../../core/directory.js';
import { identitiesFor, isMemberId } from '../../core/roster.js';
import type { Role } from '../../core/types.js';
import type { Repositories } from '../../deps.js';
import { leaveMember } from './manage-team.js';

export interface SyncReport {
  platform: string;
  departments: number;
  users: number;
  created: string[];
  linked: number;
  left: string[];
  outboxIds: string[];
}

/** A member id from an upstream userid: lower-case, safe characters, unique. */
export function memberIdFor(externalId: string, taken: Set<string>): string {
  let base = externalId
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '')
    .slice(0, 36);
  if (!isMemberId(base)) base = `u-${base || 'member'}`.slice(0, 36);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The leader a user reports to: their first department's leader, or up the tree when they lead it. */
function bossOf(listing: DirectoryListing, userId: string): string | undefined {
  const byId = new Map(listing.departments.map((d) => [d.id, d]));
  const user = listing.users.find((u) => u.externalId === userId);
  for (let dep = byId.get(user?.departments[0] ?? ''); dep; dep = dep.parentId ? byId.get(dep.parentId) : undefined) {
    const leader = dep.leaders.find((l) => l !== userId);
    if (leader) return leader;
  }
  return undefined;
}

export async function syncDirectory(repos: Repositories, source: DirectorySource, now: Date): Promise<SyncReport> {
  const listing = await source.list(); // throws DirectoryError: then nothing changes
  const platform = source.platform;
  if (listing.users.length === 0) {
    throw new DirectoryError(
      platform,
      'the directory listing is empty',
      'the app probably sees no one: check its visibility / contact scope; nobody was marked left',
    );
  }
  const roster = await repos.members.listRoster();
  const owners = await repos.members.identityOwners();
  const taken = new Set(roster.map((m) => m.id));
  const leaders = new Set(listing.departments.flatMap((d) => d.leaders));
  const memberOf = new Map<string, string>(); // upstream id → member id
  const created: string[] = [];
  let linked = 0;

  await repos.transaction(async (tx) => {
    const fresh: { id: string; name: string; role: Role; externalId: string }[] = [];
    for (const u of listing.users) {
      const owner = owners.get(`${platform}:${u.externalId}`);
      if (owner) {
        memberOf.set(u.externalId, owner);
        continue;
      }
      const id = memberIdFor(u.externalId, taken);
      memberOf.set(u.externalId, id);
      fresh.push({
        id,
        name: u.name,
        role: leaders.has(u.externalId) ? 'supervisor' : 'rep',
        externalId: u.externalId,
      });
    }
    await tx.members.upsertMembers(
      fresh.map((f) => {
        const boss = bossOf(listing, f.externalId);
        return {
          id: f.id,
          name: f.name,
          role: f.role,
          reportsTo: boss ? (memberOf.get(boss) ?? null) : null,
          language: 'zh' as const,
        };
      }),
    );
    for (const f of fresh) {
      created.push(f.id);
      linked += (await tx.members.linkIdentities(f.id, identitiesFor(platform, f.externalId))).filter(
        (i) => i.platform === platform,
      ).length;
    }
    for (const u of listing.users) {
      await tx.directory.upsertDirectoryEntry(
        {
          platform,
          externalId: u.externalId,
          memberId: memberOf.get(u.externalId)!,
          name: u.name,
          departments: u.departments,
        },
        now,
      );
    }
  });

  // Gone upstream: seen before, not in this complete listing.
  const present = new Set(listing.users.map((u) => u.externalId));
  const left: string[] = [];
  const outboxIds: string[] = [];
  for (const e of await repos.directory.listDirectoryEntries(platform)) {
    if (e.removedAt || present.has(e.externalId)) continue;
    await repos.directory.markDirectoryEntryRemoved(platform, e.externalId, now);
    const r = await leaveMember(
      repos,
      e.memberId,
      now,
      null,
      platform === 'wecom'
        ? { zh: '已从企业微信通讯录移除', en: 'removed from the WeCom directory' }
        : { zh: '已从钉钉通讯录移除', en: 'removed from the DingTalk directory' },
    );
    if (r.changed) {
      left.push(e.memberId);
      outboxIds.push(...r.notices);
    }
  }
  return {
    platform,
    departments: listing.departments.length,
    users: listing.users.length,
    created,
    linked,
    left,
    outboxIds,
  };
}
