// The customer page's screenshots (issue 19): each picture a chat came in, beside the current
// needs read from it. The pictures come from an authenticated route that checks the same
// permission as the page (../../index.ts); quotes lose money and sensitive kinds as on the page.
import { html, type Html } from '../../../html.js';
import type { Member } from '../../../../core/team.js';
import { tr } from '../../../../core/i18n/index.js';
import { maySayHere, roleMaySeeSensitive } from '../../../../core/permissions.js';
import { maskMoney } from '../../../../core/money-mask.js';
import type { StoredImage } from '../../../../core/message-image.js';
import type { NeedRow } from '../../../../db/repositories/web-customer-detail.js';
import { describeValue, kindLabel } from '../format.js';

export function screenshotHref(customerId: string, img: { messageId: string; ordinal: number }): string {
  return `/web/customers/${encodeURIComponent(customerId)}/screenshots/${encodeURIComponent(img.messageId)}/${img.ordinal}`;
}

/** The pictures of the message a need came from, with the rest of its run of screenshots. */
export function picturesOf(messageId: string, images: StoredImage[]): StoredImage[] {
  const run = images.find((i) => i.messageId === messageId)?.runStart;
  return images.filter((i) => i.messageId === messageId || (run && i.runStart === run));
}

export function screenshotsSection(me: Member, customerId: string, needs: NeedRow[], images: StoredImage[]): Html {
  const L = me.language;
  const current = needs.filter((n) => n.status === 'current' && n.messageId && maySayHere(me, false, n.kind));
  const groups = [...new Set(current.map((n) => n.messageId!))]
    .map((id) => ({ pictures: picturesOf(id, images), needs: current.filter((n) => n.messageId === id) }))
    .filter((g) => g.pictures.length > 0);
  if (groups.length === 0) return html``;
  const quote = (e: string) => (roleMaySeeSensitive(me) ? e : maskMoney(e));
  return html`<section class="screenshots">
    <h2>${tr(L, 'web.customer.from_screenshot')}</h2>
    ${groups.map(
      (g) =>
        html`<div class="card shot">
          <div class="shot-pictures">
            ${g.pictures
              .filter((p) => p.bytes !== null)
              .map(
                (p) =>
                  html`<a href="${screenshotHref(customerId, p)}"
                    ><img
                      src="${screenshotHref(customerId, p)}"
                      alt="${tr(L, 'web.customer.from_screenshot')}"
                      loading="lazy"
                      style="max-width:220px;max-height:480px"
                  /></a>`,
              )}
          </div>
          <ul class="shot-needs">
            ${g.needs.map(
              (n) =>
                html`<li>
                  <b>${kindLabel(n.kind, L)}</b>: ${describeValue(n.kind, n.value, L)}
                  <span class="quote">「${quote(n.evidence)}」</span>
                </li>`,
            )}
          </ul>
        </div>`,
    )}
  </section>`;
}
