// End to end in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core):
// sign in with a link from chat, open a customer, see a dashboard chart, import a sheet
// with one bad row and see the error. Screenshots go to test-results/ (gitignored).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { importSamples, linkFor } from '../integration/web/helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const SHOTS = join(import.meta.dirname, '..', '..', 'test-results');

describe.skipIf(!hasChromium)(
  `web workspace in Chromium${hasChromium ? '' : ' — SKIPPED: /usr/bin/chromium is absent (apt-get install -y chromium)'}`,
  () => {
    let t: TestApp;
    let browser: Browser;
    let page: Page;
    let base: string;

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      t = await createTestApp();
      await importSamples(t);
      base = await t.app.server.listen({ port: 0, host: '127.0.0.1' });
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      });
      page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    });
    afterAll(async () => {
      await browser?.close();
      await t?.close();
    });

    async function signInAs(member: string): Promise<void> {
      const link = new URL(await linkFor(t, member));
      await page.goto(`${base}${link.pathname}${link.search}`);
    }

    it('signs in with the link from chat and lands on the dashboard with charts', async () => {
      await signInAs('wang');
      expect(new URL(page.url()).pathname).toBe('/web/dashboard');
      await expect.poll(() => page.locator('svg.chart rect.bar').count()).toBeGreaterThan(5);
      expect(await page.locator('#bridge svg.chart rect.bar').count()).toBeGreaterThan(3);
      expect(await page.locator('#trends svg.spark polyline').count()).toBe(8);
      await page.screenshot({ path: join(SHOTS, 'dashboard.png'), fullPage: true });
      const cookies = await page.context().cookies();
      expect(cookies.find((c) => c.name === 'baton_web')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    });

    it('refuses the same link a second time', async () => {
      const link = new URL(await linkFor(t, 'lily'));
      const ctx = await browser.newContext();
      const p = await ctx.newPage();
      await p.goto(`${base}${link.pathname}${link.search}`);
      const again = await p.goto(`${base}${link.pathname}${link.search}`);
      expect(again?.status()).toBe(410);
      expect(await p.textContent('body')).toMatch(/already been used/);
      await ctx.close();
    });

    it('searches the list and opens a customer', async () => {
      await page.goto(`${base}/web/customers`);
      await page.fill('input[name=q]', 'ACME');
      await page.click('form.filters button[type=submit]');
      await page.click('table.customers a:has-text("ACME Trading LLC")');
      await page.waitForSelector('h1:has-text("ACME Trading LLC")');
      expect(await page.locator('#orders tbody tr').count()).toBeGreaterThan(5);
      expect(await page.textContent('#followups')).toMatch(/\d{4}-\d{2}-\d{2}/);
      await page.screenshot({ path: join(SHOTS, 'customer.png'), fullPage: true });
    });

    it('imports a sheet with one bad row: shows the row error and writes nothing', async () => {
      const before = await t.app.db.db
        .selectFrom('customers')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      await page.goto(`${base}/web/import`);
      await page.setInputFiles('#file', {
        name: 'new-customers.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          '\ufeff客户名称,等级,负责人,联系人,邮箱\r\nBrowser Test Co,A,lily,Ann,ann@example.com\r\nBroken Tier Ltd,E,bob,Ben,ben@example.com\r\n',
        ),
      });
      await page.waitForSelector('#import-errors');
      expect(await page.textContent('#import-errors')).toContain("row 3: tier 'E' is not one of A, B, C, D");
      expect(await page.locator('#confirm').count()).toBe(0);
      await page.screenshot({ path: join(SHOTS, 'import-error.png'), fullPage: true });
      const after = await t.app.db.db
        .selectFrom('customers')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));

      // Fixed file: preview, then confirm.
      await page.setInputFiles('#file', {
        name: 'new-customers.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('客户名称,等级,负责人\r\nBrowser Test Co,A,lily\r\nFixed Tier Ltd,B,bob\r\n'),
      });
      await page.waitForSelector('#confirm');
      await page.click('#confirm');
      await page.waitForSelector('#import-done');
      const done = await t.app.db.db
        .selectFrom('customers')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(done.n)).toBe(Number(before.n) + 2);
    });

    it('is usable on a phone', async () => {
      const ctx = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        storageState: await page.context().storageState(),
      });
      const p = await ctx.newPage();
      await p.goto(`${base}/web/customers`);
      const overflow = await p.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(1);
      await p.screenshot({ path: join(SHOTS, 'customers-phone.png') });
      await p.goto(`${base}/web/dashboard`);
      await p.screenshot({ path: join(SHOTS, 'dashboard-phone.png') });
      await ctx.close();
    });
  },
);
