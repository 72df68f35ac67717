// Worker thread: parse one uploaded sheet off the main thread (sheet-reader.ts starts it with
// a memory limit and a time budget), so a hostile file can cost this thread, never the server.
import { parentPort, workerData } from 'node:worker_threads';
import { checkShape, readSheet, SheetError, SheetLimitError, type ShapeLimits } from './sheet.js';

const input = workerData as { bytes: Uint8Array; filename: string; limits: ShapeLimits };

readSheet(input.bytes, input.filename)
  .then((sheet) => {
    checkShape(sheet, input.limits);
    parentPort?.postMessage({ ok: true, sheet });
  })
  .catch((err: unknown) => {
    const limit = err instanceof SheetLimitError ? { limit: err.limit, status: err.status } : undefined;
    parentPort?.postMessage({
      ok: false,
      sheetError: err instanceof SheetError,
      message: err instanceof Error ? err.message : String(err),
      ...limit,
    });
  });
