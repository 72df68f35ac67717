// The members page: the roster with role, supervisor and identities; an admin (or a
// supervisor, for their own reports) adds people, changes role and supervisor, links
// or unlinks WeCom / DingTalk / WhatsApp identities, and marks people left.
import { IDENTITY_KINDS, identityValues, ROLES, type RosterMember } from '../../core/roster.js';
import { type Lang } from '../../core/language.js';
import { tr } from '../../core/i18n/index.js';
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

  const ids = IDENTITY_KINDS.flatMap((k) =>
    identityValues(m.identities, k).map(
      (v) =>
        html`<span class="chip"
          >${KIND_LABEL[k]![lang]}
          ${k === 'whatsapp' ? '+' : ''}${v}${can ? html` <a href="#" data-action="unlink" data-id="${m.id}" data-kind="${k}" data-value="${v}" title="${tr(lang, 'http.members.view.unlink')}">×</a>` : ''}</span
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
      ${m.active ? tr(lang, 'http.members.view.active') : tr(lang, 'http.members.view.left', { v: m.leftAt?.toISOString().slice(0, 10) ?? '' })}
    </td>
    <td>
      ${ids.length ? ids : html`<span class="muted">${tr(lang, 'http.members.view.none_cannot_use_baton_in')}</span>`}
    </td>
    <td>
      ${
        can
          ? html`<select name="kind">
                ${IDENTITY_KINDS.map((k) => html`<option value="${k}">${KIND_LABEL[k]![lang]}</option>`)}
              </select>
              <input name="value" size="14" placeholder="userid / +86…" /><button data-action="link" data-id="${m.id}">
                ${tr(lang, 'http.members.view.link')}
              </button>
              <button
                class="danger"
                data-action="leave"
                data-id="${m.id}"
                data-confirm="${tr(lang, 'http.members.view.mark_as_left_their_supervisor', { name: m.name })}"
              >
                ${tr(lang, 'http.members.view.mark_left')}
              </button>`
          : ''
      }
    </td>
  </tr>`;
}

export function membersPage(me: Member, roster: RosterMember[]): string {
  const lang = me.language;

  const active = roster.filter((m) => m.active).map((m) => m.id);
  const body = html`<h1>
      ${tr(lang, 'http.members.view.team_members')} <span class="muted">${roster.filter((m) => m.active).length}</span>
    </h1>
    <p class="muted">${tr(lang, 'http.members.view.a_member_can_use_baton')}</p>
    <div class="errors" id="member-errors" role="alert"></div>
    <table class="list members">
      <thead>
        <tr>
          <th>${tr(lang, 'http.members.view.id')}</th>
          <th>${tr(lang, 'http.members.view.name')}</th>
          <th>${tr(lang, 'http.members.view.role')}</th>
          <th>${tr(lang, 'http.members.view.reports_to')}</th>
          <th>${tr(lang, 'http.members.view.status')}</th>
          <th>${tr(lang, 'http.members.view.identities')}</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        ${roster.map((m) => row(m, me, roster, lang))}
      </tbody>
    </table>
    <h2>${tr(lang, 'http.members.view.add_a_member')}</h2>
    <form class="card add-member">
      <input name="id_" placeholder="${tr(lang, 'http.members.view.id_e_g_lily')}" required />
      <input name="name_" placeholder="${tr(lang, 'http.members.view.name_2')}" required />
      <select name="role">
        ${options(me.role === 'admin' ? ROLES : ROLES.filter((r) => r !== 'admin' && r !== 'supervisor'), 'rep')}
      </select>
      <select name="reportsTo">
        ${options(active, me.role === 'supervisor' ? me.id : null, tr(lang, 'http.members.view.reports_to_2'))}
      </select>
      <select name="language">
        <option value="zh">中文</option>
        <option value="en">English</option>
      </select>
      <select name="kind">
        ${IDENTITY_KINDS.map((k) => html`<option value="${k}">${KIND_LABEL[k]![lang]}</option>`)}
      </select>
      <input name="value" placeholder="userid / +86…" />
      <button data-action="add">${tr(lang, 'http.members.view.add')}</button>
    </form>
    <script>
      ${raw(SCRIPT)};
    </script>`;
  return page({ title: tr(lang, 'http.members.view.team_members'), me, active: 'members', body });
}
