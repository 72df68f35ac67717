// The web chat sends a chat screenshot (issue 19) in headless Chromium: with the 📷 button (a file
// input) and by pasting an image into the text box; the bot's card comes back "from a screenshot".
// The reader is a fake of the pipeline's reader port, answering each picture by its width.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createTestApp, TEST_CONSOLE_TOKEN, type TestApp } from '../helpers/test-app.js';
import { fakeReader, pngOf, readingOf } from '../fakes/fake-screenshot-reader.js';
import { joinReadings } from '../../src/extract/screenshot/index.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const SHOTS = join(import.meta.dirname, '..', '..', 'test-results');

describe.skipIf(!hasChromium)(
  `console screenshots in Chromium${hasChromium ? '' : ' — SKIPPED: /usr/bin/chromium is absent'}`,
  () => {
    let t: TestApp;
    let browser: Browser;
    let base: string;

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      const reader = fakeReader(
        new Map([
          [260, readingOf([{ speaker: '张总', role: 'customer', text: '我们要3000个，要FDA认证' }])],
          [261, readingOf([{ speaker: 'Ann', role: 'customer', text: 'We need 20 cartons, CIF Hamburg' }])],
        ]),
      );
      t = await createTestApp({ app: { screenshots: { reader, join: joinReadings } } });
      base = await t.app.server.listen({ port: 0, host: '127.0.0.1' });
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-sync'],
      });
    });
    afterAll(async () => {
      await browser?.close();
      await t?.close();
    });

    async function openConsole(): Promise<Page> {
      const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
      await ctx.addInitScript((token) => {
        localStorage.setItem('batonConsoleToken', token);
        localStorage.setItem('batonWho', 'lily');
      }, TEST_CONSOLE_TOKEN);
      const p = await ctx.newPage();
      await p.goto(`${base}/`);
      await p.waitForFunction(() => (document.getElementById('chat') as HTMLSelectElement).value === 'dm:lily');
      return p;
    }

    it('sends a screenshot chosen with the 📷 button, with a caption, and shows the card', async () => {
      const p = await openConsole();
      const pick = await p.locator('#pick').boundingBox();
      expect(pick!.x + pick!.width).toBeLessThanOrEqual(390);
      await p.setInputFiles('#file', { name: 'chat.png', mimeType: 'image/png', buffer: await pngOf(260) });
      await expect.poll(() => p.locator('#attached').isVisible()).toBe(true);
      await p.fill('#text', '客户：Browser Shot Co');
      await p.click('#send');
      const card = p.locator('.msg.bot', { hasText: 'Browser Shot Co' });
      await expect.poll(() => card.count(), { timeout: 20_000 }).toBe(1);
      expect(await card.textContent()).toContain('来自截图');
      expect(await p.locator('#attached').isVisible()).toBe(false);
      await p.screenshot({ path: join(SHOTS, 'console-screenshot-upload.png') });
      await p.context().close();
    });

    it('sends a screenshot pasted into the text box', async () => {
      const p = await openConsole();
      const png = (await pngOf(261)).toString('base64');
      // What a paste of an image from the clipboard delivers: a paste event carrying a file item.
      await p.evaluate(async (b64) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], 'clipboard.png', { type: 'image/png' }));
        document
          .getElementById('text')!
          .dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true }));
      }, png);
      await expect.poll(() => p.locator('#attached').isVisible()).toBe(true);
      await p.fill('#text', 'Customer: Pasted Picture GmbH');
      await p.click('#send');
      const card = p.locator('.msg.bot', { hasText: 'Pasted Picture GmbH' });
      await expect.poll(() => card.count(), { timeout: 20_000 }).toBe(1);
      expect(await card.textContent()).toContain('From a screenshot');
      await p.context().close();
    });
  },
);
