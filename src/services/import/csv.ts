// CSV as spreadsheets save it: RFC 4180 quoting ("" inside quotes, commas and line
// breaks inside quoted cells), CRLF/LF/CR line ends, a UTF-8 BOM, and — because
// Excel on Chinese Windows saves "CSV" in GBK — a GB18030 fallback when the bytes
// are not valid UTF-8. Tab- or semicolon-separated files are recognised by their header line.

export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  let b = bytes;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(b), encoding: 'utf-8' };
  } catch {
    // Node ships full ICU, so the WHATWG GB18030 decoder (a superset of GBK) is available.
    return { text: new TextDecoder('gb18030').decode(b), encoding: 'gb18030' };
  }
}

function detectDelimiter(text: string): string {
  const end = text.search(/\r|\n/);
  const first = end < 0 ? text : text.slice(0, end);
  const outside = first.replace(/"[^"]*"/g, '');
  const count = (c: string) => outside.split(c).length - 1;
  const best = [',', '\t', ';'].map((d) => ({ d, n: count(d) })).sort((a, b) => b.n - a.n)[0];
  return best && best.n > 0 ? best.d : ',';
}

/** Parse CSV text into rows of cells. Blank lines are dropped; cells keep their inner whitespace. */
export function parseCsv(input: string, delimiter?: string): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const d = delimiter ?? detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(cell);
    cell = '';
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      cell += c;
      i += 1;
      continue;
    }
    if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
      i += 1;
      continue;
    }
    if (c === d) {
      row.push(cell);
      cell = '';
      i += 1;
      continue;
    }
    if (c === '\r') {
      endRow();
      i += text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (c === '\n') {
      endRow();
      i += 1;
      continue;
    }
    cell += c;
    i += 1;
  }
  if (quoted) throw new Error('the file ends inside a quoted cell (a " is not closed)');
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/** Write one CSV line (used for error reports and tests). */
export function toCsvLine(cells: (string | number | null | undefined)[]): string {
  return cells
    .map((c) => {
      const s = c === null || c === undefined ? '' : String(c);
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',');
}
