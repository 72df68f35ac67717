// /web/customers: search and filters as a plain GET form (works without JavaScript).
import { html, qs } from '../../../html.js';
import { page } from '../layout.js';
import type { Member } from '../../../../core/team.js';
import { tr } from '../../../../core/i18n/index.js';
import { LIFECYCLE_STAGES } from '../../../../core/types.js';
import type { ListFilters, ListedCustomer } from '../../../../db/repositories/web-customer-list.js';
import { fmtDate, stageLabel } from '../format.js';

export function customersPage(opts: {
  me: Member;
  f: ListFilters;
  rows: ListedCustomer[];
  total: number;
  owners: { id: string; name: string }[];
  tz: string;
}): string {
  const { me, f, rows, total, tz } = opts;
  const L = me.language;
  const opt = (value: string, label: string, selected: string | undefined) =>
    html`<option value="${value}" ${selected === value ? html`selected` : ''}>${label}</option>`;
  const filters = html`<form class="filters" method="get" action="/web/customers">
    <label
      >${tr(L, 'web.customers.search_name_alias_code')}<input
        type="search"
        name="q"
        value="${f.q ?? ''}"
        placeholder="ACME / HZ-2026-001"
    /></label>
    <label
      >${tr(L, 'web.customers.tier')}<select name="tier">
        ${opt('', tr(L, 'web.customers.all'), f.tier ?? '')}${['A', 'B', 'C', 'D'].map((x) => opt(x, x, f.tier))}
      </select></label
    >
    <label
      >${tr(L, 'web.customers.stage')}<select name="stage">
        ${opt('', tr(L, 'web.customers.all'), f.stage ?? '')}${LIFECYCLE_STAGES.map((s) => opt(s, stageLabel(s, L), f.stage))}
      </select></label
    >
    <label
      >${tr(L, 'web.customers.owner')}<select name="owner">
        ${opt('', tr(L, 'web.customers.all'), f.owner ?? '')}${opts.owners.map((o) => opt(o.id, o.name, f.owner))}${opt('-', tr(L, 'web.customers.nobody'), f.owner)}
      </select></label
    >
    <label
      ><span
        ><input type="checkbox" name="overdue" value="1" ${f.overdue ? html`checked` : ''} />
        ${tr(L, 'web.customers.overdue_follow_up')}</span
      ></label
    >
    <button type="submit">${tr(L, 'web.customers.filter')}</button>
  </form>`;
  const table =
    rows.length === 0
      ? html`<p class="muted">${tr(L, 'web.customers.no_customers_match')}</p>`
      : html`<div class="scroll">
          <table class="customers">
            <thead>
              <tr>
                <th>${tr(L, 'web.customers.customer')}</th>
                <th>${tr(L, 'web.customers.code')}</th>
                <th>${tr(L, 'web.customers.tier')}</th>
                <th>${tr(L, 'web.customers.stage')}</th>
                <th>${tr(L, 'web.customers.owner')}</th>
                <th>${tr(L, 'web.customers.last_contact')}</th>
                <th>${tr(L, 'web.customers.next_follow_up')}</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (c) =>
                  html`<tr>
                    <td>
                      <a href="/web/customers/${c.id}">${c.name}</a
                      >${c.aliases.length ? html`<div class="small muted">${c.aliases.join(', ')}</div>` : ''}
                    </td>
                    <td class="small">${c.code}</td>
                    <td><span class="badge t${c.tier}">${c.tier}</span></td>
                    <td>${stageLabel(c.stage, L)}</td>
                    <td>${c.ownerName ?? '—'}</td>
                    <td class="small">${fmtDate(c.lastContactAt, tz)}</td>
                    <td class="small">
                      ${fmtDate(c.nextFollowUpAt, tz)}
                      ${c.overdue ? html`<span class="badge over">${tr(L, 'web.customers.overdue')}</span>` : ''}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`;
  const exportHref = `/web/export.xlsx${qs({ q: f.q, tier: f.tier, stage: f.stage, owner: f.owner, overdue: f.overdue ? '1' : undefined })}`;
  return page({
    title: tr(L, 'web.customers.customers'),
    me,
    active: 'customers',
    body: html`<h1>
        ${tr(L, 'web.customers.customers')}
        <span class="muted small"
          >${total}${rows.length < total ? ` (${tr(L, 'web.customers.showing')} ${rows.length})` : ''}</span
        >
      </h1>
      <div class="card">
        ${filters}${table}
        <p class="small">
          <a href="${exportHref}">${tr(L, 'web.customers.export_these_customers_and_their')}</a>
        </p>
      </div>`,
  });
}
