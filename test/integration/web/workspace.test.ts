import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { label } from '../../../src/core/i18n/index.js';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';
import { importSamples, signIn } from './helpers.js';

describe('web workspace: permissions, pages, import, export', () => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  let lilyCustomer: { id: string; name: string };
  let bobCustomer: { id: string; name: string };
  const get = (who: string, url: string) =>
    t.app.server.inject({ method: 'GET', url, headers: { cookie: cookies[who]! } });
  const upload = (who: string, step: 'preview' | 'commit', name: string, body: string, kind?: string) =>
    t.app.server.inject({
      method: 'POST',
      url: `/web/import/${step}?name=${encodeURIComponent(name)}${kind ? `&kind=${kind}` : ''}`,
      headers: { cookie: cookies[who]!, 'content-type': 'application/octet-stream', 'x-baton-web': '1' },
      payload: Buffer.from(body),
    });
  const count = async (table: 'customers' | 'orders' | 'follow_ups') =>
    Number(
      (
        await t.app.db.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await createTestApp();
    await importSamples(t);
    for (const m of ['lily', 'bob', 'wang', 'zhao']) cookies[m] = await signIn(t, m);
    const db = t.app.db.db;
    lilyCustomer = await db
      .selectFrom('customers')
      .select(['id', 'name'])
      .where('owner_id', '=', 'lily')
      .where('code', '=', 'HZ-2024-001')
      .executeTakeFirstOrThrow();
    bobCustomer = await db
      .selectFrom('customers')
      .select(['id', 'name'])
      .where('owner_id', '=', 'bob')
      .orderBy('code')
      .executeTakeFirstOrThrow();
    // Needs with quotes: one ordinary, one sensitive (price), and a superseded one with its change.
    const at = new Date('2026-11-01T03:00:00Z');
    const old = await db
      .insertInto('needs')
      .values({
        customer_id: lilyCustomer.id,
        kind: 'delivery_date',
        slot: 'delivery_date',
        value: JSON.stringify({ date: '2026-12-20', constraint: 'by' }),
        evidence: 'ship before Dec 20 please',
        extractor: 'manual',
        status: 'superseded',
        said_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const cur = await db
      .insertInto('needs')
      .values({
        customer_id: lilyCustomer.id,
        kind: 'delivery_date',
        slot: 'delivery_date',
        value: JSON.stringify({ date: '2027-01-10', constraint: 'by' }),
        evidence: 'actually January 10 is fine',
        extractor: 'manual',
        said_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('need_changes')
      .values({
        customer_id: lilyCustomer.id,
        kind: 'delivery_date',
        slot: 'delivery_date',
        from_need_id: old.id,
        to_need_id: cur.id,
        from_value: JSON.stringify({ date: '2026-12-20', constraint: 'by' }),
        to_value: JSON.stringify({ date: '2027-01-10', constraint: 'by' }),
        evidence: 'actually January 10 is fine',
        said_by: 'John',
      })
      .execute();
    await db
      .insertInto('needs')
      .values({
        customer_id: lilyCustomer.id,
        kind: 'price_target',
        slot: 'price_target',
        value: JSON.stringify({ amount: 3.15, currency: 'USD', unit: 'pc' }),
        evidence: 'target price USD 3.15 per piece',
        extractor: 'manual',
      })
      .execute();
  });
  afterAll(async () => {
    await t.close();
  });

  it("shows a rep only their own customers; another rep's customer page is refused", async () => {
    const list = await get('bob', '/web/customers');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(bobCustomer.name);
    expect(list.body).not.toContain(lilyCustomer.name);
    const page = await get('bob', `/web/customers/${lilyCustomer.id}`);
    expect(page.statusCode).toBe(403);
    expect(page.body).not.toContain('target price');
    const wang = await get('wang', '/web/customers');
    expect(wang.body).toContain(bobCustomer.name);
    expect(wang.body).toContain(lilyCustomer.name);
  });

  it('shows needs with quotes and history, orders and follow-ups to the owner', async () => {
    const page = await get('lily', `/web/customers/${lilyCustomer.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('actually January 10 is fine');
    expect(page.body).toContain('ship before Dec 20 please'); // the superseded value stays visible
    expect(page.body).toContain('target price USD 3.15 per piece');
    expect(page.body).toMatch(/PO\d{6}-\d{4}/);
    expect(page.body).toMatch(/\$[\d,]+/);
    expect(page.body).toContain('id="followups"');
  });

  it('hides prices and other sensitive fields from ops, but shows the rest', async () => {
    const page = await get('zhao', `/web/customers/${lilyCustomer.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('actually January 10 is fine');
    expect(page.body).not.toContain('3.15');
    expect(page.body).not.toMatch(/\$[\d,]{3,}/);
    expect(page.body).toMatch(/hidden for your role|你的角色不可见/);
    expect((await get('zhao', '/web/dashboard')).statusCode).toBe(403);
    expect((await get('zhao', '/web/import')).statusCode).toBe(403);
  });

  it('filters the list by search, tier, owner and overdue', async () => {
    const byCode = await get('wang', '/web/customers?q=hz-2024-001');
    expect(byCode.body).toContain(lilyCustomer.name);
    expect((byCode.body.match(/href="\/web\/customers\/[0-9a-f-]{36}"/g) ?? []).length).toBe(1);
    const tierA = await get('wang', '/web/customers?tier=A');
    expect(tierA.body).not.toMatch(/class="badge tD"/);
    const bobs = await get('wang', '/web/customers?owner=bob');
    expect(bobs.body).not.toContain(lilyCustomer.name);
    const overdue = await get('wang', '/web/customers?overdue=1');
    expect(overdue.statusCode).toBe(200);
  });

  it('renders the dashboard with SVG charts for a supervisor only', async () => {
    const dash = await get('wang', '/web/dashboard');
    expect(dash.statusCode).toBe(200);
    expect(dash.body).toMatch(/<svg class="chart"[^>]*>.*<rect class="bar"/s);
    for (const id of ['followups', 'response', 'tiers', 'funnel', 'bridge', 'trends', 'concentration'])
      expect(dash.body).toContain(`id="${id}"`);
    expect((await get('lily', '/web/dashboard')).statusCode).toBe(403);
  });

  it('imports all or nothing: one bad row writes nothing and names the row', async () => {
    const before = await count('customers');
    const csv =
      '客户名称,等级,负责人\r\nAll Or Nothing A,A,lily\r\nAll Or Nothing B,B,bob\r\nAll Or Nothing C,E,lily\r\n';
    const preview = await upload('wang', 'preview', 'new.csv', csv);
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('data-kind="customers"');
    expect(preview.body).toContain('row 4: tier &#39;E&#39; is not one of A, B, C, D');
    const commit = await upload('wang', 'commit', 'new.csv', csv, 'customers');
    expect(commit.body).toMatch(/nothing was imported|未导入任何数据/);
    expect(await count('customers')).toBe(before);
    const fixed = await upload('wang', 'commit', 'new.csv', csv.replace(',E,', ',C,'), 'customers');
    expect(fixed.body).toContain('id="import-done"');
    expect(await count('customers')).toBe(before + 3);
  });

  it('keeps a rep to their own customers when importing, and checks the CSRF header', async () => {
    const csv = 'Customer,Tier,Owner\nRep Import Co,B,bob\n';
    const r = await upload('lily', 'commit', 'r.csv', csv, 'customers');
    expect(r.body).toMatch(/only import your own customers/);
    const noHeader = await t.app.server.inject({
      method: 'POST',
      url: '/web/import/commit?name=x.csv&kind=customers',
      headers: { cookie: cookies.lily!, 'content-type': 'application/octet-stream' },
      payload: Buffer.from(csv),
    });
    expect(noHeader.statusCode).toBe(403);
  });

  it('exports the visible customers and their needs to .xlsx, without sensitive needs for ops', async () => {
    const read = async (who: string) => {
      const res = await get(who, '/web/export.xlsx');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/spreadsheetml/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      return { customers: wb.worksheets[0]!, needs: wb.worksheets[1]! };
    };
    const lily = await read('lily');
    const names = lily.customers.getColumn(2).values.slice(2).map(String);
    expect(names).toContain(lilyCustomer.name);
    expect(names).not.toContain(bobCustomer.name);
    // lily and zhao read Chinese (the demo team): the export speaks their language.
    const kind = (_who: string, k: string) => label('zh', 'label.need_kind', k);
    expect(lily.needs.getColumn(3).values.slice(2)).toContain(kind('lily', 'price_target'));
    const zhao = await read('zhao');
    expect(zhao.needs.getColumn(3).values.slice(2)).not.toContain(kind('zhao', 'price_target'));
    expect(zhao.needs.getColumn(3).values.slice(2)).toContain(kind('zhao', 'delivery_date'));
  });
});
