// /web/import: choose a file → preview with the guessed column mapping (changeable)
// and every row error → confirm. The file is sent as the raw request body by fetch(),
// twice (preview, then import), so the server keeps no upload state.
import { html, raw } from '../../../html.js';
import { page } from '../layout.js';
import type { Member } from '../../../../core/team.js';
import { type Lang } from '../../../../core/language.js';
import { label, tr } from '../../../../core/i18n/index.js';
import { FIELDS, IMPORT_KINDS, type ImportKind } from '../../../../services/import/fields.js';
import type { ImportReport } from '../../../../services/import/run-import.js';

export function allowedKinds(me: Member): ImportKind[] {
  if (me.role === 'admin' || me.role === 'supervisor' || me.role === 'rep') return [...IMPORT_KINDS];
  if (me.role === 'finance') return ['orders'];
  return [];
}

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
    title: tr(L, 'web.import.import'),
    me,
    active: 'import',
    body: html`<h1>${tr(L, 'web.import.import_from_excel_csv')}</h1>
      <div class="card">
        <form class="filters" onsubmit="return false">
          <label
            >${tr(L, 'web.import.what_the_sheet_holds')}<select id="kind">
              <option value="">${tr(L, 'web.import.guess_from_headings')}</option>
              ${kinds.map((k) => html`<option value="${k}">${label(L, 'label.import_kind', k)}</option>`)}
            </select></label
          >
          <label
            >${tr(L, 'web.import.file_xlsx_or_csv')}<input type="file" id="file" accept=".xlsx,.csv,text/csv"
          /></label>
        </form>
        <p class="small muted">
          ${tr(L, 'web.import.you_get_a_preview_first')}
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
          <th>${tr(L, 'web.import.column')}</th>
          <th>${tr(L, 'web.import.field')}</th>
          <th>${tr(L, 'web.import.example')}</th>
        </tr>
      </thead>
      <tbody>
        ${r.headers.map(
          (h, i) =>
            html`<tr>
              <td>${h || `(${i + 1})`}</td>
              <td>
                <select class="map">
                  <option value="">${tr(L, 'web.import.ignore')}</option>
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
        <b>${tr(L, 'web.import.error_s_nothing_was_imported', { length: r.errors.length })}</b>
        <ul>
          ${r.messages.slice(0, 100).map((m) => html`<li>${m}</li>`)}
        </ul>
        ${r.messages.length > 100 ? html`<p>… ${r.messages.length - 100} ${tr(L, 'web.import.more')}</p>` : ''}
      </div>`
    : '';
  const status =
    committed && r.counts
      ? html`<div class="ok" id="import-done">
          ${tr(L, 'web.import.imported')}: ${r.counts.created} ${tr(L, 'web.import.created')}, ${r.counts.updated}
          ${tr(L, 'web.import.updated')}, ${r.counts.skipped}
          ${tr(L, 'web.import.unchanged')}${r.kind === 'customers' ? `, ${r.counts.contacts} ${tr(L, 'web.import.contacts')}` : ''}.
        </div>`
      : r.errors.length === 0
        ? html`<div class="ok">
            ${tr(L, 'web.import.all_rows_are_valid_records', { rows: r.rows, records: r.records })}
            <button id="confirm" type="button">${tr(L, 'web.import.import_now')}</button>
          </div>`
        : '';
  return html`<div data-kind="${r.kind}">
    <h2>${label(L, 'label.import_kind', r.kind)} · ${r.rows} ${tr(L, 'web.import.rows')}</h2>
    ${status}${errors}${committed ? '' : mappingTable}
  </div>`.value;
}
