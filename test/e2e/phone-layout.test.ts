// The workspace, the handover page and the console in headless Chromium at 390 px (a phone) and
// 1280 px: nothing overflows sideways, no text is drawn below 11 px (SVG chart labels measured as
// drawn, after the chart's scaling), the console's Send button is on screen, each console message
// shows once and the bot's markdown renders with clickable links. Screenshots go to /tmp/baton-shots.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createTestApp, TEST_CONSOLE_TOKEN, type TestApp } from '../helpers/test-app.js';
import { importSamples, linkFor } from '../integration/web/helpers.js';
import { seedCustomer, type SeededCustomer } from '../integration/handover/seed.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const SHOTS = '/tmp/baton-shots';
const WIDTHS = [390, 1280] as const;

/** Horizontal overflow of the page, and the smallest drawn font size of any visible text. */
async function measure(p: Page): Promise<{ overflow: number; smallest: number; where: string; wide: string }> {
  return p.evaluate(() => {
    const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    let smallest = Infinity,
      where = '';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim()) continue;
      const el = n.parentElement!;
      if (el.closest('title, script, style, option')) continue;
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || cs.visibility === 'hidden' || cs.display === 'none') continue;
      let size = parseFloat(cs.fontSize);
      // SVG text is scaled with its chart: the drawn size is the font size times the chart's scale.
      if (el instanceof SVGGraphicsElement) size *= el.getScreenCTM()?.a ?? 1;
      if (size < smallest) {
        smallest = size;
        where = `${el.tagName}.${el.getAttribute('class') ?? ''} "${n.textContent.trim().slice(0, 30)}"`;
      }
    }
    // The element sticking out furthest on the right, for the failure message.
    let wide = '';
    let right = document.documentElement.clientWidth + 1;
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect().right;
      if (r > right) {
        right = r;
        wide = `${el.tagName}.${el.getAttribute('class') ?? ''}#${el.id} → ${Math.round(r)} px`;
      }
    }
    return { overflow, smallest, where, wide };
  });
}

describe.skipIf(!hasChromium)(
  `phone and desktop layouts in Chromium${hasChromium ? '' : ' — SKIPPED: /usr/bin/chromium is absent'}`,
  () => {
    let t: TestApp;
    let browser: Browser;
    let base: string;
    let acme: SeededCustomer;
    let handoverLink = '';
    const state: Record<string, Awaited<ReturnType<BrowserContext['storageState']>>> = {};

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      t = await createTestApp();
      await t.tick('2026-11-23T09:00:00+08:00');
      await importSamples(t);
      acme = await seedCustomer(t.app.db.db, {
        name: 'ACME Bottles',
        code: 'HZ-2026-900',
        owner: 'lily',
        at: t.app.clock.now(),
      });
      const r = await t.say('lily', 'dm:lily', '把ACME Bottles交接给李波');
      const toBob = r.body.replies?.find((x) => x.chat === 'dm:bob')?.text ?? '';
      handoverLink = new URL(/(http:\/\/\S+\/handovers\/HO-\d+\?k=[\w-]+)/.exec(toBob)![1]!).href;
      base = await t.app.server.listen({ port: 0, host: '127.0.0.1' });
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-sync'],
      });
      for (const who of ['wang', 'lily']) {
        const ctx = await browser.newContext();
        const p = await ctx.newPage();
        const link = new URL(await linkFor(t, who));
        await p.goto(`${base}${link.pathname}${link.search}`);
        state[who] = await ctx.storageState();
        await ctx.close();
      }
    });
    afterAll(async () => {
      await browser?.close();
      await t?.close();
    });

    async function open(who: string | null, width: number, path: string): Promise<Page> {
      const ctx = await browser.newContext({
        viewport: { width, height: width < 500 ? 844 : 900 },
        deviceScaleFactor: width < 500 ? 2 : 1,
        isMobile: width < 500,
        ...(who ? { storageState: state[who] } : {}),
      });
      await ctx.addInitScript((token) => {
        localStorage.setItem('batonConsoleToken', token);
        localStorage.setItem('batonWho', 'bob');
      }, TEST_CONSOLE_TOKEN);
      const p = await ctx.newPage();
      await p.goto(path.startsWith('http') ? path : `${base}${path}`);
      return p;
    }

    /** Waits until `n` more polls of the console page have finished (the page counts them). */
    async function pollsAfter(p: Page, n: number): Promise<void> {
      const done = await p.evaluate(() => (window as unknown as { batonPolls?: number }).batonPolls ?? 0);
      await p.waitForFunction(
        (target) => ((window as unknown as { batonPolls?: number }).batonPolls ?? 0) >= target,
        done + n,
      );
    }

    const pages: [string, string | null, () => string][] = [
      ['dashboard', 'wang', () => '/web/dashboard'],
      ['customers', 'lily', () => '/web/customers'],
      ['customer', 'lily', () => `/web/customers/${acme.id}`],
      ['import', 'lily', () => '/web/import'],
      ['handover', null, () => handoverLink.replace(/^http:\/\/[^/]+/, base)],
    ];
    for (const width of WIDTHS)
      for (const [name, who, path] of pages)
        it(`${name} at ${width} px: no sideways overflow, no text under 11 px`, async () => {
          const p = await open(who, width, path());
          await p.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
          const m = await measure(p);
          await p.context().close();
          expect(m.overflow, `${name}: ${m.wide}`).toBeLessThanOrEqual(1);
          expect(m.smallest, `${name}: ${m.where}`).toBeGreaterThanOrEqual(11);
        });

    it('the handover page uses the workspace stylesheet', async () => {
      const p = await open(null, 390, handoverLink.replace(/^http:\/\/[^/]+/, base));
      expect(await p.locator('header.top').count()).toBe(1);
      expect(await p.locator('article.card').count()).toBeGreaterThan(0);
      const bg = await p.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe('rgb(246, 247, 249)');
      await p.context().close();
    });

    for (const width of WIDTHS)
      it(`console at ${width} px: Send is on screen, each message shows once, markdown and links render`, async () => {
        const p = await open(null, width, '/');
        await p.waitForFunction(() => (document.getElementById('chat') as HTMLSelectElement).value !== '');
        const send = await p.locator('#send').boundingBox();
        const vp = p.viewportSize()!;
        expect(send).not.toBeNull();
        expect(send!.x).toBeGreaterThanOrEqual(0);
        expect(send!.x + send!.width).toBeLessThanOrEqual(vp.width);
        expect(send!.y + send!.height).toBeLessThanOrEqual(vp.height);
        // Two: the poll running now may have begun before the chat was chosen; the next one did not.
        await pollsAfter(p, 2);
        const mine = p.locator('.msg.me', { hasText: /^bob\b|Bob/ }).filter({ hasText: '/web' });
        const links = p.locator('.msg.bot a[href*="/web/login"]');
        const [mineBefore, linksBefore] = [await mine.count(), await links.count()];
        await p.fill('#text', '/web');
        await p.click('#send');
        await expect.poll(() => links.count()).toBe(linksBefore + 1);
        // Let the 2 s poll run over the same messages a couple of times: still drawn once. Polls run
        // one at a time and the one that drew the link has finished, so both of these began after it.
        await pollsAfter(p, 2);
        expect(await mine.count()).toBe(mineBefore + 1);
        expect(await links.count()).toBe(linksBefore + 1);
        // The bot's markdown is rendered, never shown as literal ** marks.
        expect(await p.locator('.msg.bot').allTextContents()).not.toContainEqual(expect.stringMatching(/\*\*/));
        const m = await measure(p);
        expect(m.overflow).toBeLessThanOrEqual(1);
        expect(m.smallest).toBeGreaterThanOrEqual(11);
        await p.screenshot({ path: join(SHOTS, `console-${width}.png`) });
        await p.context().close();
      });
  },
);
