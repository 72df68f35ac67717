// The members page: the roster with role, supervisor and identities; an admin (or a
// supervisor, for their own reports) adds people, changes role and supervisor, links
// or unlinks WeCom / DingTalk / WhatsApp identities, and marks people left.
import { IDENTITY_KINDS, identityValues, ROLES, type RosterMember } from '../../core/roster.js';
import { t, type Lang } from '../../core/language.js';
import type { Member } from '../../core/team.js';
import { html, raw, type Html } from '../html.js';
import { page } from '../web/views/layout.js';
import { mayManage } from '../../services/team/manage-team.js';

const KIND_LABEL: Record<string, { zh: string; en: string }> = {
  wecom: { zh: '企业微信', en: 'WeCom' },
  dingtalk: { zh: '钉钉', en: 'DingTalk' },
  whatsapp: { zh: 'WhatsApp', en: 'WhatsApp' },
};

const SCRIPT = `
async function act(body) {
  const res = await fetch('/web/members/api', { method: 'POST', headers: { 'content-type': 'application/json', 'x-baton-web': '1' }, body: JSON.stringify(body) });
  const out = await res.json().catch(() => ({ error: 'HTTP ' + res.status }));
  if (!res.ok) { document.getElementById('member-errors').textContent = out.error || ('HTTP ' + res.status); return; }
  location.reload();
}
document.addEventListener('change', (e) => {
  const el = e.target; if (!el.dataset || !el.dataset.field) return;
  act({ action: 'edit', id: el.dataset.id, [el.dataset.field]: el.value });
});
document.addEventListener('click', (e) => {
  const el = e.target; if (!el.dataset || !el.dataset.action) return;
  e.preventDefault();
  if (el.dataset.action === 'leave' && !confirm(el.dataset.confirm)) return;
  if (el.dataset.action === 'link') {
    const row = el.closest('tr');
    act({ action: 'link', id: el.dataset.id, kind: row.querySelector('[name=kind]').value, value: row.querySelector('[name=value]').value });
  } else if (el.dataset.action === 'add') {
    const f = el.closest('form');
    act({ action: 'add', id: f.id_.value, name: f.name_.value, role: f.role.value, reportsTo: f.reportsTo.value || null, language: f.language.value, kind: f.kind.value, value: f.value.value });
  } else act({ action: el.dataset.action, id: el.dataset.id, kind: el.dataset.kind, value: el.dataset.value });
});`;

function options(values: readonly string[], selected: string | null, blank?: string): Html[] {
  return [
    ...(blank !== undefined ? [html`<option value="" ${selected ? '' : raw('selected')}>${blank}</option>`] : []),
    ...values.map((v) => html`<option value="${v}" ${v === selected ? raw('selected') : ''}>${v}</option>`),
  ];
}

function row(m: RosterMember, me: Member, roster: RosterMember[], lang: Lang): Html {
  const can = m.active && mayManage(me, m) && m.id !== me.id;
  const L = (zh: string, en: string) => t(lang, zh, en);
  const ids = IDENTITY_KINDS.flatMap((k) =>
    identityValues(m.identities, k).map(
      (v) =>
        html`<span class="chip"
          >${KIND_LABEL[k]![lang]}
          ${k === 'whatsapp' ? '+' : ''}${v}${can ? html` <a href="#" data-action="unlink" data-id="${m.id}" data-kind="${k}" data-value="${v}" title="${L('解除关联', 'unlink')}">×</a>` : ''}</span
        >`,
    ),
  );
  const bosses = roster.filter((r) => r.active && r.id !== m.id).map((r) => r.id);
  return html`<tr class="${m.active ? '' : 'left'}" data-member="${m.id}">
    <td><b>${m.id}</b></td>
    <td>${m.name}</td>
    <td>
      ${
        can && me.role === 'admin'
          ? html`<select data-field="role" data-id="${m.id}">
              ${options(ROLES, m.role)}
            </select>`
          : m.role
      }
    </td>
    <td>
      ${
        can && me.role === 'admin'
          ? html`<select data-field="reportsTo" data-id="${m.id}">
              ${options(bosses, m.reportsTo, '—')}
            </select>`
          : (m.reportsTo ?? '—')
      }
    </td>
    <td>
      ${m.active ? L('在职', 'active') : L(`已离职 ${m.leftAt?.toISOString().slice(0, 10) ?? ''}`, `left ${m.leftAt?.toISOString().slice(0, 10) ?? ''}`)}
    </td>
    <td>
      ${ids.length ? ids : html`<span class="muted">${L('未关联：还不能在聊天里用 Baton', 'none: cannot use Baton in chat yet')}</span>`}
    </td>
    <td>
      ${
        can
          ? html`<select name="kind">
                ${IDENTITY_KINDS.map((k) => html`<option value="${k}">${KIND_LABEL[k]![lang]}</option>`)}
              </select>
              <input name="value" size="14" placeholder="userid / +86…" /><button data-action="link" data-id="${m.id}">
                ${L('关联', 'Link')}
              </button>
              <button
                class="danger"
                data-action="leave"
                data-id="${m.id}"
                data-confirm="${L(`确认 ${m.name} 已离职？TA 的主管会收到交接提醒。`, `Mark ${m.name} as left? Their supervisor is asked to hand over their customers.`)}"
              >
                ${L('标记离职', 'Mark left')}
              </button>`
          : ''
      }
    </td>
  </tr>`;
}

export function membersPage(me: Member, roster: RosterMember[]): string {
  const lang = me.language;
  const L = (zh: string, en: string) => t(lang, zh, en);
  const active = roster.filter((m) => m.active).map((m) => m.id);
  const body = html`<h1>
      ${L('团队成员', 'Team members')} <span class="muted">${roster.filter((m) => m.active).length}</span>
    </h1>
    <p class="muted">
      ${L('成员关联企业微信 userid、钉钉 userId 或 WhatsApp 号码后，才能在聊天里使用 Baton。也可以用 baton team import 导入表格，或在聊天里发 /invite 生成邀请码。', 'A member can use Baton in chat once their WeCom userid, DingTalk userId or WhatsApp number is linked. You can also import a sheet (baton team import) or send /invite in chat for a one-time code.')}
    </p>
    <div class="errors" id="member-errors" role="alert"></div>
    <table class="list members">
      <thead>
        <tr>
          <th>${L('账号', 'Id')}</th>
          <th>${L('姓名', 'Name')}</th>
          <th>${L('角色', 'Role')}</th>
          <th>${L('上级', 'Reports to')}</th>
          <th>${L('状态', 'Status')}</th>
          <th>${L('身份', 'Identities')}</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        ${roster.map((m) => row(m, me, roster, lang))}
      </tbody>
    </table>
    <h2>${L('添加成员', 'Add a member')}</h2>
    <form class="card add-member">
      <input name="id_" placeholder="${L('账号，如 lily', 'id, e.g. lily')}" required />
      <input name="name_" placeholder="${L('姓名', 'name')}" required />
      <select name="role">
        ${options(me.role === 'admin' ? ROLES : ROLES.filter((r) => r !== 'admin' && r !== 'supervisor'), 'rep')}
      </select>
      <select name="reportsTo">
        ${options(active, me.role === 'supervisor' ? me.id : null, L('上级', 'reports to'))}
      </select>
      <select name="language">
        <option value="zh">中文</option>
        <option value="en">English</option>
      </select>
      <select name="kind">
        ${IDENTITY_KINDS.map((k) => html`<option value="${k}">${KIND_LABEL[k]![lang]}</option>`)}
      </select>
      <input name="value" placeholder="userid / +86…" /> <button data-action="add">${L('添加', 'Add')}</button>
    </form>
    <script>
      ${raw(SCRIPT)};
    </script>`;
  return page({ title: L('团队成员', 'Team members'), me, active: 'members', body });
}
