// The full handover package as a small server-rendered HTML page (zh or en).
// Plain HTML on purpose: it must open on any phone from a chat link.
import { t, type Lang } from '../../core/language.js';
import { kindLabel } from '../../core/handover/completeness.js';
import { describeNeed } from '../../core/handover/describe-need.js';
import type { HandoverPackage } from '../../core/handover/package.js';
import { fmtMoney, fmtTime, stageLabel, timelineLabel } from '../../services/handover/render.js';
import { html, type Html } from '../html.js';

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
  const L = (zh: string, en: string) => t(lang, zh, en);
  const none = L('无', 'none');
  const c = p.customer;
  const basics = html`<p>
      <b>${c.name}</b> (${c.code}) · ${L('等级', 'tier')} ${c.tier} · ${L('阶段', 'stage')}
      ${c.stage}${c.country ? html` · ${c.country}` : ''} · ${L('负责人', 'owner')} ${c.ownerName ?? '—'}
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
    ...p.openItems.missingEssentials.map((k) => html`${L('未知', 'Unknown')}: <b>${kindLabel(k, lang)}</b>`),
    ...p.openItems.promises.map(
      (x) => html`${L('我方承诺', 'We promised')}: <q>${x.text}</q> ${said(x.speaker, fmtTime(x.at, tz))}`,
    ),
    ...p.openItems.unansweredQuestions.map(
      (x) =>
        html`${L('客户未获回复的问题', 'Unanswered customer question')}:
          <q>${x.text}</q> ${said(x.speaker, fmtTime(x.at, tz))}`,
    ),
  ]);
  const cautions = list(
    p.cautions.map((x) => html`⚠️ ${x.text}${x.evidence !== x.text ? html` <q>${x.evidence}</q>` : ''}`),
  );
  const money = p.money
    ? html`${list(p.money.orders.map((o) => html`${o.orderNo ?? '—'} ${o.orderedAt} ${o.status}: ${fmtMoney(o.amount, o.currency)}, ${L('已付', 'paid')} ${fmtMoney(o.paid, o.currency)}, ${L('未付', 'outstanding')} <b>${fmtMoney(o.outstanding, o.currency)}</b>`))}
        <p>
          ${L('累计下单', 'Ordered in total')} ${fmtMoney(p.money.totalOrderedCny)} · ${L('未收款', 'Outstanding')}
          <b>${fmtMoney(p.money.outstandingCny)}</b>
        </p>`
    : html`${list(p.orderStatus.map((o) => html`${o.orderNo ?? '—'} ${o.orderedAt} ${o.status}`))}
        <p class="none">
          ${L('金额仅对销售、主管和财务可见。', 'Amounts are shown to sales, supervisors and finance only.')}
        </p>`;
  const last = list(p.lastConversations.map((x) => html`${fmtTime(x.at, tz)} ${x.who ?? ''}: ${x.text}`));
  const gaps = p.completeness.complete
    ? html`<p class="ok">${L('资料齐全', 'Nothing missing')}</p>`
    : html`<p class="gap">
        ${L('缺：', 'Missing: ')}${p.completeness.missing.map((k) => kindLabel(k, lang)).join(', ')}
      </p>`;
  return html`<article id="${c.code}">
    <h2>${c.name} <small>${c.code}</small></h2>
    ${gaps}${[
      section(L('基本信息', 'Basics'), basics, none),
      section(L('联系人', 'Contacts'), contacts, none),
      section(L('时间线', 'Timeline'), timeline, none),
      section(L('当前需求（原话）', 'Current needs (with quotes)'), needs, none),
      section(L('最近变更', 'Recent changes'), changes, none),
      section(L('待办事项', 'Open items'), open, none),
      section(L('注意事项与禁忌', 'Cautions and taboos'), cautions, none),
      section(L('订单与欠款', 'Orders and money outstanding'), money, none),
      section(L('最近沟通', 'Last conversations'), last, none),
    ]}
  </article>`;
}

export function renderPage(x: PageInput): string {
  const L = (zh: string, en: string) => t(x.lang, zh, en);
  const title = `${L('交接', 'Handover')} ${x.batchId}`;
  const what =
    x.kind === 'stage'
      ? `${stageLabel(x.stage ?? '', x.lang)} · `
      : x.kind === 'departure'
        ? L('离岗交接 · ', 'Departure · ')
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
          body {
            font-family: system-ui, sans-serif;
            max-width: 860px;
            margin: 1rem auto;
            padding: 0 1rem;
            line-height: 1.5;
          }
          q {
            color: #555;
          }
          small {
            color: #777;
          }
          .none {
            color: #999;
          }
          .gap {
            color: #b45309;
          }
          .ok {
            color: #15803d;
          }
          article {
            border-top: 2px solid #ddd;
            margin-top: 1.5rem;
          }
          section h3 {
            margin-bottom: 0.2rem;
            font-size: 1rem;
          }
        </style>
      </head>
      <body>
        <h1>${title}</h1>
        <p>
          ${what}${x.fromName} → ${x.viewerName} · ${L('状态', 'status')}: <b>${x.status}</b> · ${L('截止', 'due')}
          ${fmtTime(x.dueAt, x.tz)}
        </p>
        <p>
          <small
            >${L(`按 ${x.viewerName} 的权限显示`, `Shown as ${x.viewerName} may see it`)} (${x.viewerRole}) ·
            <a href="?k=${encodeURIComponent(x.token)}&lang=${other}">${x.lang === 'zh' ? 'English' : '中文'}</a></small
          >
        </p>
        ${toc}${x.packages.map((p, i) => html`${i ? '\n' : ''}${renderCustomer(p, x.lang, x.tz)}`)}
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
