// Reading untrusted sheets with limits (issue 17): a 1 MB zip bomb used to block the event
// loop for 20 s and leave 2.6 GB resident. Now:
// - the zip's table of contents is checked first (declared decompressed and shared-string sizes),
//   then every entry is inflated as a counting stream that stops at the first byte past its
//   declared size or the limit (zip-inflate-limit.ts), so lying sizes are caught too;
// - the sheet is parsed in a worker thread with resourceLimits and a time budget, and the worker
//   is thrown away afterwards (its memory with it);
// - rows and columns are checked on the result;
// - at most `maxConcurrent` imports run at once per server; more are refused with 429.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkShape, fileKind, SheetError, SheetLimitError, type Sheet } from './sheet.js';
import { checkInflatedSizes } from './zip-inflate-limit.js';
import { inspectXlsxZip } from './zip-inspect.js';

export interface SheetReadLimits {
  maxConcurrent: number;
  maxRows: number;
  maxColumns: number;
  maxUncompressedBytes: number;
  maxSharedStringsBytes: number;
  timeBudgetMs: number;
  workerMemoryMb: number;
}

export type SheetReader = (bytes: Uint8Array, filename: string) => Promise<Sheet>;

type WorkerAnswer =
  | { ok: true; sheet: Sheet }
  | { ok: false; sheetError: boolean; message: string; limit?: string; status?: 413 | 422 | 429 };

/** The worker: the compiled .js next to this file, or (dev, tests) the .ts source loaded through tsx. */
function workerScript(): { script: string | URL; evalCode: boolean } {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return { script: new URL('./sheet-worker.js', self), evalCode: false };
  // require.resolve finds tsx's CommonJS entry; its ES module entry sits beside it.
  const tsx = pathToFileURL(
    createRequire(self)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const source = new URL('./sheet-worker.ts', self).href;
  return {
    script: `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(source)}); })`,
    evalCode: true,
  };
}

export function createSheetReader(limits: SheetReadLimits): SheetReader {
  let running = 0;
  return async (bytes, filename) => {
    // Both zip checks are cheap (the table of contents, then a counting inflate that stops at
    // the first byte too many): a bomb, honest or lying, is refused here, before it waits for a
    // slot or a worker starts.
    if (fileKind(filename, bytes) === 'xlsx') await checkInflatedSizes(bytes, inspectXlsxZip(bytes, limits), limits);
    if (running >= limits.maxConcurrent) {
      throw new SheetLimitError(
        `${limits.maxConcurrent} imports are already running on this server; try again in a minute (IMPORT_MAX_CONCURRENT)`,
        'concurrent imports',
        429,
      );
    }
    running++;
    try {
      const sheet = await parseInWorker(bytes, filename, limits);
      checkShape(sheet, limits);
      return sheet;
    } finally {
      running--;
    }
  };
}

function parseInWorker(bytes: Uint8Array, filename: string, limits: SheetReadLimits): Promise<Sheet> {
  const { script, evalCode } = workerScript();
  return new Promise<Sheet>((resolve, reject) => {
    const worker = new Worker(script, {
      eval: evalCode,
      workerData: { bytes, filename, limits: { maxRows: limits.maxRows, maxColumns: limits.maxColumns } },
      resourceLimits: { maxOldGenerationSizeMb: limits.workerMemoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new SheetLimitError(
              `reading it took longer than ${limits.timeBudgetMs / 1000} s (IMPORT_TIME_BUDGET_MS)`,
              'time budget',
            ),
          ),
        ),
      limits.timeBudgetMs,
    );
    worker.once('message', (a: WorkerAnswer) =>
      finish(() => {
        if (a.ok) resolve(a.sheet);
        else if (a.limit) reject(new SheetLimitError(a.message.replace(/^file refused: /, ''), a.limit, a.status));
        else reject(a.sheetError ? new SheetError(a.message) : new Error(a.message));
      }),
    );
    worker.once('error', (err: Error & { code?: string }) =>
      finish(() =>
        reject(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new SheetLimitError(
                `reading it needs more than ${limits.workerMemoryMb} MB (IMPORT_WORKER_MEMORY_MB)`,
                'memory',
              )
            : new SheetError(`not a readable sheet (${err.message})`),
        ),
      ),
    );
    worker.once('exit', (code) => finish(() => reject(new SheetError(`the sheet reader stopped (exit ${code})`))));
  });
}
