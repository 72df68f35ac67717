// The demo team of ../shared/contracts/console.md. Created by `npm start` on an
// empty database and by `baton seed-demo`; scripts and tests rely on these ids.
import type { Repositories } from '../deps.js';
import type { Role } from '../core/types.js';

export const DEMO_MEMBERS: { id: string; name: string; role: Role; reportsTo: string | null; language: 'zh' | 'en' }[] =
  [
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

// Default subscriptions: production and logistics hear about dates and specs.
const DEMO_SUBSCRIPTIONS = [
  { chatId: 'group:production', kinds: ['delivery_date', 'spec', 'quantity'], by: 'wang' },
  { chatId: 'group:logistics', kinds: ['delivery_date', 'destination', 'incoterm'], by: 'wang' },
] as const;

/** Idempotent: running it twice changes nothing. Returns whether anything was created. */
export async function seedDemoTeam(repos: Repositories): Promise<boolean> {
  return repos.transaction((tx) =>
    tx.demoTeam.seedTeam({ members: DEMO_MEMBERS, groups: DEMO_GROUPS, subscriptions: [...DEMO_SUBSCRIPTIONS] }),
  );
}
