// Read an uploaded .xlsx or .csv into headings and rows of plain cell values.
import type ExcelJS from 'exceljs';
import { decodeText, parseCsv } from './csv.js';

export type Cell = string | number | Date | null;

export interface Sheet {
  headers: string[];
  rows: Cell[][];
  /** Spreadsheet row number of rows[0] (the heading row + 1), so errors name the row the user sees. */
  firstRowNumber: number;
  /** Spreadsheet row number of each row (blank rows skipped). */
  rowNumbers: number[];
  encoding?: string;
}

export class SheetError extends Error {}

/** A file refused for its size or shape; `limit` names which limit (the 4xx says so). */
export class SheetLimitError extends SheetError {
  constructor(
    message: string,
    readonly limit: string,
    readonly status: 413 | 422 | 429 = 413,
  ) {
    super(`file refused: ${message}`);
  }
}

/** Rows and columns one import may have. */
export interface ShapeLimits {
  maxRows: number;
  maxColumns: number;
}

/** Refuse a sheet with more rows or columns than an import takes. */
export function checkShape(sheet: Sheet, limits: ShapeLimits): void {
  if (sheet.rows.length > limits.maxRows)
    throw new SheetLimitError(`${sheet.rows.length} rows (at most ${limits.maxRows}, IMPORT_MAX_ROWS)`, 'rows', 422);
  const width = Math.max(sheet.headers.length, ...sheet.rows.slice(0, 1000).map((r) => r.length));
  if (width > limits.maxColumns)
    throw new SheetLimitError(`${width} columns (at most ${limits.maxColumns}, IMPORT_MAX_COLUMNS)`, 'columns', 422);
}

export function fileKind(filename: string, bytes: Uint8Array): 'xlsx' | 'csv' {
  if (/\.xlsx$/i.test(filename)) return 'xlsx';
  if (/\.(csv|txt|tsv)$/i.test(filename)) return 'csv';
  // A zip (PK\x03\x04) is an xlsx; anything else is read as text.
  return bytes[0] === 0x50 && bytes[1] === 0x4b ? 'xlsx' : 'csv';
}

export async function readSheet(bytes: Uint8Array, filename: string): Promise<Sheet> {
  if (/\.xls$/i.test(filename))
    throw new SheetError('old .xls files are not supported: save the sheet as .xlsx or CSV UTF-8');
  return fileKind(filename, bytes) === 'xlsx' ? readXlsx(bytes) : readCsvSheet(bytes);
}

function readCsvSheet(bytes: Uint8Array): Sheet {
  const { text, encoding } = decodeText(bytes);
  let grid: string[][];
  try {
    grid = parseCsv(text);
  } catch (err) {
    throw new SheetError(`CSV: ${(err as Error).message}`);
  }
  if (grid.length === 0) throw new SheetError('the file is empty');
  const [head, ...rest] = grid;
  // Row numbers count blank lines too only approximately; parseCsv drops them, which matches what Excel shows for typical sheets.
  return {
    headers: head!.map((h) => h.trim()),
    rows: rest.map((r) => r.map((c) => (c.trim() === '' ? null : c.trim()))),
    firstRowNumber: 2,
    rowNumbers: rest.map((_r, i) => i + 2),
    encoding,
  };
}

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return cellValue(v.richText.map((r) => r.text).join(''));
    if ('result' in v) return cellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in v) return cellValue((v as ExcelJS.CellHyperlinkValue).text);
    if ('error' in v) return null;
  }
  return String(v as unknown);
}

async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  // exceljs is loaded on first use: a server that never imports a sheet never holds it in memory
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (err) {
    throw new SheetError(`not a readable .xlsx file (${(err as Error).message})`);
  }
  const ws = wb.worksheets.find((w) => w.actualRowCount > 0);
  if (!ws) throw new SheetError('the workbook has no data');
  let headerRow = 0;
  const grid: { n: number; cells: Cell[] }[] = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellValue(row.getCell(c).value));
    if (cells.every((c) => c === null)) return;
    if (!headerRow) headerRow = n;
    grid.push({ n, cells });
  });
  const [head, ...rest] = grid;
  if (!head) throw new SheetError('the workbook has no data');
  let headers = head.cells.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c === null ? '' : String(c)));
  // Trailing empty heading columns are noise from formatting.
  while (headers.length && headers[headers.length - 1] === '') headers = headers.slice(0, -1);
  return {
    headers,
    rows: rest.map((r) => r.cells.slice(0, headers.length)),
    firstRowNumber: headerRow + 1,
    rowNumbers: rest.map((r) => r.n),
  };
}
