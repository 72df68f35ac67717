// Help per role (issue 15): what a rep can do, what a supervisor adds, what an admin adds;
// each entry with one example in the member's language. `/help <topic>` tells more.
import type { Lang } from '../../../core/language.js';
import type { Role } from '../../../core/types.js';

interface Topic {
  /** Names a member may ask for: `/help undo`, `/帮助 撤销`. */
  names: string[];
  zh: { line: string; more: string[] };
  en: { line: string; more: string[] };
}

const REP: Topic[] = [
  {
    names: ['forward', '转发'],
    zh: {
      line: '转发客户聊天 → 整理需求（带原话），有变化会通知相关群。例：第一行写「客户：ACME」再粘贴聊天',
      more: [
        '没写客户时，我按聊天里的人名、电话、公司名找；不确定就问你，给编号选项和「新客户」。',
        '合并转发的标题「A和B的聊天记录」、第一行只写一个客户名，也都算。',
      ],
    },
    en: {
      line: 'forward a customer chat → its needs, each with their words; changes go to the teams. E.g. start with "Customer: ACME", then paste the chat',
      more: [
        'Without a customer line I look at the chat\'s names, phone numbers and company names; when unsure I ask, with numbered choices and "new customer".',
        'A merged-forward title "A和B的聊天记录" or a first line with only a customer name works too.',
      ],
    },
  },
  {
    names: ['ask', '问', '查询'],
    zh: {
      line: '问需求。例："ACME 要什么？"',
      more: ['"ACME 交货期是哪天？" "ACME 这周有什么变化？" "我有哪些客户？" /need ACME /changes ACME'],
    },
    en: {
      line: 'ask. E.g. "what does ACME need?"',
      more: [
        '"what\'s ACME\'s delivery date?" "what changed for ACME this week?" "my customers" /need ACME /changes ACME',
      ],
    },
  },
  {
    names: ['fix', 'correct', '更正'],
    zh: {
      line: '更正。例："不对，交货期是12月10日"',
      more: ['/fix ACME packaging 白盒无印刷（保留你写的原话）', '"删除ACME的logo要求"；旧版本都保留在历史中。'],
    },
    en: {
      line: 'correct. E.g. "no, the delivery date is Dec 10"',
      more: [
        '/fix ACME packaging plain white box (your words are kept)',
        '"remove the logo requirement for ACME"; old versions stay in the history.',
      ],
    },
  },
  {
    names: ['undo', 'move', '撤销', '撤回', '改归'],
    zh: {
      line: '撤销。例：/撤销（撤回你一天内最近的转发、更正或删除）',
      more: [
        '/撤销 或 /undo：需求恢复到之前的版本，已发出的变更通知会在原群里撤回。',
        '/改归 客户名 或 /move 客户名：把最近一次转发改记到另一个客户名下。',
      ],
    },
    en: {
      line: 'undo. E.g. /undo (takes back your last forward, correction or removal of the last day)',
      more: [
        '/undo: the needs go back to their earlier versions; the change notices it sent are retracted in the same chats.',
        '/move <customer>: files your last forward under another customer instead.',
      ],
    },
  },
  {
    names: ['log', 'follow-up', '跟进', '记录'],
    zh: {
      line: '记录跟进。例："今天电话跟进了ACME，下周一再联系"',
      more: ['分级："ACME 是A类客户"；暂停："ACME 客户说暂时不需要"；/log ACME 发了报价'],
    },
    en: {
      line: 'log a follow-up. E.g. "Called ACME today, follow up next Monday"',
      more: ['tiers: "set ACME tier A"; /log emailed ACME the quote'],
    },
  },
  {
    names: ['handover', '交接'],
    zh: {
      line: '交接。例："把ACME交接给李波"',
      more: ['/handover ACME to bob；接收人回复「确认接收」、/ask 问题 或 /refuse 原因。'],
    },
    en: {
      line: 'hand a customer over. E.g. /handover ACME to bob',
      more: ['The receiver answers "ack", /ask <question> or /refuse <reason>.'],
    },
  },
  {
    names: ['web', '网页', '工作台'],
    zh: {
      line: '网页工作台。例：/网页（私信发你一次性登录链接）',
      more: ['链接 15 分钟内有效，只能用一次：客户页面、看板、导入导出。'],
    },
    en: {
      line: 'the web workspace. E.g. /web (a one-time sign-in link in our direct chat)',
      more: ['The link works once, for 15 minutes: customer pages, the dashboard, import and export.'],
    },
  },
];

const SUPERVISOR: Topic[] = [
  {
    names: ['cadence', '跟进节奏'],
    zh: {
      line: '跟进节奏。例：/cadence show',
      more: ['主管可以修改：/cadence A 2（A类每2天跟进一次）', '/cadence escalate A 1（A类逾期超过1天升级给主管）'],
    },
    en: {
      line: 'the follow-up cadence. E.g. /cadence show',
      more: [
        'Supervisors change it: /cadence A 2 (tier A every 2 days)',
        '/cadence escalate A 1 (tier A overdue more than a day goes to the supervisor)',
      ],
    },
  },
  {
    names: ['rate', 'completion', '完成率'],
    zh: { line: '跟进完成率。例："本周跟进完成率"', more: ['每个业务员按时完成的跟进占比。'] },
    en: {
      line: 'the completion rate. E.g. "follow-up rate this week"',
      more: ["Each rep's share of follow-ups done on time."],
    },
  },
  {
    names: ['escalations', '升级', '逾期'],
    zh: {
      line: '逾期升级：业务员的跟进逾期后会升级给你。例：/cadence escalate A 1',
      more: ['逾期多久升级按等级设置，升级会汇总成一条发给主管。'],
    },
    en: {
      line: "escalations: your reps' overdue follow-ups come to you. E.g. /cadence escalate A 1",
      more: ['How overdue before escalating is set per tier; escalations reach the supervisor as one digest.'],
    },
  },
];

const ADMIN: Topic[] = [
  {
    names: ['members', '成员'],
    zh: {
      line: '成员管理。例：网页 /web/members 添加、改角色、标记离职',
      more: ['命令行：npx baton team add / set / leave'],
    },
    en: {
      line: 'members. E.g. /web/members to add people, change roles, mark people left',
      more: ['Command line: npx baton team add / set / leave'],
    },
  },
  {
    names: ['invite', 'invites', '邀请'],
    zh: {
      line: '邀请。例：/invite rep（一次性邀请码，7 天有效）',
      more: ['新成员在企业微信、钉钉或 WhatsApp 发 /join 邀请码。'],
    },
    en: {
      line: 'invites. E.g. /invite rep (a one-time code, 7 days)',
      more: ['The new person sends /join CODE from WeCom, DingTalk or WhatsApp.'],
    },
  },
];

function topicsFor(role: Role | undefined): Topic[] {
  if (role === 'admin') return [...REP, ...SUPERVISOR, ...ADMIN];
  if (role === 'supervisor') return [...REP, ...SUPERVISOR];
  return REP;
}

/** The help for a member of this role; `topic`: one entry in full. */
export function helpText(lang: Lang, role?: Role, topic?: string): string {
  const topics = topicsFor(role);
  const wanted = topic
    ?.trim()
    .toLowerCase()
    .replace(/^[/／]/, '');
  if (wanted) {
    const found = topics.find((x) => x.names.some((n) => n.toLowerCase() === wanted));
    if (found) return [`- ${found[lang].line}`, ...found[lang].more.map((m) => `  ${m}`)].join('\n');
  }
  const list = topics.map((x) => `- ${x[lang].line}`);
  return lang === 'zh'
    ? ['Baton 可以：', ...list, '想了解更多：/帮助 主题，例如 /帮助 撤销'].join('\n')
    : ['Baton can:', ...list, 'More on one: /help <topic>, e.g. /help undo'].join('\n');
}
