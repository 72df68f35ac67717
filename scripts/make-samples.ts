// Generates the demo sheets in samples/ (run: npx tsx scripts/make-samples.ts).
// Deterministic (seeded), so re-running gives the same files. The data tells a
// story the dashboard can show: growing, steady, falling and lost customers, new
// customers this year, two reps (lily, bob), orders over two years.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

let seed = 20261122;
const rnd = () => {
  seed = (seed * 48271) % 2147483647;
  return seed / 2147483647;
};
const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;

type Trend = 'grow' | 'steady' | 'fall' | 'lost' | 'new' | 'none';
interface C {
  code: string;
  name: string;
  tier: string;
  owner: string;
  stage: string;
  country: string;
  contacts: [string, string, string, string][];
  notes: string;
  trend: Trend;
  base: number;
  currency: string;
}

const RAW: [string, string, string, Trend, number, string][] = [
  // name, country, tier, trend, monthly base (in currency), currency
  ['ACME Trading LLC', 'US', 'A', 'steady', 42000, 'USD'],
  ['Nordic Home AB', 'SE', 'A', 'fall', 30000, 'EUR'],
  ['Hamburg Haushalt GmbH', 'DE', 'A', 'grow', 26000, 'EUR'],
  ['Sunrise Retail Pty Ltd', 'AU', 'B', 'steady', 15000, 'USD'],
  ['Maple Leaf Supplies Inc.', 'CA', 'B', 'fall', 14000, 'USD'],
  ['Dubai Star General Trading', 'AE', 'B', 'grow', 18000, 'USD'],
  ['Lagos Kitchenware Ltd', 'NG', 'C', 'lost', 8000, 'USD'],
  ['Santos Importadora Ltda', 'BR', 'B', 'steady', 12000, 'USD'],
  ['Tokyo Living Co., Ltd.', 'JP', 'B', 'new', 16000, 'USD'],
  ['British Home Store Ltd', 'GB', 'C', 'lost', 7000, 'GBP'],
  ['Milano Casa S.r.l.', 'IT', 'C', 'steady', 6000, 'EUR'],
  ['Andes Distribuciones SAC', 'PE', 'C', 'new', 7000, 'USD'],
  ['Pacific Outdoor Corp', 'US', 'A', 'grow', 35000, 'USD'],
  ['Warsaw Trade Sp. z o.o.', 'PL', 'C', 'steady', 5000, 'EUR'],
  ['Casablanca Import SARL', 'MA', 'D', 'none', 0, 'USD'],
  ['Seoul Mart Co.', 'KR', 'C', 'fall', 9000, 'USD'],
  ['深圳华强电子有限公司', 'CN', 'A', 'steady', 260000, 'CNY'],
  ['宁波家居用品贸易公司', 'CN', 'B', 'grow', 120000, 'CNY'],
  ['义乌小商品进出口', 'CN', 'C', 'lost', 50000, 'CNY'],
  ['上海尚品国际贸易', 'CN', 'B', 'fall', 90000, 'CNY'],
  ['广州百货批发中心', 'CN', 'C', 'new', 60000, 'CNY'],
  ['厦门海通供应链', 'CN', 'D', 'none', 0, 'CNY'],
  ['Jakarta Prima Sejahtera', 'ID', 'C', 'steady', 6000, 'USD'],
  ['Bangkok Home Decor', 'TH', 'D', 'none', 0, 'USD'],
  ['Mexico Hogar S.A. de C.V.', 'MX', 'B', 'new', 13000, 'USD'],
  ['Chile Menaje SpA', 'CL', 'D', 'none', 0, 'USD'],
  ['Riyadh Home Trading', 'SA', 'C', 'grow', 8000, 'USD'],
  ['Istanbul Ev Gereçleri', 'TR', 'D', 'none', 0, 'EUR'],
  ['Vancouver Kitchen Co.', 'CA', 'C', 'steady', 5000, 'USD'],
  ['Cape Town Traders', 'ZA', 'D', 'none', 0, 'USD'],
];
const FIRST = ['John', 'Anna', 'Lars', 'Maria', 'Ahmed', 'Kenji', 'Sofia', 'David', 'Chloe', 'Carlos', 'Emma', 'Yusuf'];
const LAST = [
  'Smith',
  'Berg',
  'Müller',
  'Rossi',
  'Haddad',
  'Tanaka',
  'Silva',
  'Brown',
  'Martin',
  'Lopez',
  'Kowalski',
  'Kim',
];
const ZH = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '黄强'];
const TITLES = ['Purchasing Manager', 'Buyer', 'CEO', 'Sourcing Director', 'Import Manager'];
const ZH_TITLES = ['采购经理', '采购', '总经理', '业务主管'];
const STAGE: Record<Trend, string[]> = {
  grow: ['repeat', 'loyal'],
  steady: ['loyal', 'repeat'],
  fall: ['repeat'],
  lost: ['lost'],
  new: ['first_order', 'repeat'],
  none: ['lead', 'inquiry', 'intent', 'sample'],
};

const customers: C[] = RAW.map(([name, country, tier, trend, base, currency], i) => {
  const zh = country === 'CN';
  const n = rnd() < 0.35 ? 2 : 1;
  const contacts = Array.from({ length: n }, (_x, k) => {
    const person = zh ? pick(ZH) : `${pick(FIRST)} ${pick(LAST)}`;
    const domain = zh
      ? `${['hq', 'nb', 'yw', 'sp', 'gz', 'xm'][i % 6]}${i}.cn`
      : `${name
          .split(/\s+/)[0]!
          .toLowerCase()
          .replace(/[^a-z]/g, '')}.com`;
    const phone = zh
      ? `+86 1${38 + (i % 10)}${String(10000000 + Math.floor(rnd() * 89999999))}`
      : `+${[1, 46, 49, 61, 971, 55, 81, 44][i % 8]} ${Math.floor(100 + rnd() * 899)} ${Math.floor(1000000 + rnd() * 8999999)}`;
    const email = zh
      ? `${['zhang', 'wang', 'li', 'liu', 'chen'][k + (i % 4)]}@${domain}`
      : `${person.split(' ')[0]!.toLowerCase()}@${domain}`;
    return [person, zh ? pick(ZH_TITLES) : pick(TITLES), phone, email] as [string, string, string, string];
  });
  return {
    code: `HZ-2024-${String(i + 1).padStart(3, '0')}`,
    name,
    tier,
    owner: i % 3 === 1 ? 'bob' : 'lily',
    stage: pick(STAGE[trend]),
    country,
    contacts,
    notes:
      trend === 'lost'
        ? zh
          ? '价格谈不拢，转向越南供应商'
          : 'moved to a Vietnamese supplier on price'
        : tier === 'A'
          ? zh
            ? '重点客户，月度回访'
            : 'key account, monthly call'
          : '',
    trend,
    base,
    currency,
  };
});

// Orders: Nov 2024 – Oct 2026, about 200 in all.
interface O {
  code: string;
  no: string;
  date: Date;
  amount: number;
  currency: string;
  status: string;
}
const orders: O[] = [];
let seq = 1;
for (let m = 0; m < 24; m++) {
  const year = 2024 + Math.floor((10 + m) / 12),
    month = (10 + m) % 12;
  for (const c of customers) {
    if (c.trend === 'none') continue;
    if (c.trend === 'lost' && m >= 10) continue;
    if (c.trend === 'new' && m < 14) continue;
    const everyOther = c.tier === 'C' || c.tier === 'D' ? 3 : c.tier === 'B' ? 2 : 1;
    if ((m + c.code.charCodeAt(9)) % everyOther !== 0 && rnd() > 0.15) continue;
    if (rnd() < 0.25) continue;
    const factor = c.trend === 'grow' ? 0.7 + m * 0.03 : c.trend === 'fall' ? (m < 14 ? 1.1 : 0.45) : 1;
    const amount = Math.round((c.base * everyOther * factor * (0.75 + rnd() * 0.5)) / 10) * 10;
    const date = new Date(Date.UTC(year, month, 1 + Math.floor(rnd() * 27)));
    const status = m >= 22 ? pick(['open', 'shipped']) : m >= 20 ? pick(['shipped', 'delivered']) : 'closed';
    orders.push({
      code: c.code,
      no: `PO${year}${String(month + 1).padStart(2, '0')}-${String(seq++).padStart(4, '0')}`,
      date,
      amount,
      currency: c.currency,
      status,
    });
  }
}

// Follow-ups: a few per customer over the last months.
const CH = ['电话', '微信', '邮件', 'WhatsApp', '拜访', '视频会议'];
const SUMMARY_ZH = [
  '确认交期和包装要求',
  '发了新品目录',
  '跟进样品反馈',
  '催付尾款',
  '讨论明年采购计划',
  '报价已发，等回复',
  '客户要求改 Logo 位置',
];
const SUMMARY_EN = [
  'confirmed delivery date and packaging',
  'sent the new catalogue',
  'asked for sample feedback',
  'chased the balance payment',
  "talked about next year's plan",
  'sent the quote, waiting',
  'customer wants the logo moved',
];
const followups: string[][] = [];
for (const c of customers) {
  const n = c.trend === 'lost' ? 2 : 2 + Math.floor(rnd() * 4);
  for (let k = 0; k < n; k++) {
    const day = new Date(Date.UTC(2026, 10, 20) - Math.floor(rnd() * 200) * 86400_000);
    const zh = c.country === 'CN';
    const d = `${day.getUTCFullYear()}-${String(day.getUTCMonth() + 1).padStart(2, '0')}-${String(day.getUTCDate()).padStart(2, '0')} ${String(9 + Math.floor(rnd() * 9)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`;
    const next = new Date(day.getTime() + (c.tier === 'A' ? 14 : c.tier === 'B' ? 30 : 60) * 86400_000);
    followups.push([
      c.code,
      d,
      c.owner,
      zh ? pick(CH.filter((x) => x !== 'WhatsApp')) : pick(CH),
      zh ? pick(SUMMARY_ZH) : pick(SUMMARY_EN),
      next.toISOString().slice(0, 10),
    ]);
  }
}
followups.sort((a, b) => a[1]!.localeCompare(b[1]!));

async function main(): Promise<void> {
  const dir = join(import.meta.dirname, '..', 'samples');
  mkdirSync(dir, { recursive: true });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addRow(['客户编号', '客户名称', '等级', '负责人', '阶段', '国家', '联系人', '职位', '电话', '邮箱', '备注']);
  for (const c of customers) {
    c.contacts.forEach(([person, title, phone, email], k) => {
      ws.addRow(
        k === 0
          ? [c.code, c.name, c.tier, c.owner, c.stage, c.country, person, title, phone, email, c.notes]
          : [c.code, c.name, null, null, null, null, person, title, phone, email, null],
      );
    });
  }
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((col, i) => {
    col.width = [12, 30, 6, 8, 12, 6, 14, 18, 20, 26, 30][i];
  });
  await wb.xlsx.writeFile(join(dir, 'customers.xlsx'));

  const ob = new ExcelJS.Workbook();
  const os = ob.addWorksheet('Orders');
  os.addRow(['Customer Code', 'Order No', 'Order Date', 'Amount', 'Currency', 'Status']);
  for (const o of orders) os.addRow([o.code, o.no, o.date, o.amount, o.currency, o.status]);
  os.getColumn(3).numFmt = 'yyyy-mm-dd';
  os.getColumn(4).numFmt = '#,##0.00';
  os.getRow(1).font = { bold: true };
  os.columns.forEach((col, i) => {
    col.width = [14, 18, 12, 12, 9, 10][i];
  });
  await ob.xlsx.writeFile(join(dir, 'orders.xlsx'));

  const esc = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const csv = [['客户', '跟进日期', '跟进人', '方式', '跟进内容', '下次跟进'], ...followups]
    .map((r) => r.map(esc).join(','))
    .join('\r\n');
  writeFileSync(join(dir, 'followups.csv'), `\ufeff${csv}\r\n`);
  process.stdout.write(
    `samples: ${customers.length} customers (${customers.reduce((s, c) => s + c.contacts.length, 0)} contact rows), ${orders.length} orders, ${followups.length} follow-ups\n`,
  );
}

void main();
