// /web/import: choose a file → preview with the guessed column mapping (changeable)
// and every row error → confirm. The file is sent as the raw request body by fetch(),
// twice (preview, then import), so the server keeps no upload state.
import { html, raw } from '../../../html.js';
import { page } from '../layout.js';
import type { Member } from '../../../../core/team.js';
import { t, type Lang } from '../../../../core/language.js';
import { FIELDS, IMPORT_KINDS, type ImportKind } from '../../../../services/import/fields.js';
import type { ImportReport } from '../../../../services/import/run-import.js';

export function allowedKinds(me: Member): ImportKind[] {
  if (me.role === 'admin' || me.role === 'supervisor' || me.role === 'rep') return [...IMPORT_KINDS];
  if (me.role === 'finance') return ['orders'];
  return [];
}

const KIND_LABEL: Record<ImportKind, [string, string]> = {
  customers: ['客户（含联系人、等级、负责人）', 'Customers (with contacts, tiers, owners)'],
  orders: ['订单', 'Orders'],
  followups: ['跟进记录', 'Follow-up log'],
};

const SCRIPT = `
const $ = (s) => document.querySelector(s);
let file = null;
async function send(step, mapping) {
  if (!file) return;
  const kind = $('#kind').value;
  const p = new URLSearchParams({ name: file.name });
  if (kind) p.set('kind', kind);
  if (mapping) p.set('mapping', JSON.stringify(mapping));
  $('#result').innerHTML = '<p class="muted">…</p>';
  const res = await fetch('/web/import/' + step + '?' + p, { method: 'POST', headers: { 'content-type': 'application/octet-stream', 'x-baton-web': '1' }, body: file });
  $('#result').innerHTML = await res.text();
  const k = $('#result [data-kind]');
  if (k && !$('#kind').value) $('#kind').value = k.dataset.kind;
}
function currentMapping() { return [...document.querySelectorAll('#result select.map')].map((s) => s.value || null); }
$('#file').addEventListener('change', (e) => { file = e.target.files[0] || null; send('preview'); });
$('#kind').addEventListener('change', () => send('preview'));
$('#result').addEventListener('change', (e) => { if (e.target.matches('select.map')) send('preview', currentMapping()); });
$('#result').addEventListener('click', (e) => { if (e.target.id === 'confirm') { e.target.disabled = true; send('commit', currentMapping()); } });
`;

export function importPage(me: Member): string {
  const L = me.language;
  const kinds = allowedKinds(me);
  return page({
    title: t(L, '导入', 'Import'),
    me,
    active: 'import',
    body: html`<h1>${t(L, '从 Excel / CSV 导入', 'Import from Excel / CSV')}</h1>
      <div class="card">
        <form class="filters" onsubmit="return false">
          <label
            >${t(L, '内容', 'What the sheet holds')}<select id="kind">
              <option value="">${t(L, '自动识别', 'guess from headings')}</option>
              ${kinds.map((k) => html`<option value="${k}">${t(L, KIND_LABEL[k][0], KIND_LABEL[k][1])}</option>`)}
            </select></label
          >
          <label
            >${t(L, '文件（.xlsx 或 .csv）', 'File (.xlsx or .csv)')}<input
              type="file"
              id="file"
              accept=".xlsx,.csv,text/csv"
          /></label>
        </form>
        <p class="small muted">
          ${t(L, '先预览：每一行都会检查，有任何错误就不会写入任何数据。CSV 请用 UTF-8（Excel“CSV UTF-8”）；GBK 也可识别。', 'You get a preview first: every row is checked, and if any row has an error nothing is written. CSV should be UTF-8 (Excel "CSV UTF-8"); GBK is recognised too.')}
          <a href="/web/samples/customers.xlsx">customers.xlsx</a> ·
          <a href="/web/samples/orders.xlsx">orders.xlsx</a> · <a href="/web/samples/followups.csv">followups.csv</a>
        </p>
        <div id="result"></div>
      </div>
      <script>
        ${raw(SCRIPT)};
      </script>`,
  });
}

export function previewFragment(L: Lang, r: ImportReport, committed: boolean): string {
  const fields = FIELDS[r.kind];
  const mappingTable = html`<div class="scroll">
    <table class="mapping">
      <thead>
        <tr>
          <th>${t(L, '表格列', 'Column')}</th>
          <th>${t(L, '对应字段', 'Field')}</th>
          <th>${t(L, '示例', 'Example')}</th>
        </tr>
      </thead>
      <tbody>
        ${r.headers.map(
          (h, i) =>
            html`<tr>
              <td>${h || `(${i + 1})`}</td>
              <td>
                <select class="map">
                  <option value="">${t(L, '（忽略）', '(ignore)')}</option>
                  ${fields.map((f) => html`<option value="${f.key}" ${r.mapping[i] === f.key ? html`selected` : ''}>${f.label}${f.required ? ' *' : ''}</option>`)}
                </select>
              </td>
              <td class="small muted">
                ${r.sample
                  .slice(0, 2)
                  .map((s) => s[i])
                  .filter(Boolean)
                  .join(' · ')}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
  const errors = r.errors.length
    ? html`<div class="errors" id="import-errors">
        <b
          >${t(L, `${r.errors.length} 个错误，未导入任何数据：`, `${r.errors.length} error(s) — nothing was imported:`)}</b
        >
        <ul>
          ${r.messages.slice(0, 100).map((m) => html`<li>${m}</li>`)}
        </ul>
        ${r.messages.length > 100 ? html`<p>… ${r.messages.length - 100} ${t(L, '个更多', 'more')}</p>` : ''}
      </div>`
    : '';
  const status =
    committed && r.counts
      ? html`<div class="ok" id="import-done">
          ${t(L, '已导入', 'Imported')}: ${r.counts.created} ${t(L, '新建', 'created')}, ${r.counts.updated}
          ${t(L, '更新', 'updated')}, ${r.counts.skipped}
          ${t(L, '未变', 'unchanged')}${r.kind === 'customers' ? `, ${r.counts.contacts} ${t(L, '联系人', 'contacts')}` : ''}.
        </div>`
      : r.errors.length === 0
        ? html`<div class="ok">
            ${t(L, `全部 ${r.rows} 行检查通过（${r.records} 条）。`, `All ${r.rows} rows are valid (${r.records} records).`)}
            <button id="confirm" type="button">${t(L, '确认导入', 'Import now')}</button>
          </div>`
        : '';
  return html`<div data-kind="${r.kind}">
    <h2>${t(L, KIND_LABEL[r.kind][0], KIND_LABEL[r.kind][1])} · ${r.rows} ${t(L, '行', 'rows')}</h2>
    ${status}${errors}${committed ? '' : mappingTable}
  </div>`.value;
}
