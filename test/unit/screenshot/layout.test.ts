// Layout before text, on the committed rendered fixtures: which app, where the header ends, which
// regions are bubbles and on which side, which are time dividers. No OCR involved.
import { describe, expect, it } from 'vitest';
import { decodePixels } from '../../../src/extract/screenshot/image.js';
import { segment } from '../../../src/extract/screenshot/segment.js';
import { chat, png } from './helpers.js';

const cases = [
  ['wechat-zh', 'wechat'],
  ['whatsapp-light-en', 'whatsapp-light'],
  ['whatsapp-dark-mixed', 'whatsapp-dark'],
  ['dingtalk-traditional', 'dingtalk'],
] as const;

describe('screenshot layout', () => {
  for (const [name, layout] of cases)
    it(`${name}: ${layout}, bubbles on the chat's sides, dividers where the chat has them`, async () => {
      const spec = chat(name);
      const seg = await segment(await decodePixels(png(`${name}.png`)));
      expect(seg.layout).toBe(layout);
      expect(seg.header?.height).toBeGreaterThan(40);
      const sides = seg.regions.filter((r) => r.kind === 'bubble').map((r) => r.side);
      expect(sides).toEqual(spec.items.flatMap((i) => (i.kind === 'msg' ? [i.side] : [])));
      const dividers = seg.regions.filter((r) => r.kind === 'divider').length;
      expect(dividers).toBe(spec.items.filter((i) => i.kind === 'divider').length);
      // WhatsApp prints each bubble's time in its corner; the others do not
      const times = seg.regions.filter((r) => r.time).length;
      expect(times).toBe(layout.startsWith('whatsapp') ? sides.length : 0);
    });

  it('finds the same bubbles in a JPEG of the screenshot (compression noise in the flat colours)', async () => {
    const { default: sharp } = await import('sharp');
    for (const [name, layout] of cases) {
      const jpeg = await sharp(png(`${name}.png`))
        .jpeg({ quality: 75 })
        .toBuffer();
      const seg = await segment(await decodePixels(jpeg));
      expect(seg.layout).toBe(layout);
      const sides = seg.regions.filter((r) => r.kind === 'bubble').map((r) => r.side);
      expect(sides).toEqual(chat(name).items.flatMap((i) => (i.kind === 'msg' ? [i.side] : [])));
    }
  });

  it('reads the regions in screen order, each bubble below the one before', async () => {
    const seg = await segment(await decodePixels(png('whatsapp-light-long-1.png')));
    const ys = seg.regions.map((r) => r.box.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(seg.regions.filter((r) => r.kind === 'bubble').length).toBeGreaterThan(8);
  });

  it('a picture of no chat (one flat colour with a photo-like block) has no bubbles', async () => {
    const { default: sharp } = await import('sharp');
    const noise = Buffer.alloc(200 * 200 * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919) % 251;
    const img = await sharp({ create: { width: 390, height: 800, channels: 3, background: '#336699' } })
      .composite([{ input: noise, raw: { width: 200, height: 200, channels: 3 }, left: 90, top: 300 }])
      .png()
      .toBuffer();
    const seg = await segment(await decodePixels(img));
    expect(seg.regions.filter((r) => r.kind === 'bubble')).toEqual([]);
  });
});

describe('a chat app of no known palette', () => {
  it('is read as a generic two-sided chat: bubble colours found, sides by position', async () => {
    const { default: sharp } = await import('sharp');
    // iMessage-like: white page, grey bubbles on the left, blue ones with white text on the right
    const bubble = (y: number, right: boolean, text: string): string => {
      const w = 14 + text.length * 9;
      const x = right ? 390 - 12 - w : 12;
      return `<rect x="${x}" y="${y}" width="${w}" height="34" rx="16" fill="${right ? '#0B93F6' : '#E5E5EA'}"/>
        <text x="${x + 12}" y="${y + 23}" font-family="sans-serif" font-size="15" fill="${right ? '#ffffff' : '#000000'}">${text}</text>`;
    };
    const rows: [boolean, string][] = [
      [false, 'Hi, we need 500 chairs'],
      [true, 'Sure, which colour?'],
      [false, 'Black, by May'],
      [true, 'OK, I will send a quote'],
    ];
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="390" height="400">
      <rect width="390" height="400" fill="#ffffff"/>${rows.map(([r, t], i) => bubble(40 + i * 60, r, t)).join('')}</svg>`;
    const seg = await segment(await decodePixels(await sharp(Buffer.from(svg)).png().toBuffer()));
    expect(seg.layout).toBe('generic');
    expect(seg.regions.filter((r) => r.kind === 'bubble').map((r) => r.side)).toEqual(
      rows.map(([r]) => (r ? 'right' : 'left')),
    );
  });
});
