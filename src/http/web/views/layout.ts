// The page shell: top navigation (what the viewer's role may open), then the content.
import { html, type Html } from '../../html.js';
import type { Member } from '../../../core/team.js';
import { type Lang } from '../../../core/language.js';
import { label, tr } from '../../../core/i18n/index.js';

export function mayUseDashboard(m: Member): boolean {
  return m.role === 'supervisor' || m.role === 'admin' || m.role === 'finance';
}

export function page(opts: { title: string; me?: Member; active?: string; body: Html | Html[] }): string {
  const lang: Lang = opts.me?.language ?? 'zh';
  const nav = (href: string, key: string, label: string) =>
    html`<a href="${href}" class="${opts.active === key ? 'on' : ''}">${label}</a>`;
  const links = opts.me
    ? [
        nav('/web/customers', 'customers', tr(lang, 'web.layout.customers')),
        mayUseDashboard(opts.me) ? nav('/web/dashboard', 'dashboard', tr(lang, 'web.layout.dashboard')) : null,
        opts.me.role !== 'ops' ? nav('/web/import', 'import', tr(lang, 'web.layout.import')) : null,
        opts.me.role === 'admin' || opts.me.role === 'supervisor'
          ? nav('/web/members', 'members', tr(lang, 'web.layout.members'))
          : null,
        html`<a href="/web/export.xlsx">${tr(lang, 'web.layout.export_xlsx')}</a>`,
      ]
    : [];
  const doc = html`<!doctype html>
    <html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${opts.title} · Baton</title>
        <link rel="stylesheet" href="/web/assets/style.css" />
      </head>
      <body>
        <header class="top">
          <a class="brand" href="/web">Baton</a>${links}
          ${opts.me ? html`<span class="who">${opts.me.name} · ${label(lang, 'label.role', opts.me.role)} · <a href="/web/logout">${tr(lang, 'web.layout.sign_out')}</a></span>` : ''}
        </header>
        <main>${opts.body}</main>
      </body>
    </html>`;
  return doc.value;
}

/** A full page with one message (sign-in refused, no access, not found). */
export function messagePage(title: string, text: string, me?: Member): string {
  return page({
    title,
    me,
    body: html`<div class="msg card">
      <h1>${title}</h1>
      <p>${text}</p>
    </div>`,
  });
}
