// How the fake platforms serve a media file over HTTP: with a true, missing (chunked) or lying
// Content-Length, optionally followed by filler streamed in 64 KiB chunks, so the size cap is tested
// on a real socket without the fake holding a 30 MB buffer.
import type { ServerResponse } from 'node:http';

export interface FakeFile {
  body: Buffer;
  contentType?: string;
  /** 'declared': send Content-Length (default); 'chunked': none; or a number to declare instead (a lie). */
  length?: 'declared' | 'chunked' | number;
  /** Stream this many extra filler bytes after body (an oversize file without holding it). */
  fillerBytes?: number;
}

export function serveFile(res: ServerResponse, file: FakeFile, extraHeaders: Record<string, string> = {}): void {
  const headers: Record<string, string> = { 'content-type': file.contentType ?? 'image/png', ...extraHeaders };
  const total = file.body.length + (file.fillerBytes ?? 0);
  const length = file.length ?? 'declared';
  if (length === 'declared') headers['content-length'] = String(total);
  else if (typeof length === 'number') headers['content-length'] = String(length);
  res.writeHead(200, headers);
  res.on('error', () => undefined); // the client hangs up once it has refused the file
  res.write(file.body);
  let left = file.fillerBytes ?? 0;
  const chunk = Buffer.alloc(64 * 1024, 0x41);
  const pump = (): void => {
    while (left > 0 && !res.destroyed) {
      const n = Math.min(left, chunk.length);
      left -= n;
      if (!res.write(chunk.subarray(0, n))) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) res.end();
  };
  pump();
}
