// The demo team of ../shared/contracts/console.md. Created by `npm start` on an
// empty database and by `baton seed-demo`; scripts and tests rely on these ids.
import type { Db } from '../db/client.js';
import type { Role } from '../core/types.js';

export const DEMO_MEMBERS: { id: string; name: string; role: Role; reportsTo: string | null; language: 'zh' | 'en' }[] = [
  { id: 'wang', name: 'Wang Min 王敏', role: 'supervisor', reportsTo: null, language: 'zh' },
  { id: 'lily', name: 'Lily Chen 陈莉', role: 'rep', reportsTo: 'wang', language: 'zh' },
  { id: 'bob', name: 'Bob Li 李波', role: 'rep', reportsTo: 'wang', language: 'zh' },
  { id: 'zhao', name: 'Zhao Lei 赵磊', role: 'ops', reportsTo: 'wang', language: 'zh' },
  { id: 'sun', name: 'Sun Yu 孙宇', role: 'finance', reportsTo: 'wang', language: 'zh' },
];

const TEAM = DEMO_MEMBERS.map((m) => m.id);

export const DEMO_GROUPS: { id: string; title: string; members: string[]; externals: string[] }[] = [
  { id: 'group:production', title: '生产部 Production', members: TEAM, externals: [] },
  { id: 'group:logistics', title: '物流 Logistics', members: TEAM, externals: [] },
  { id: 'group:after-sales', title: '售后 After-sales', members: TEAM, externals: [] },
  { id: 'group:acme-external', title: 'ACME external group', members: ['lily', 'wang'], externals: ['ext:acme'] },
];

/** Idempotent: running it twice changes nothing. Returns whether anything was created. */
export async function seedDemoTeam(db: Db): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const before = await tx.selectFrom('team_members').select('id').where('id', 'in', TEAM).execute();
    for (const m of DEMO_MEMBERS) {
      await tx.insertInto('team_members')
        .values({ id: m.id, name: m.name, role: m.role, reports_to: m.reportsTo, language: m.language })
        .onConflict((oc) => oc.column('id').doNothing()).execute();
      await tx.insertInto('member_identities').values({ platform: 'console', external_id: m.id, member_id: m.id })
        .onConflict((oc) => oc.columns(['platform', 'external_id']).doNothing()).execute();
      const dm = `dm:${m.id}`;
      await tx.insertInto('chats')
        .values({ id: dm, platform: 'console', external_id: dm, kind: 'direct', title: m.name, member_id: m.id, language: m.language })
        .onConflict((oc) => oc.column('id').doNothing()).execute();
      await tx.insertInto('chat_members').values({ chat_id: dm, participant: m.id })
        .onConflict((oc) => oc.columns(['chat_id', 'participant']).doNothing()).execute();
    }
    for (const g of DEMO_GROUPS) {
      await tx.insertInto('chats')
        .values({ id: g.id, platform: 'console', external_id: g.id, kind: 'group', title: g.title, has_external: g.externals.length > 0, member_id: null, language: null })
        .onConflict((oc) => oc.column('id').doNothing()).execute();
      const rows = [
        ...g.members.map((p) => ({ chat_id: g.id, participant: p, is_external: false })),
        ...g.externals.map((p) => ({ chat_id: g.id, participant: p, is_external: true })),
      ];
      await tx.insertInto('chat_members').values(rows).onConflict((oc) => oc.columns(['chat_id', 'participant']).doNothing()).execute();
    }
    // Default subscriptions: production and logistics hear about dates and specs.
    for (const [chat, kinds] of [['group:production', ['delivery_date', 'spec', 'quantity']], ['group:logistics', ['delivery_date', 'destination', 'incoterm']]] as const) {
      for (const kind of kinds) {
        const exists = await tx.selectFrom('subscriptions').select('id').where('chat_id', '=', chat).where('kind', '=', kind).where('customer_id', 'is', null).executeTakeFirst();
        if (!exists) await tx.insertInto('subscriptions').values({ chat_id: chat, kind, customer_id: null, created_by: 'wang' }).execute();
      }
    }
    return before.length < TEAM.length;
  });
}
