// /web/customers/:id: facts, contacts, needs with their quotes and history,
// timeline, follow-ups, handovers and orders. Sensitive fields only for roles that may see them.
import { html, type Html } from '../../../html.js';
import { page } from '../layout.js';
import type { Member } from '../../../../core/team.js';
import { t, type Lang } from '../../../../core/language.js';
import { maySayHere, roleMaySeeSensitive } from '../../../../core/permissions.js';
import { maskMoney } from '../../../../core/money-mask.js';
import type { CustomerDetail, HandoverRow, NeedRow } from '../../../../db/repositories/web-customer-detail.js';
import { describeValue, fmtDate, fmtMoney, kindLabel, stageLabel } from '../format.js';

interface Event {
  at: Date;
  what: Html;
  dateOnly?: boolean;
}

/** `handoverLink` gives the package page's address for handovers the viewer received (the page needs their token). */
export function customerPage(
  me: Member,
  detail: CustomerDetail,
  now: Date,
  tz: string,
  handoverLink: (h: HandoverRow) => string | undefined,
): string {
  const L = me.language;
  const sensitiveOk = roleMaySeeSensitive(me);
  // Quotes of visible needs keep their words but lose their money for roles without money rights.
  const d: CustomerDetail = sensitiveOk
    ? detail
    : {
        ...detail,
        needs: detail.needs.map((n) => ({ ...n, evidence: maskMoney(n.evidence) })),
        changes: detail.changes.map((x) => ({ ...x, evidence: x.evidence === null ? null : maskMoney(x.evidence) })),
      };
  const c = d.customer;
  // The web page is a private screen, never a chat with outsiders.
  const mayShow = (kind: string) => maySayHere(me, false, kind);
  const hidden = html`<span class="hidden-field">${t(L, '（你的角色不可见）', '(hidden for your role)')}</span>`;
  const overdue =
    c.nextFollowUpAt !== null && c.nextFollowUpAt < now && c.stage !== 'lost' && c.stage !== 'paused' && !c.pausedUntil;

  const facts = html`<dl class="facts">
    <dt>${t(L, '编号', 'Code')}</dt>
    <dd>${c.code}</dd>
    <dt>${t(L, '等级', 'Tier')}</dt>
    <dd><span class="badge t${c.tier}">${c.tier}</span></dd>
    <dt>${t(L, '阶段', 'Stage')}</dt>
    <dd>
      ${stageLabel(c.stage, L)}${c.pausedUntil ? html` · ${t(L, '暂停至', 'paused until')} ${fmtDate(c.pausedUntil, tz)}` : ''}
    </dd>
    <dt>${t(L, '负责人', 'Owner')}</dt>
    <dd>${d.ownerName ?? '—'}</dd>
    ${
      c.aliases.length
        ? html`<dt>${t(L, '别名', 'Aliases')}</dt>
            <dd>${c.aliases.join(', ')}</dd>`
        : ''
    }
    ${
      c.country
        ? html`<dt>${t(L, '国家', 'Country')}</dt>
            <dd>${c.country}</dd>`
        : ''
    }
    <dt>${t(L, '上次联系', 'Last contact')}</dt>
    <dd>${fmtDate(c.lastContactAt, tz, true)}</dd>
    <dt>${t(L, '下次跟进', 'Next follow-up')}</dt>
    <dd>
      ${fmtDate(c.nextFollowUpAt, tz, true)}
      ${overdue ? html`<span class="badge over">${t(L, '逾期', 'overdue')}</span>` : ''}
    </dd>
    ${
      d.outstanding.length
        ? html`<dt>${t(L, '未收款', 'Outstanding')}</dt>
            <dd>
              ${sensitiveOk ? d.outstanding.map((o) => html`${fmtMoney(o.amount, o.currency)}${o.overdue > 0 ? html` <span class="bad">(${fmtMoney(o.overdue, o.currency)} ${t(L, '逾期', 'overdue')})</span>` : ''} `) : hidden}
            </dd>`
        : ''
    }
    ${
      c.notes
        ? html`<dt>${t(L, '备注', 'Notes')}</dt>
            <dd>${c.notes}</dd>`
        : ''
    }
  </dl>`;

  const contacts =
    d.contacts.length === 0
      ? html`<p class="muted">—</p>`
      : html`<div class="scroll">
          <table>
            <tbody>
              ${d.contacts.map(
                (k) =>
                  html`<tr>
                    <td>
                      ${k.name}${k.isPrimary ? html` <span class="badge">${t(L, '主要', 'primary')}</span>` : ''}
                      <div class="small muted">${k.title ?? ''}</div>
                    </td>
                    <td class="small">
                      ${[k.phone, k.email, k.wechat ? `WeChat ${k.wechat}` : null, k.whatsapp ? `WhatsApp ${k.whatsapp}` : null].filter(Boolean).join(' · ')}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`;

  const needs = needsSection(d.needs, L, mayShow, hidden, tz);
  const changes =
    d.changes.length === 0
      ? ''
      : html`<h3>${t(L, '变更记录', 'What changed')}</h3>
          <ul class="timeline">
            ${d.changes.map(
              (x) =>
                html`<li>
                  <span class="when">${fmtDate(x.at, tz, true)}</span><b>${kindLabel(x.kind, L)}</b>:
                  ${mayShow(x.kind) ? html`<span class="muted">${describeValue(x.kind, x.fromValue)}</span> → ${describeValue(x.kind, x.toValue)}${x.evidence ? html`<blockquote>“${x.evidence}”${x.saidBy ? html` — ${x.saidBy}` : ''}</blockquote>` : ''}` : hidden}
                </li>`,
            )}
          </ul>`;

  const events: Event[] = [
    ...d.messages.map((m) => ({
      at: m.at,
      what: html`<span class="ev">${t(L, '消息', 'msg')}</span> <b>${m.sender}</b>
        <span class="small muted">${m.chatId}</span>: ${sensitiveOk ? m.text.slice(0, 300) : hidden}`,
    })),
    ...d.followUps.map((f) => ({
      at: f.at,
      what: html`<span class="ev">${t(L, '跟进', 'follow-up')}</span> (${f.channel}) ${f.memberId ?? ''}:
        ${f.summary ?? ''}`,
    })),
    ...d.changes.map((x) => ({
      at: x.at,
      what: html`<span class="ev">${t(L, '变更', 'change')}</span> ${kindLabel(x.kind, L)}`,
    })),
    ...d.orders.map((o) => ({
      at: new Date(`${o.orderedAt}T12:00:00Z`),
      dateOnly: true,
      what: html`<span class="ev">${t(L, '订单', 'order')}</span> ${o.orderNo ?? ''}
        ${sensitiveOk ? fmtMoney(o.amount, o.currency) : ''}`,
    })),
    ...d.handovers.map((h) => ({
      at: h.createdAt,
      what: html`<span class="ev">${t(L, '交接', 'handover')}</span> ${h.from ?? '—'} → ${h.to} (${h.status})`,
    })),
  ]
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, 60);
  const timeline =
    events.length === 0
      ? html`<p class="muted">—</p>`
      : html`<ul class="timeline">
          ${events.map((e) => html`<li><span class="when">${fmtDate(e.at, tz, !e.dateOnly)}</span>${e.what}</li>`)}
        </ul>`;

  const followUps =
    d.followUps.length === 0
      ? html`<p class="muted">—</p>`
      : html`<div class="scroll">
          <table>
            <thead>
              <tr>
                <th>${t(L, '时间', 'When')}</th>
                <th>${t(L, '人', 'By')}</th>
                <th>${t(L, '方式', 'Channel')}</th>
                <th>${t(L, '内容', 'Summary')}</th>
                <th>${t(L, '下次', 'Next')}</th>
              </tr>
            </thead>
            <tbody>
              ${d.followUps.map(
                (f) =>
                  html`<tr>
                    <td class="small">${fmtDate(f.at, tz, true)}</td>
                    <td>${f.memberId ?? '—'}</td>
                    <td>${f.channel}</td>
                    <td>${f.summary ?? ''}</td>
                    <td class="small">${fmtDate(f.nextAt, tz)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`;

  const handovers =
    d.handovers.length === 0
      ? html`<p class="muted">—</p>`
      : html`<div class="scroll">
          <table>
            <tbody>
              ${d.handovers.map(
                (h) =>
                  html`<tr>
                    <td class="small">${fmtDate(h.createdAt, tz)}</td>
                    <td>${h.kind}</td>
                    <td>${h.from ?? '—'} → ${h.to}</td>
                    <td><span class="badge">${h.status}</span></td>
                    <td>
                      ${((href) => (href ? html`<a href="${href}">${t(L, '交接包与签收', 'package & sign-off')}</a>` : ''))(handoverLink(h))}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`;

  const total = d.orders.reduce((s, o) => s + o.amountCny, 0);
  const orders =
    d.orders.length === 0
      ? html`<p class="muted">—</p>`
      : html`<div class="scroll">
            <table>
              <thead>
                <tr>
                  <th>${t(L, '订单号', 'Order no')}</th>
                  <th>${t(L, '日期', 'Date')}</th>
                  <th class="num">${t(L, '金额', 'Amount')}</th>
                  <th>${t(L, '状态', 'Status')}</th>
                </tr>
              </thead>
              <tbody>
                ${d.orders.map(
                  (o) =>
                    html`<tr>
                      <td>${o.orderNo ?? '—'}</td>
                      <td class="small">${o.orderedAt}</td>
                      <td class="num">${sensitiveOk ? fmtMoney(o.amount, o.currency) : hidden}</td>
                      <td>${o.status}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>
          ${sensitiveOk ? html`<p class="small muted">${t(L, '合计（人民币）', 'Total (CNY)')}: ${fmtMoney(total)}</p>` : ''}`;

  return page({
    title: c.name,
    me,
    active: 'customers',
    body: html`<p class="small"><a href="/web/customers">← ${t(L, '客户列表', 'Customers')}</a></p>
      <h1>${c.name}</h1>
      <div class="grid">
        <section class="card">
          <h2>${t(L, '概况', 'Overview')}</h2>
          ${facts}
        </section>
        <section class="card">
          <h2>${t(L, '联系人', 'Contacts')}</h2>
          ${contacts}
        </section>
      </div>
      <section class="card" id="needs">
        <h2>${t(L, '需求', 'Needs')}</h2>
        ${needs}${changes}
      </section>
      <div class="grid">
        <section class="card" id="timeline">
          <h2>${t(L, '时间线', 'Timeline')}</h2>
          ${timeline}
        </section>
        <section class="card" id="followups">
          <h2>${t(L, '跟进', 'Follow-ups')}</h2>
          ${followUps}
        </section>
      </div>
      <div class="grid">
        <section class="card" id="handovers">
          <h2>${t(L, '交接', 'Handovers')}</h2>
          ${handovers}
        </section>
        <section class="card" id="orders">
          <h2>${t(L, '订单', 'Orders')}</h2>
          ${orders}
        </section>
      </div>`,
  });
}

function needsSection(needs: NeedRow[], L: Lang, mayShow: (k: string) => boolean, hidden: Html, tz: string): Html {
  if (needs.length === 0)
    return html`<p class="muted">
      ${t(L, '还没有记录需求。转发客户聊天给 Baton 即可。', 'No needs recorded yet. Forward a customer chat to Baton.')}
    </p>`;
  const bySlot = new Map<string, NeedRow[]>();
  for (const n of needs) bySlot.set(n.slot, [...(bySlot.get(n.slot) ?? []), n]);
  return html`<div class="scroll">
    <table class="needs">
      <thead>
        <tr>
          <th>${t(L, '类别', 'Kind')}</th>
          <th>${t(L, '当前', 'Now')}</th>
          <th>${t(L, '原话', 'In their words')}</th>
          <th>${t(L, '历史', 'Before')}</th>
        </tr>
      </thead>
      <tbody>
        ${[...bySlot.values()].map((rows) => {
          const cur = rows.find((r) => r.status === 'current');
          const old = rows.filter((r) => r !== cur);
          const kind = rows[0]!.kind;
          if (!mayShow(kind))
            return html`<tr>
              <td>${kindLabel(kind, L)}</td>
              <td colspan="3">${hidden}</td>
            </tr>`;
          return html`<tr>
            <td>${kindLabel(kind, L)}</td>
            <td>
              ${cur ? describeValue(kind, cur.value) : html`<span class="muted">${t(L, '已删除', 'removed')}</span>`}
            </td>
            <td>
              ${
                cur
                  ? html`<blockquote>“${cur.evidence}”</blockquote>
                      <div class="small muted">
                        ${cur.speaker ?? ''} ${fmtDate(cur.saidAt ?? cur.createdAt, tz, true)} · ${cur.extractor}
                      </div>`
                  : ''
              }
            </td>
            <td class="small">
              ${old.map((o) => html`<div><span class="badge old">${describeValue(kind, o.value)}</span> <span class="muted">“${o.evidence}” ${fmtDate(o.saidAt ?? o.createdAt, tz)}</span></div>`)}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
