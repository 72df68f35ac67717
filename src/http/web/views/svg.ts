// Tiny server-side SVG charts: horizontal bars, vertical bars (with negatives),
// and sparklines. Every label is escaped; the markup is ours (hence raw()).
import { escapeHtml as esc, raw, type Html } from '../../html.js';

export interface Bar {
  label: string;
  value: number;
  text?: string;
  color?: string;
  href?: string;
}

const COLORS = { main: '#3563e9', good: '#1f9d55', bad: '#d64545', mid: '#8a94a6', warn: '#d98b1c' };
export const CHART_COLORS = COLORS;

/** Horizontal bars, one per row: label left, bar, value text right. */
export function hBars(bars: Bar[], opts: { width?: number; title?: string; max?: number } = {}): Html {
  // 360 wide: on a 390 px phone the chart scales by about 0.93, so 12 px labels stay above 11 px.
  const W = opts.width ?? 360;
  const row = 26;
  const textW = Math.min(130, Math.max(40, ...bars.map((b) => textWidth(b.text ?? String(b.value)) + 8)));
  const labelW = Math.min(W * 0.36, Math.max(48, ...bars.map((b) => textWidth(b.label))));
  const plotW = W - labelW - textW - 16;
  const max = opts.max ?? Math.max(1, ...bars.map((b) => Math.abs(b.value)));
  const H = bars.length * row + 8;
  const items = bars
    .map((b, i) => {
      const y = 4 + i * row;
      const w = Math.max(b.value > 0 ? 2 : 0, (Math.abs(b.value) / max) * plotW);
      const bar = `<rect class="bar" x="${labelW + 8}" y="${y + 4}" width="${w.toFixed(1)}" height="${row - 10}" rx="3" fill="${b.color ?? COLORS.main}"><title>${esc(`${b.label}: ${b.text ?? b.value}`)}</title></rect>`;
      const label = `<text x="${labelW}" y="${y + row / 2 + 4}" text-anchor="end" class="lbl">${esc(truncateTo(b.label, labelW))}</text>`;
      const val = `<text x="${labelW + 12 + w}" y="${y + row / 2 + 4}" class="val">${esc(b.text ?? String(b.value))}</text>`;
      return b.href ? `<a href="${esc(b.href)}">${label}${bar}${val}</a>` : label + bar + val;
    })
    .join('');
  return svg(W, H, items, opts.title);
}

export interface Column {
  label: string;
  values: { value: number; color: string; name: string }[];
  marker?: { value: number; name: string };
}

/** Vertical grouped bars around a zero line (negatives go down), optional marker per group. */
export function vBars(
  cols: Column[],
  opts: { width?: number; height?: number; title?: string; format?: (n: number) => string } = {},
): Html {
  const W = opts.width ?? 640;
  const H = opts.height ?? 240;
  const fmt = opts.format ?? ((n: number) => String(n));
  const padL = 56,
    padB = 28,
    padT = 10;
  const all = cols.flatMap((c) => [...c.values.map((v) => v.value), c.marker?.value ?? 0]);
  const max = Math.max(0, ...all),
    min = Math.min(0, ...all);
  const span = max - min || 1;
  const plotH = H - padB - padT;
  const y = (v: number) => padT + ((max - v) / span) * plotH;
  const groupW = (W - padL - 8) / Math.max(1, cols.length);
  const n = Math.max(1, ...cols.map((c) => c.values.length));
  const barW = Math.max(2, Math.min(28, (groupW - 8) / n));
  let out = `<line x1="${padL}" x2="${W - 4}" y1="${y(0)}" y2="${y(0)}" class="axis"/>`;
  out += `<text x="${padL - 6}" y="${y(max) + 4}" text-anchor="end" class="tick">${esc(fmt(max))}</text>`;
  if (min < 0) out += `<text x="${padL - 6}" y="${y(min) + 4}" text-anchor="end" class="tick">${esc(fmt(min))}</text>`;
  cols.forEach((c, gi) => {
    const gx = padL + gi * groupW + (groupW - barW * c.values.length) / 2;
    c.values.forEach((v, vi) => {
      const top = Math.min(y(v.value), y(0));
      const h = Math.max(v.value === 0 ? 0 : 1, Math.abs(y(v.value) - y(0)));
      out += `<rect class="bar" x="${(gx + vi * barW).toFixed(1)}" y="${top.toFixed(1)}" width="${(barW - 1).toFixed(1)}" height="${h.toFixed(1)}" fill="${v.color}"><title>${esc(`${c.label} ${v.name}: ${fmt(v.value)}`)}</title></rect>`;
    });
    if (c.marker) {
      const my = y(c.marker.value);
      out += `<line x1="${gx - 3}" x2="${gx + barW * c.values.length + 3}" y1="${my}" y2="${my}" class="marker"><title>${esc(`${c.label} ${c.marker.name}: ${fmt(c.marker.value)}`)}</title></line>`;
    }
    if (cols.length <= 12 || gi % Math.ceil(cols.length / 12) === 0) {
      out += `<text x="${(padL + gi * groupW + groupW / 2).toFixed(1)}" y="${H - 8}" text-anchor="middle" class="tick">${esc(c.label)}</text>`;
    }
  });
  return svg(W, H, out, opts.title);
}

/** A small line of monthly values; red when flagged. */
export function sparkline(
  values: number[],
  opts: { width?: number; height?: number; flagged?: boolean; title?: string } = {},
): Html {
  const W = opts.width ?? 180,
    H = opts.height ?? 36;
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? (W - 4) / (values.length - 1) : 0;
  const pts = values
    .map((v, i) => `${(2 + i * step).toFixed(1)},${(H - 3 - (v / max) * (H - 6)).toFixed(1)}`)
    .join(' ');
  const color = opts.flagged ? COLORS.bad : COLORS.main;
  return svg(W, H, `<polyline points="${pts}" fill="none" stroke="${color}" stroke-width="1.8"/>`, opts.title, 'spark');
}

/**
 * Drawn at its own width, shrinking with the card but never below 11/12 of it, so its 12 px
 * labels stay at 11 px or more; a chart wider than the card scrolls inside it, not the page.
 */
function svg(w: number, h: number, body: string, title?: string, cls = 'chart'): Html {
  const el = `<svg class="${cls}" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" style="min-width:${Math.ceil((w * 11) / 12)}px" preserveAspectRatio="xMinYMin meet" role="img"${title ? ` aria-label="${esc(title)}"` : ''}>${title ? `<title>${esc(title)}</title>` : ''}${body}</svg>`;
  return raw(cls === 'chart' ? `<div class="chart-box">${el}</div>` : el);
}

/** Width of a label at 12 px: Han and other wide characters take a full em, the rest about 0.58 em. */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 12 : 7;
  return w;
}

function truncateTo(s: string, width: number): string {
  if (textWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (textWidth(out + ch) + 7 > width) break;
    out += ch;
  }
  return `${out}…`;
}
