// The full handover package as a small server-rendered HTML page (zh or en).
// Plain HTML on purpose: it must open on any phone from a chat link.
import { t, type Lang } from '../../core/language.js';
import { kindLabel } from '../../core/handover/completeness.js';
import { describeNeed } from '../../core/handover/describe-need.js';
import type { HandoverPackage } from '../../core/handover/package.js';
import { fmtMoney, fmtTime, stageLabel, timelineLabel } from './render.js';

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface PageInput {
  batchId: string; kind: string; stage: string | null; fromName: string; viewerName: string; viewerRole: string;
  status: string; dueAt: Date; lang: Lang; tz: string; packages: HandoverPackage[];
}

function section(title: string, body: string, empty: string): string {
  return `<section><h3>${esc(title)}</h3>${body || `<p class="none">${esc(empty)}</p>`}</section>`;
}

function list(items: string[]): string {
  return items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '';
}

export function renderCustomer(p: HandoverPackage, lang: Lang, tz: string): string {
  const L = (zh: string, en: string) => t(lang, zh, en);
  const none = L('无', 'none');
  const c = p.customer;
  const basics = `<p><b>${esc(c.name)}</b> (${esc(c.code)}) · ${esc(L('等级', 'tier'))} ${esc(c.tier)} · ${esc(L('阶段', 'stage'))} ${esc(c.stage)}${c.country ? ` · ${esc(c.country)}` : ''} · ${esc(L('负责人', 'owner'))} ${esc(c.ownerName ?? '—')}</p>`
    + (c.notes ? `<p>${esc(c.notes)}</p>` : '')
    + list(p.responsibles.map((r) => `${esc(stageLabel(r.stage, lang))}: ${esc(r.memberName)}`));
  const contacts = list(p.contacts.map((x) => `${x.isPrimary ? '★ ' : ''}${esc(x.name)}${x.title ? `, ${esc(x.title)}` : ''} ${[x.phone, x.email, x.whatsapp, x.wechat].filter(Boolean).map(esc).join(' · ')}`));
  const timeline = list(p.timeline.map((e) => `${esc(fmtTime(e.at, tz).slice(0, 10))} <b>${esc(timelineLabel(e.kind, lang))}</b> ${esc(e.text)}`));
  const needs = list(p.needs.map((n) => `<b>${esc(kindLabel(n.kind, lang))}</b>: ${esc(describeNeed(n.kind, n.value, lang))}<br><q>${esc(n.evidence)}</q> <small>${esc(n.speaker ?? '')} ${n.saidAt ? esc(fmtTime(n.saidAt, tz)) : ''}</small>`));
  const changes = list(p.recentChanges.map((x) => `${esc(fmtTime(x.at, tz))} <b>${esc(kindLabel(x.kind, lang))}</b>: ${esc(x.from ? describeNeed(x.kind, x.from, lang) : '—')} → ${esc(x.to ? describeNeed(x.kind, x.to, lang) : '—')}${x.evidence ? ` <q>${esc(x.evidence)}</q>` : ''} <small>${esc(x.saidBy ?? '')}</small>`));
  const open = list([
    ...p.openItems.missingEssentials.map((k) => `${esc(L('未知', 'Unknown'))}: <b>${esc(kindLabel(k, lang))}</b>`),
    ...p.openItems.promises.map((x) => `${esc(L('我方承诺', 'We promised'))}: <q>${esc(x.text)}</q> <small>${esc(x.speaker ?? '')} ${esc(fmtTime(x.at, tz))}</small>`),
    ...p.openItems.unansweredQuestions.map((x) => `${esc(L('客户未获回复的问题', 'Unanswered customer question'))}: <q>${esc(x.text)}</q> <small>${esc(x.speaker ?? '')} ${esc(fmtTime(x.at, tz))}</small>`),
  ]);
  const cautions = list(p.cautions.map((x) => `⚠️ ${esc(x.text)}${x.evidence !== x.text ? ` <q>${esc(x.evidence)}</q>` : ''}`));
  const money = p.money
    ? list(p.money.orders.map((o) => `${esc(o.orderNo ?? '—')} ${esc(o.orderedAt)} ${esc(o.status)}: ${esc(fmtMoney(o.amount, o.currency))}, ${esc(L('已付', 'paid'))} ${esc(fmtMoney(o.paid, o.currency))}, ${esc(L('未付', 'outstanding'))} <b>${esc(fmtMoney(o.outstanding, o.currency))}</b>`))
      + `<p>${esc(L('累计下单', 'Ordered in total'))} ${esc(fmtMoney(p.money.totalOrderedCny))} · ${esc(L('未收款', 'Outstanding'))} <b>${esc(fmtMoney(p.money.outstandingCny))}</b></p>`
    : list(p.orderStatus.map((o) => `${esc(o.orderNo ?? '—')} ${esc(o.orderedAt)} ${esc(o.status)}`)) + `<p class="none">${esc(L('金额仅对销售、主管和财务可见。', 'Amounts are shown to sales, supervisors and finance only.'))}</p>`;
  const last = list(p.lastConversations.map((x) => `${esc(fmtTime(x.at, tz))} ${esc(x.who ?? '')}: ${esc(x.text)}`));
  const gaps = p.completeness.complete ? `<p class="ok">${esc(L('资料齐全', 'Nothing missing'))}</p>`
    : `<p class="gap">${esc(L('缺：', 'Missing: '))}${p.completeness.missing.map((k) => esc(kindLabel(k, lang))).join(', ')}</p>`;
  return `<article id="${esc(c.code)}"><h2>${esc(c.name)} <small>${esc(c.code)}</small></h2>${gaps}`
    + section(L('基本信息', 'Basics'), basics, none)
    + section(L('联系人', 'Contacts'), contacts, none)
    + section(L('时间线', 'Timeline'), timeline, none)
    + section(L('当前需求（原话）', 'Current needs (with quotes)'), needs, none)
    + section(L('最近变更', 'Recent changes'), changes, none)
    + section(L('待办事项', 'Open items'), open, none)
    + section(L('注意事项与禁忌', 'Cautions and taboos'), cautions, none)
    + section(L('订单与欠款', 'Orders and money outstanding'), money, none)
    + section(L('最近沟通', 'Last conversations'), last, none)
    + '</article>';
}

export function renderPage(x: PageInput): string {
  const L = (zh: string, en: string) => t(x.lang, zh, en);
  const title = `${L('交接', 'Handover')} ${x.batchId}`;
  const what = x.kind === 'stage' ? `${stageLabel(x.stage ?? '', x.lang)} · ` : x.kind === 'departure' ? L('离岗交接 · ', 'Departure · ') : '';
  const toc = x.packages.length > 1 ? `<nav>${x.packages.map((p) => `<a href="#${esc(p.customer.code)}">${esc(p.customer.name)}</a>`).join(' · ')}</nav>` : '';
  return `<!doctype html><html lang="${x.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:860px;margin:1rem auto;padding:0 1rem;line-height:1.5}
q{color:#555}small{color:#777}.none{color:#999}.gap{color:#b45309}.ok{color:#15803d}article{border-top:2px solid #ddd;margin-top:1.5rem}
section h3{margin-bottom:.2rem;font-size:1rem}</style></head><body>
<h1>${esc(title)}</h1>
<p>${esc(what)}${esc(x.fromName)} → ${esc(x.viewerName)} · ${esc(L('状态', 'status'))}: <b>${esc(x.status)}</b> · ${esc(L('截止', 'due'))} ${esc(fmtTime(x.dueAt, x.tz))}</p>
<p><small>${esc(L(`按 ${x.viewerName} 的权限显示`, `Shown as ${x.viewerName} may see it`))} (${esc(x.viewerRole)}) · <a href="?k=${'{token}'}&lang=${x.lang === 'zh' ? 'en' : 'zh'}">${x.lang === 'zh' ? 'English' : '中文'}</a></small></p>
${toc}${x.packages.map((p) => renderCustomer(p, x.lang, x.tz)).join('\n')}
</body></html>`;
}
