// What each app's chat screen looks like: page background and the two bubble colours. The reader
// finds the colours in the picture first and then names the app by the nearest palette; a picture
// that matches none is read as a generic two-sided bubble chat with the colours it found.
import { distance, hex, type Rgb } from './colour.js';
import type { ScreenshotLayout } from './types.js';

export interface Palette {
  layout: Exclude<ScreenshotLayout, 'generic'>;
  background: Rgb[];
  right: Rgb;
  left: Rgb;
  /** Date dividers drawn in a pill of the left bubble's colour (WhatsApp), not as bare text. */
  pills: boolean;
  /** Times printed inside each bubble (WhatsApp), not only in dividers. */
  bubbleTimes: boolean;
}

export const PALETTES: Palette[] = [
  {
    layout: 'wechat',
    background: [hex('#EDEDED'), hex('#F5F5F5')],
    right: hex('#95EC69'),
    left: hex('#FFFFFF'),
    pills: false,
    bubbleTimes: false,
  },
  {
    layout: 'whatsapp-light',
    background: [hex('#EFEAE2'), hex('#E5DDD5'), hex('#ECE5DD')],
    right: hex('#D9FDD3'),
    left: hex('#FFFFFF'),
    pills: true,
    bubbleTimes: true,
  },
  {
    layout: 'whatsapp-dark',
    background: [hex('#0B141A'), hex('#111B21')],
    right: hex('#005C4B'),
    left: hex('#202C33'),
    pills: true,
    bubbleTimes: true,
  },
  {
    layout: 'dingtalk',
    background: [hex('#F2F3F5'), hex('#F4F5F7')],
    right: hex('#C8E1FF'),
    left: hex('#FFFFFF'),
    pills: false,
    bubbleTimes: false,
  },
  {
    // WeCom's own bubbles are a paler blue than DingTalk's on a plain light grey page
    layout: 'wecom',
    background: [hex('#F1F1F1'), hex('#EBEBEB')],
    right: hex('#B5D6FD'),
    left: hex('#FFFFFF'),
    pills: false,
    bubbleTimes: false,
  },
];

const TOL = 14;

/** The palette whose background and at least one bubble colour are both in the picture. */
export function matchPalette(background: Rgb, bubbleColours: Rgb[]): Palette | undefined {
  let best: { p: Palette; score: number } | undefined;
  for (const p of PALETTES) {
    const bg = Math.min(...p.background.map((c) => distance(c, background)));
    if (bg > TOL) continue;
    const r = Math.min(99, ...bubbleColours.map((c) => distance(c, p.right)));
    const l = Math.min(99, ...bubbleColours.map((c) => distance(c, p.left)));
    if (r > TOL && l > TOL) continue;
    const score = bg + Math.min(r, l) + (r <= TOL && l <= TOL ? 0 : 20);
    if (!best || score < best.score) best = { p, score };
  }
  return best?.p;
}
