// The full handover package as a small server-rendered HTML page (zh or en).
// Plain HTML on purpose: it must open on any phone from a chat link.
import { type Lang } from '../../core/language.js';
import { label, tr } from '../../core/i18n/index.js';
import { kindLabel } from '../../core/handover/completeness.js';
import { describeNeed } from '../../core/handover/describe-need.js';
import type { HandoverPackage } from '../../core/handover/package.js';
import { fmtMoney, fmtTime, stageLabel, timelineLabel } from '../../services/handover/render.js';
import { html, raw, type Html } from '../html.js';
import { STYLE_CSS } from '../web/views/style.js';

// The workspace's stylesheet plus the few classes only the package uses: one look for both.
const HANDOVER_CSS = `
article.card h2 small{color:var(--muted);font-weight:400;font-size:13px;margin-left:6px}
article.card section{border-top:1px solid var(--line);padding-top:6px;margin-top:8px}
article.card section ul{margin:4px 0;padding-left:18px}article.card li{margin:3px 0;overflow-wrap:anywhere}
q{color:#475467}small{color:var(--muted)}.none{color:var(--muted)}.gap{color:var(--warn)}.ok{color:var(--good)}
`;

export interface PageInput {
  batchId: string;
  kind: string;
  stage: string | null;
  fromName: string;
  viewerName: string;
  viewerRole: string;
  status: string;
  dueAt: Date;
  lang: Lang;
  tz: string;
  packages: HandoverPackage[];
  /** The reader's link token, kept in the language switch link. */
  token: string;
}

function section(title: string, body: Html | '', empty: string): Html {
  return html`<section>
    <h3>${title}</h3>
    ${body || html`<p class="none">${empty}</p>`}
  </section>`;
}

function list(items: Html[]): Html | '' {
  return items.length
    ? html`<ul>
        ${items.map((i) => html`<li>${i}</li>`)}
      </ul>`
    : '';
}

const said = (speaker: string | null | undefined, at: string) => html`<small>${speaker ?? ''} ${at}</small>`;

export function renderCustomer(p: HandoverPackage, lang: Lang, tz: string): Html {
  const none = tr(lang, 'http.handover.page.none');
  const c = p.customer;
  const basics = html`<p>
      <b>${c.name}</b> (${c.code}) · ${tr(lang, 'http.handover.page.tier')} ${c.tier} ·
      ${tr(lang, 'http.handover.page.stage')}
      ${label(lang, 'label.stage', c.stage)}${c.country ? html` · ${c.country}` : ''} ·
      ${tr(lang, 'http.handover.page.owner')} ${c.ownerName ?? '—'}
    </p>
    ${c.notes ? html`<p>${c.notes}</p>` : ''}${list(p.responsibles.map((r) => html`${stageLabel(r.stage, lang)}: ${r.memberName}`))}`;
  const contacts = list(
    p.contacts.map(
      (x) =>
        html`${x.isPrimary ? '★ ' : ''}${x.name}${x.title ? html`, ${x.title}` : ''}
        ${[x.phone, x.email, x.whatsapp, x.wechat].filter(Boolean).join(' · ')}`,
    ),
  );
  const timeline = list(
    p.timeline.map((e) => html`${fmtTime(e.at, tz).slice(0, 10)} <b>${timelineLabel(e.kind, lang)}</b> ${e.text}`),
  );
  const needs = list(
    p.needs.map(
      (n) =>
        html`<b>${kindLabel(n.kind, lang)}</b>: ${describeNeed(n.kind, n.value, lang)}<br /><q>${n.evidence}</q>
          ${said(n.speaker, n.saidAt ? fmtTime(n.saidAt, tz) : '')}`,
    ),
  );
  const changes = list(
    p.recentChanges.map(
      (x) =>
        html`${fmtTime(x.at, tz)} <b>${kindLabel(x.kind, lang)}</b>:
          ${x.from ? describeNeed(x.kind, x.from, lang) : '—'} →
          ${x.to ? describeNeed(x.kind, x.to, lang) : '—'}${x.evidence ? html` <q>${x.evidence}</q>` : ''}
          <small>${x.saidBy ?? ''}</small>`,
    ),
  );
  const open = list([
    ...p.openItems.missingEssentials.map(
      (k) => html`${tr(lang, 'http.handover.page.unknown')}: <b>${kindLabel(k, lang)}</b>`,
    ),
    ...p.openItems.promises.map(
      (x) =>
        html`${tr(lang, 'http.handover.page.we_promised')}: <q>${x.text}</q> ${said(x.speaker, fmtTime(x.at, tz))}`,
    ),
    ...p.openItems.unansweredQuestions.map(
      (x) =>
        html`${tr(lang, 'http.handover.page.unanswered_customer_question')}:
          <q>${x.text}</q> ${said(x.speaker, fmtTime(x.at, tz))}`,
    ),
  ]);
  const cautions = list(
    p.cautions.map((x) => html`⚠️ ${x.text}${x.evidence !== x.text ? html` <q>${x.evidence}</q>` : ''}`),
  );
  const money = p.money
    ? html`${list(p.money.orders.map((o) => html`${o.orderNo ?? '—'} ${o.orderedAt} ${o.status}: ${fmtMoney(o.amount, o.currency)}, ${tr(lang, 'http.handover.page.paid')} ${fmtMoney(o.paid, o.currency)}, ${tr(lang, 'http.handover.page.outstanding')} <b>${fmtMoney(o.outstanding, o.currency)}</b>`))}
        <p>
          ${tr(lang, 'http.handover.page.ordered_in_total')} ${fmtMoney(p.money.totalOrderedCny)} ·
          ${tr(lang, 'http.handover.page.outstanding_2')}
          <b>${fmtMoney(p.money.outstandingCny)}</b>
        </p>`
    : html`${list(p.orderStatus.map((o) => html`${o.orderNo ?? '—'} ${o.orderedAt} ${o.status}`))}
        <p class="none">${tr(lang, 'http.handover.page.amounts_are_shown_to_sales')}</p>`;
  const last = list(p.lastConversations.map((x) => html`${fmtTime(x.at, tz)} ${x.who ?? ''}: ${x.text}`));
  const gaps = p.completeness.complete
    ? html`<p class="ok">${tr(lang, 'http.handover.page.nothing_missing')}</p>`
    : html`<p class="gap">
        ${tr(lang, 'http.handover.page.missing')}${p.completeness.missing.map((k) => kindLabel(k, lang)).join(', ')}
      </p>`;
  return html`<article class="card" id="${c.code}">
    <h2>${c.name} <small>${c.code}</small></h2>
    ${gaps}${[
      section(tr(lang, 'http.handover.page.basics'), basics, none),
      section(tr(lang, 'http.handover.page.contacts'), contacts, none),
      section(tr(lang, 'http.handover.page.timeline'), timeline, none),
      section(tr(lang, 'http.handover.page.current_needs_with_quotes'), needs, none),
      section(tr(lang, 'http.handover.page.recent_changes'), changes, none),
      section(tr(lang, 'http.handover.page.open_items'), open, none),
      section(tr(lang, 'http.handover.page.cautions_and_taboos'), cautions, none),
      section(tr(lang, 'http.handover.page.orders_and_money_outstanding'), money, none),
      section(tr(lang, 'http.handover.page.last_conversations'), last, none),
    ]}
  </article>`;
}

export function renderPage(x: PageInput): string {
  const title = `${tr(x.lang, 'http.handover.page.handover')} ${x.batchId}`;
  const what =
    x.kind === 'stage'
      ? `${stageLabel(x.stage ?? '', x.lang)} · `
      : x.kind === 'departure'
        ? tr(x.lang, 'http.handover.page.departure')
        : '';
  const toc =
    x.packages.length > 1
      ? html`<nav>
          ${x.packages.map((p, i) => html`${i ? ' · ' : ''}<a href="#${p.customer.code}">${p.customer.name}</a>`)}
        </nav>`
      : '';
  const other = x.lang === 'zh' ? 'en' : 'zh';
  return html`<!doctype html>
    <html lang="${x.lang === 'zh' ? 'zh-CN' : 'en'}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <style>
          ${raw(STYLE_CSS + HANDOVER_CSS)}
        </style>
      </head>
      <body>
        <header class="top"><span class="brand">Baton</span><span>${title}</span></header>
        <main>
          <div class="card">
            <h1>${title}</h1>
            <p>
              ${what}${x.fromName} → ${x.viewerName} · ${tr(x.lang, 'http.handover.page.status')}:
              <b>${label(x.lang, 'label.handover_status', x.status)}</b> · ${tr(x.lang, 'http.handover.page.due')}
              ${fmtTime(x.dueAt, x.tz)}
            </p>
            <p>
              <small
                >${tr(x.lang, 'http.handover.page.shown_as_may_see_it', { viewerName: x.viewerName })}
                (${label(x.lang, 'label.role', x.viewerRole)}) ·
                <a href="?k=${encodeURIComponent(x.token)}&lang=${other}"
                  >${x.lang === 'zh' ? 'English' : '中文'}</a
                ></small
              >
            </p>
            ${toc}
          </div>
          ${x.packages.map((p, i) => html`${i ? '\n' : ''}${renderCustomer(p, x.lang, x.tz)}`)}
        </main>
      </body>
    </html>`.value;
}

/** The answer to a link that names no handover this reader may open. */
export function notFoundPage(): string {
  return html`<!doctype html><meta charset="utf-8" /><title>Not found</title>
    <p>No such handover, or the link is incomplete. 没有这个交接，或链接不完整。</p>`.value;
}

/** The page of a key whose handover has ended (410): the key ended with it. */
export function endedPage(): string {
  return html`<!doctype html><meta charset="utf-8" /><title>Handover ended</title>
    <p>
      This handover has ended, and its link with it. The customers are in the web workspace: send /web to Baton. ·
      这个交接已结束，链接随之失效。客户资料在网页工作台：向 Baton 发送 /web。
    </p>`.value;
}
