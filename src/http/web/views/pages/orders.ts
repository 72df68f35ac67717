// Orders from chat on the web (issue 20): the customer page's orders section (sheets,
// versions, acknowledgements) and the printable production sheet. Money lines only
// for roles with money rights (core/orders/sheet.ts).
import { html, type Html } from '../../../html.js';
import { label, tr } from '../../../../core/i18n/index.js';
import type { Member } from '../../../../core/team.js';
import type { Customer } from '../../../../core/customer.js';
import type { SheetQuestion, SheetRecord } from '../../../../core/orders/records.js';
import { maySeeOnSheet, redactMoney, sortItems } from '../../../../core/orders/sheet.js';
import type { OrderView } from '../../../../services/orders/web-data.js';
import { formatValue, kindLabel } from '../../../../services/bot/format/values.js';
import { fmtDay } from '../../../../services/orders/render-sheet.js';
import { page } from '../layout.js';

export function ordersSection(me: Member, orders: OrderView[], tz: string): Html {
  const L = me.language;
  const name = (id: string | null) => id ?? '—';
  if (orders.length === 0) return html``;
  return html`<section>
    <h2>${tr(L, 'web.orders.orders_and_production_sheets')}</h2>
    ${orders.map(
      (o) =>
        html`<div class="card">
          <p>
            <b>${o.order.orderedAt}</b> ·
            ${o.order.status}${o.order.shipMode ? ` · ${o.order.shipMode}` : ''}${o.order.tracking ? ` · ${o.order.tracking}` : ''}
          </p>
          <ul>
            ${o.events.map((e) => html`<li>${e.kind} · ${name(e.saidBy)} · ${fmtDay(e.at, tz)}</li>`)}
          </ul>
          <table>
            <thead>
              <tr>
                <th>${tr(L, 'web.orders.sheet')}</th>
                <th>${tr(L, 'web.orders.version')}</th>
                <th>${tr(L, 'web.orders.sent')}</th>
                <th>${tr(L, 'web.orders.status')}</th>
                <th>${tr(L, 'web.orders.changes')}</th>
              </tr>
            </thead>
            <tbody>
              ${o.sheets.map(
                (s) =>
                  html`<tr>
                    <td><a href="/web/sheets/${s.id}">${s.id}</a></td>
                    <td>v${s.version}</td>
                    <td class="small">${fmtDay(s.createdAt, tz)}</td>
                    <td>
                      ${label(L, 'label.sheet_status', s.status)}${s.acknowledgedAt ? html` · ${name(s.acknowledgedBy)} ${fmtDay(s.acknowledgedAt, tz)}` : ''}${s.questions.length ? html` · ${s.questions.length} ${tr(L, 'web.orders.question_s')}` : ''}
                    </td>
                    <td class="small">
                      ${s.diff.filter((d) => maySeeOnSheet(d.kind, { member: me, group: false, hasExternal: false })).map((d) => html`${kindLabel(d.kind, L)}: ${formatValue(d.kind, d.from, L)} → ${formatValue(d.kind, d.to, L)}<br />`)}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`,
    )}
  </section>`;
}

export function sheetPrintPage(
  me: Member,
  sheet: SheetRecord,
  customer: Customer,
  members: Member[],
  questions: SheetQuestion[],
  tz: string,
): string {
  const L = me.language;
  const who = (id: string | null) => members.find((m) => m.id === id)?.name ?? id ?? '—';
  const audience = { member: me, group: false, hasExternal: false };
  const may = (k: string) => maySeeOnSheet(k, audience);
  const say = (s: string) => (may('payment_terms') ? s : redactMoney(s));
  const items = sortItems(sheet.items).filter((i) => may(i.kind));
  return page({
    title: `${sheet.id} ${customer.name}`,
    me,
    body: html`<style>
        @media print {
          header.top {
            display: none;
          }
          a {
            color: inherit;
            text-decoration: none;
          }
        }
      </style>
      <h1>${tr(L, 'web.orders.production_sheet')} ${sheet.id} · v${sheet.version}</h1>
      <p>
        <b>${customer.name}</b> (${customer.code}) · ${tr(L, 'web.orders.rep')}: ${who(sheet.repId)} ·
        ${tr(L, 'web.orders.order_clerk')}: ${who(sheet.clerkId)} · ${fmtDay(sheet.createdAt, tz)}
      </p>
      <p>
        ${label(L, 'label.sheet_status', sheet.status)}${sheet.acknowledgedAt ? ` · ${who(sheet.acknowledgedBy)} ${fmtDay(sheet.acknowledgedAt, tz)}` : ` · ${tr(L, 'web.orders.due')} ${fmtDay(sheet.dueAt, tz)}`}
      </p>
      ${
        sheet.diff.length
          ? html`<h2>${tr(L, 'web.orders.changed_before_after')}</h2>
              <ul>
                ${sheet.diff.filter((d) => may(d.kind)).map((d) => html`<li>${kindLabel(d.kind, L)}: ${formatValue(d.kind, d.from, L)} → <b>${formatValue(d.kind, d.to, L)}</b></li>`)}
              </ul>`
          : ''
      }
      <table>
        <thead>
          <tr>
            <th>${tr(L, 'web.orders.item')}</th>
            <th>${tr(L, 'web.orders.requirement')}</th>
            <th>${tr(L, 'web.orders.customer_s_words')}</th>
          </tr>
        </thead>
        <tbody>
          ${items.map(
            (i) =>
              html`<tr>
                <td>${kindLabel(i.kind, L)}</td>
                <td><b>${formatValue(i.kind, i.value, L)}</b></td>
                <td class="small">${i.speaker ? `${i.speaker}: ` : ''}${say(i.evidence)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${
        questions.length
          ? html`<h2>${tr(L, 'web.orders.questions')}</h2>
              <ul>
                ${questions.map((q) => html`<li>${who(q.askedBy)}: ${q.question}${q.answer ? html` — ${who(q.askedTo)}: ${q.answer}` : ''}</li>`)}
              </ul>`
          : ''
      }
      <p class="small">
        ${tr(L, 'web.orders.received_by')} ____________ &nbsp; ${tr(L, 'web.orders.date')} ____________
      </p>`,
  });
}
