// /web/customers: search and filters as a plain GET form (works without JavaScript).
import { html, qs } from '../../../html.js';
import { page } from '../layout.js';
import type { Member } from '../../../../core/team.js';
import { t } from '../../../../core/language.js';
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
      >${t(L, '搜索（名称、别名、编号）', 'Search (name, alias, code)')}<input
        type="search"
        name="q"
        value="${f.q ?? ''}"
        placeholder="ACME / HZ-2026-001"
    /></label>
    <label
      >${t(L, '等级', 'Tier')}<select name="tier">
        ${opt('', t(L, '全部', 'all'), f.tier ?? '')}${['A', 'B', 'C', 'D'].map((x) => opt(x, x, f.tier))}
      </select></label
    >
    <label
      >${t(L, '阶段', 'Stage')}<select name="stage">
        ${opt('', t(L, '全部', 'all'), f.stage ?? '')}${LIFECYCLE_STAGES.map((s) => opt(s, stageLabel(s, L), f.stage))}
      </select></label
    >
    <label
      >${t(L, '负责人', 'Owner')}<select name="owner">
        ${opt('', t(L, '全部', 'all'), f.owner ?? '')}${opts.owners.map((o) => opt(o.id, o.name, f.owner))}${opt('-', t(L, '无负责人', 'nobody'), f.owner)}
      </select></label
    >
    <label
      ><span
        ><input type="checkbox" name="overdue" value="1" ${f.overdue ? html`checked` : ''} />
        ${t(L, '跟进已逾期', 'overdue follow-up')}</span
      ></label
    >
    <button type="submit">${t(L, '筛选', 'Filter')}</button>
  </form>`;
  const table =
    rows.length === 0
      ? html`<p class="muted">${t(L, '没有符合条件的客户。', 'No customers match.')}</p>`
      : html`<div class="scroll">
          <table class="customers">
            <thead>
              <tr>
                <th>${t(L, '客户', 'Customer')}</th>
                <th>${t(L, '编号', 'Code')}</th>
                <th>${t(L, '等级', 'Tier')}</th>
                <th>${t(L, '阶段', 'Stage')}</th>
                <th>${t(L, '负责人', 'Owner')}</th>
                <th>${t(L, '上次联系', 'Last contact')}</th>
                <th>${t(L, '下次跟进', 'Next follow-up')}</th>
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
                      ${c.overdue ? html`<span class="badge over">${t(L, '逾期', 'overdue')}</span>` : ''}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`;
  const exportHref = `/web/export.xlsx${qs({ q: f.q, tier: f.tier, stage: f.stage, owner: f.owner, overdue: f.overdue ? '1' : undefined })}`;
  return page({
    title: t(L, '客户', 'Customers'),
    me,
    active: 'customers',
    body: html`<h1>
        ${t(L, '客户', 'Customers')}
        <span class="muted small"
          >${total}${rows.length < total ? ` (${t(L, '显示', 'showing')} ${rows.length})` : ''}</span
        >
      </h1>
      <div class="card">
        ${filters}${table}
        <p class="small">
          <a href="${exportHref}"
            >${t(L, '导出这些客户和需求（.xlsx）', 'Export these customers and their needs (.xlsx)')}</a
          >
        </p>
      </div>`,
  });
}
