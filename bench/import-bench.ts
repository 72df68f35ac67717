// Import speed: 10,000-row sheets of customers (with contacts), orders and follow-ups,
// read → checked → written in one transaction with batched inserts. Also the .xlsx read
// time for 10,000 rows and the cost of refusing a file with one bad row at the end.
import ExcelJS from 'exceljs';
import pg from 'pg';
import { openDb } from '../src/db/client.js';
import { migrate } from '../src/db/migrator.js';
import { createRepositories } from '../src/db/repositories/index.js';
import { seedDemoTeam } from '../src/services/demo-team.js';
import { runImport } from '../src/services/import/run-import.js';
import { readSheet } from '../src/services/import/sheet.js';

const enc = (rows: string[][]) => new TextEncoder().encode(`\ufeff${rows.map((r) => r.join(',')).join('\r\n')}\r\n`);

function customersCsv(n: number): Uint8Array {
  const rows = [['客户编号', '客户名称', '等级', '负责人', '阶段', '国家', '联系人', '电话', '邮箱']];
  for (let i = 1; i <= n; i++)
    rows.push([
      `BX-${i}`,
      `Bench Customer ${i} Ltd`,
      'ABCD'[i % 4]!,
      i % 2 ? 'lily' : 'bob',
      'repeat',
      'US',
      `Person ${i}`,
      `+1 555 ${String(i).padStart(7, '0')}`,
      `p${i}@bench${i}.com`,
    ]);
  return enc(rows);
}
function ordersCsv(n: number, customers: number): Uint8Array {
  const rows = [['Customer Code', 'Order No', 'Date', 'Amount', 'Currency']];
  for (let i = 1; i <= n; i++)
    rows.push([
      `BX-${(i % customers) + 1}`,
      `PO-${i}`,
      `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      String(1000 + (i % 5000)),
      i % 3 ? 'USD' : 'CNY',
    ]);
  return enc(rows);
}
function followupsCsv(n: number, customers: number, tag = ''): Uint8Array {
  const rows = [['客户', '跟进日期', '跟进人', '方式', '跟进内容', '下次跟进']];
  for (let i = 1; i <= n; i++)
    rows.push([
      `BX-${(i % customers) + 1}`,
      `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')} 10:${String(i % 60).padStart(2, '0')}`,
      i % 2 ? 'lily' : 'bob',
      '电话',
      `跟进 ${tag}${i}`,
      '2026-01-15',
    ]);
  return enc(rows);
}

async function xlsxOf(csvRows: Uint8Array): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('s');
  const text = new TextDecoder().decode(csvRows).replace(/^\ufeff/, '');
  for (const line of text.split('\r\n').filter(Boolean)) ws.addRow(line.split(','));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const ms = (t0: number) => Math.round(performance.now() - t0);

export async function benchImport(
  opts: { rows?: number } = {},
): Promise<{ name: string; figures: Record<string, number | string> }> {
  const n = opts.rows ?? 10_000;
  // DATABASE_URL: measure on that Postgres server, in a throwaway schema; else PGlite in memory.
  const url = process.env.DATABASE_URL;
  const schema = `bench_import_${Date.now()}`;
  if (url) await withPg(url, `create schema ${schema}`);
  const h = url
    ? await openDb({ url, searchPath: `${schema},public`, poolSize: 2 })
    : await openDb({ dataDir: 'memory://' });
  try {
    await migrate(h.db);
    await seedDemoTeam(createRepositories(h.db));
    const env = {
      repos: createRepositories(h.db),
      now: new Date('2026-11-22T08:00:00Z'),
      tz: 'Asia/Shanghai',
      codeFormat: { format: '{PREFIX}-{YYYY}-{SEQ3}', prefix: 'HZ' },
    };
    const run = async (bytes: Uint8Array, filename: string, dryRun = false) => {
      const t0 = performance.now();
      const r = await runImport(env, { bytes, filename, actor: null, dryRun });
      if (r.errors.length && !filename.includes('bad'))
        throw new Error(`bench import failed: ${r.messages.slice(0, 3).join('; ')}`);
      return { ms: ms(t0), r };
    };
    const cust = await run(customersCsv(n), 'customers.csv');
    const again = await run(customersCsv(n), 'customers.csv');
    const orders = await run(ordersCsv(n, n), 'orders.csv');
    // A follow-up log names a few hundred customers; each one's plan is recomputed by the cadence hook.
    const fu = await run(followupsCsv(n, 300), 'followups.csv');
    // One follow-up for each of the n customers: the cadence runs for n customers at once.
    const fuAll = await run(followupsCsv(n, n, 'all '), 'followups.csv');
    const badBytes = new TextEncoder().encode(
      new TextDecoder()
        .decode(ordersCsv(n, n))
        .replace(
          /\r\n([^\r\n]*)\r\n$/,
          (_m, last: string) => `\r\n${last.replace(/2025-\d\d-\d\d/, '2025-02-30')}\r\n`,
        ),
    );
    const bad = await run(badBytes, 'orders-bad.csv');
    const xlsx = await xlsxOf(customersCsv(n));
    const t0 = performance.now();
    const sheet = await readSheet(xlsx, 'c.xlsx');
    const xlsxRead = ms(t0);
    const rate = (x: number) => Math.round((n / x) * 1000);
    return {
      name: `import ${n.toLocaleString('en-US')} rows, CSV, one transaction, batches of 500 (${url ? 'Postgres' : 'PGlite in memory'})`,
      figures: {
        'customers+contacts ms': cust.ms,
        'customers rows/s': rate(cust.ms),
        're-import same customers ms': again.ms,
        'orders ms': orders.ms,
        'orders rows/s': rate(orders.ms),
        'follow-ups (300 customers) ms': fu.ms,
        'follow-ups rows/s': rate(fu.ms),
        [`follow-ups (${n.toLocaleString('en-US')} customers) ms`]: fuAll.ms,
        'refused file (1 bad row) ms': bad.ms,
        'refused file errors': bad.r.messages.join('; '),
        'xlsx read only (10k rows) ms': xlsxRead,
        'xlsx rows read': sheet.rows.length,
      },
    };
  } finally {
    await h.close();
    if (url) await withPg(url, `drop schema if exists ${schema} cascade`);
  }
}

async function withPg(url: string, statement: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
}
