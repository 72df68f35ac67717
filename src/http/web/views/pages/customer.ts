// /web/customers/:id: facts, contacts, needs with their quotes and history,
// timeline, follow-ups, handovers and orders. Sensitive fields only for roles that may see them.
import { html, type Html } from '../../../html.js';
import { page } from '../layout.js';
import type { Member } from '../../../../core/team.js';
import { type Lang } from '../../../../core/language.js';
import { label, tr } from '../../../../core/i18n/index.js';
import { maySayHere, roleMaySeeSensitive } from '../../../../core/permissions.js';
import { maskMoney } from '../../../../core/money-mask.js';
import type {
  CustomerDetail,
  HandoverRow,
  MessageRow,
  NeedRow,
} from '../../../../db/repositories/web-customer-detail.js';
import { splitNameLine } from '../../../../extract/parse/raw.js';
import { describeValue, fmtDate, fmtMoney, kindLabel, stageLabel, tierLabel } from '../format.js';

/**
 * The timeline shows what the customer said: their own messages and chats forwarded about them
 * (needs came of it, or it reads as a transcript of two or more "Name: text" lines) — not a rep's
 * questions to the bot about the customer.
 */
export function isTimelineMessage(m: MessageRow): boolean {
  if (!m.fromMember || m.forward) return true;
  return m.text.split('\n').filter((l) => splitNameLine(l)).length >= 2;
}

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
  const hidden = html`<span class="hidden-field">${tr(L, 'web.customer.hidden_for_your_role')}</span>`;
  const overdue =
    c.nextFollowUpAt !== null && c.nextFollowUpAt < now && c.stage !== 'lost' && c.stage !== 'paused' && !c.pausedUntil;

  const facts = html`<dl class="facts">
    <dt>${tr(L, 'web.customer.code')}</dt>
    <dd>${c.code}</dd>
    <dt>${tr(L, 'web.customer.tier')}</dt>
    <dd><span class="badge t${c.tier}">${tierLabel(c.tier, L)}</span></dd>
    <dt>${tr(L, 'web.customer.stage')}</dt>
    <dd>
      ${stageLabel(c.stage, L)}${c.pausedUntil ? html` · ${tr(L, 'web.customer.paused_until')} ${fmtDate(c.pausedUntil, tz)}` : ''}
    </dd>
    <dt>${tr(L, 'web.customer.owner')}</dt>
    <dd>${d.ownerName ?? '—'}</dd>
    ${
      c.aliases.length
        ? html`<dt>${tr(L, 'web.customer.aliases')}</dt>
            <dd>${c.aliases.join(', ')}</dd>`
        : ''
    }
    ${
      c.country
        ? html`<dt>${tr(L, 'web.customer.country')}</dt>
            <dd>${c.country}</dd>`
        : ''
    }
    <dt>${tr(L, 'web.customer.last_contact')}</dt>
    <dd>${fmtDate(c.lastContactAt, tz, true)}</dd>
    <dt>${tr(L, 'web.customer.next_follow_up')}</dt>
    <dd>
      ${fmtDate(c.nextFollowUpAt, tz, true)}
      ${overdue ? html`<span class="badge over">${tr(L, 'web.customer.overdue')}</span>` : ''}
    </dd>
    ${
      d.outstanding.length
        ? html`<dt>${tr(L, 'web.customer.outstanding')}</dt>
            <dd>
              ${sensitiveOk ? d.outstanding.map((o) => html`${fmtMoney(o.amount, o.currency)}${o.overdue > 0 ? html` <span class="bad">(${fmtMoney(o.overdue, o.currency)} ${tr(L, 'web.customer.overdue')})</span>` : ''} `) : hidden}
            </dd>`
        : ''
    }
    ${
      c.notes
        ? html`<dt>${tr(L, 'web.customer.notes')}</dt>
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
                      ${k.name}${k.isPrimary ? html` <span class="badge">${tr(L, 'web.customer.primary')}</span>` : ''}
                      <div class="small muted">${k.title ?? ''}</div>
                    </td>
                    <td class="small">
                      ${(['phone', 'email', 'wechat', 'whatsapp'] as const)
                        .filter((kind) => k[kind])
                        .map((kind) => `${label(L, 'label.contact_kind', kind)} ${k[kind]!}`)
                        .join(' · ')}
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
      : html`<h3>${tr(L, 'web.customer.what_changed')}</h3>
          <ul class="timeline">
            ${d.changes.map(
              (x) =>
                html`<li>
                  <span class="when">${fmtDate(x.at, tz, true)}</span><b>${kindLabel(x.kind, L)}</b>:
                  ${mayShow(x.kind) ? html`<span class="muted">${describeValue(x.kind, x.fromValue, L)}</span> → ${describeValue(x.kind, x.toValue, L)}${x.evidence ? html`<blockquote>“${x.evidence}”${x.saidBy ? html` — ${x.saidBy}` : ''}</blockquote>` : ''}` : hidden}
                </li>`,
            )}
          </ul>`;

  const who = (id: string | null) => (id ? (d.memberNames[id] ?? id) : '—');
  const events: Event[] = [
    ...d.messages.filter(isTimelineMessage).map((m) => ({
      at: m.at,
      what: html`<span class="ev">${tr(L, m.forward ? 'web.customer.forward' : 'web.customer.msg')}</span>
        <b>${m.sender}</b>: <span class="said">${sensitiveOk ? m.text.slice(0, 300) : hidden}</span>`,
    })),
    ...d.followUps.map((f) => ({
      at: f.at,
      what: html`<span class="ev">${tr(L, 'web.customer.follow_up')}</span> ${who(f.memberId)}
        (${label(L, 'label.channel', f.channel)}): ${f.summary ?? ''}`,
    })),
    ...d.changes.map((x) => ({
      at: x.at,
      what: html`<span class="ev">${tr(L, 'web.customer.change')}</span> <b>${kindLabel(x.kind, L)}</b>:
        ${mayShow(x.kind) ? html`<span class="muted">${describeValue(x.kind, x.fromValue, L)}</span> → ${describeValue(x.kind, x.toValue, L)}` : hidden}`,
    })),
    ...d.orders.map((o) => ({
      at: new Date(`${o.orderedAt}T12:00:00Z`),
      dateOnly: true,
      what: html`<span class="ev">${tr(L, 'web.customer.order')}</span> ${o.orderNo ?? ''}
        ${sensitiveOk ? fmtMoney(o.amount, o.currency) : ''}`,
    })),
    ...d.handovers.map((h) => ({
      at: h.createdAt,
      what: html`<span class="ev">${tr(L, 'web.customer.handover')}</span> ${who(h.from)} → ${who(h.to)}
        (${label(L, 'label.handover_status', h.status)})`,
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
                <th>${tr(L, 'web.customer.when')}</th>
                <th>${tr(L, 'web.customer.by')}</th>
                <th>${tr(L, 'web.customer.channel')}</th>
                <th>${tr(L, 'web.customer.summary')}</th>
                <th>${tr(L, 'web.customer.next')}</th>
              </tr>
            </thead>
            <tbody>
              ${d.followUps.map(
                (f) =>
                  html`<tr>
                    <td class="small">${fmtDate(f.at, tz, true)}</td>
                    <td>${who(f.memberId)}</td>
                    <td>${label(L, 'label.channel', f.channel)}</td>
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
                    <td>${label(L, 'label.handover_stage', h.kind)}</td>
                    <td>${who(h.from)} → ${who(h.to)}</td>
                    <td><span class="badge">${label(L, 'label.handover_status', h.status)}</span></td>
                    <td>
                      ${((href) => (href ? html`<a href="${href}">${tr(L, 'web.customer.package_sign_off')}</a>` : ''))(handoverLink(h))}
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
                  <th>${tr(L, 'web.customer.order_no')}</th>
                  <th>${tr(L, 'web.customer.date')}</th>
                  <th class="num">${tr(L, 'web.customer.amount')}</th>
                  <th>${tr(L, 'web.customer.status')}</th>
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
          ${sensitiveOk ? html`<p class="small muted">${tr(L, 'web.customer.total_cny')}: ${fmtMoney(total)}</p>` : ''}`;

  return page({
    title: c.name,
    me,
    active: 'customers',
    body: html`<p class="small"><a href="/web/customers">← ${tr(L, 'web.customer.customers')}</a></p>
      <h1>${c.name}</h1>
      <div class="grid">
        <section class="card">
          <h2>${tr(L, 'web.customer.overview')}</h2>
          ${facts}
        </section>
        <section class="card">
          <h2>${tr(L, 'web.customer.contacts')}</h2>
          ${contacts}
        </section>
      </div>
      <section class="card" id="needs">
        <h2>${tr(L, 'web.customer.needs')}</h2>
        ${needs}${changes}
      </section>
      <div class="grid">
        <section class="card" id="timeline">
          <h2>${tr(L, 'web.customer.timeline')}</h2>
          ${timeline}
        </section>
        <section class="card" id="followups">
          <h2>${tr(L, 'web.customer.follow_ups')}</h2>
          ${followUps}
        </section>
      </div>
      <div class="grid">
        <section class="card" id="handovers">
          <h2>${tr(L, 'web.customer.handovers')}</h2>
          ${handovers}
        </section>
        <section class="card" id="orders">
          <h2>${tr(L, 'web.customer.orders')}</h2>
          ${orders}
        </section>
      </div>`,
  });
}

function needsSection(needs: NeedRow[], L: Lang, mayShow: (k: string) => boolean, hidden: Html, tz: string): Html {
  if (needs.length === 0) return html`<p class="muted">${tr(L, 'web.customer.no_needs_recorded_yet_forward')}</p>`;
  const bySlot = new Map<string, NeedRow[]>();
  for (const n of needs) bySlot.set(n.slot, [...(bySlot.get(n.slot) ?? []), n]);
  return html`<div class="scroll">
    <table class="needs">
      <thead>
        <tr>
          <th>${tr(L, 'web.customer.kind')}</th>
          <th>${tr(L, 'web.customer.now')}</th>
          <th>${tr(L, 'web.customer.in_their_words')}</th>
          <th>${tr(L, 'web.customer.before')}</th>
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
              ${cur ? describeValue(kind, cur.value, L) : html`<span class="muted">${tr(L, 'web.customer.removed')}</span>`}
            </td>
            <td>
              ${
                cur
                  ? html`<blockquote>“${cur.evidence}”</blockquote>
                      <div class="small muted">
                        ${cur.speaker ?? ''} ${fmtDate(cur.saidAt ?? cur.createdAt, tz, true)} ·
                        ${label(L, 'label.extractor', cur.extractor)}
                      </div>`
                  : ''
              }
            </td>
            <td class="small">
              ${old.map((o) => html`<div><span class="badge old">${describeValue(kind, o.value, L)}</span> <span class="muted">“${o.evidence}” ${fmtDate(o.saidAt ?? o.createdAt, tz)}</span></div>`)}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
