// Tesseract in child processes, never on the main thread: each call is one `tesseract stdin stdout`
// process fed a PNG, with at most `concurrency` running at once and every one killed when the
// reading's budget runs out. OMP_THREAD_LIMIT=1: on a small machine tesseract's own threads only
// fight each other and the server; two single-threaded processes read faster than one with four.
import { execFile, spawn } from 'node:child_process';
import { ScreenshotReadError } from './types.js';

export interface TesseractOptions {
  /** The binary; default `tesseract` on PATH. */
  bin?: string;
  concurrency?: number;
}

export interface OcrWord {
  block: number;
  par: number;
  line: number;
  left: number;
  top: number;
  width: number;
  height: number;
  /** 0–100, as tesseract reports it. */
  conf: number;
  text: string;
}

export const REQUIRED_LANGS = ['chi_sim', 'chi_tra', 'eng'];

export function parseTsv(tsv: string): OcrWord[] {
  const words: OcrWord[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const c = row.split('\t');
    if (c.length < 12 || c[0] !== '5') continue;
    const text = c.slice(11).join('\t').trim();
    if (!text) continue;
    words.push({
      block: Number(c[2]),
      par: Number(c[3]),
      line: Number(c[4]),
      left: Number(c[6]),
      top: Number(c[7]),
      width: Number(c[8]),
      height: Number(c[9]),
      conf: Number(c[10]),
      text,
    });
  }
  return words;
}

export class Tesseract {
  private readonly bin: string;
  private readonly concurrency: number;
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private availability?: Promise<{ ok: true } | { ok: false; reason: string }>;

  constructor(opts: TesseractOptions = {}) {
    this.bin = opts.bin ?? 'tesseract';
    this.concurrency = Math.max(1, opts.concurrency ?? 2);
  }

  available(): Promise<{ ok: true } | { ok: false; reason: string }> {
    this.availability ??= new Promise((resolve) => {
      execFile(this.bin, ['--list-langs'], { timeout: 10_000 }, (err, stdout, stderr) => {
        if (err && !stdout) {
          resolve({
            ok: false,
            reason: `Reading screenshots needs Tesseract OCR (${this.bin} could not be run: ${(err as NodeJS.ErrnoException).code ?? err.message}); install the Debian packages tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra tesseract-ocr-eng.`,
          });
          return;
        }
        const langs = new Set(`${stdout}\n${stderr}`.split(/\s+/));
        const missing = REQUIRED_LANGS.filter((l) => !langs.has(l));
        resolve(
          missing.length
            ? {
                ok: false,
                reason: `Tesseract has no ${missing.join(', ')} language data; install tesseract-ocr-${missing.map((m) => m.replace('_', '-')).join(' tesseract-ocr-')}.`,
              }
            : { ok: true },
        );
      });
    });
    return this.availability;
  }

  private async slot(signal: AbortSignal): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const go = (): void => {
        signal.removeEventListener('abort', stop);
        this.running++;
        resolve();
      };
      const stop = (): void => {
        const i = this.waiting.indexOf(go);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(new ScreenshotReadError('timeout', 'Reading the screenshot took too long.'));
      };
      signal.addEventListener('abort', stop, { once: true });
      this.waiting.push(go);
    });
  }

  private release(): void {
    this.running--;
    this.waiting.shift()?.();
  }

  /** Words of one PNG; `psm` 6 reads a block of text, 7 a single line. */
  async recognise(png: Buffer, lang: string, psm: number, signal: AbortSignal): Promise<OcrWord[]> {
    if (signal.aborted) throw new ScreenshotReadError('timeout', 'Reading the screenshot took too long.');
    await this.slot(signal);
    try {
      const tsv = await new Promise<string>((resolve, reject) => {
        const child = spawn(this.bin, ['stdin', 'stdout', '-l', lang, '--psm', String(psm), 'tsv'], {
          env: { ...process.env, OMP_THREAD_LIMIT: '1' },
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out: Buffer[] = [];
        let err = '';
        const kill = (): void => {
          child.kill('SIGKILL');
          reject(new ScreenshotReadError('timeout', 'Reading the screenshot took too long.'));
        };
        signal.addEventListener('abort', kill, { once: true });
        child.stdout.on('data', (d: Buffer) => out.push(d));
        child.stderr.on('data', (d: Buffer) => (err += d.toString()));
        child.on('error', (e) => {
          signal.removeEventListener('abort', kill);
          reject(new ScreenshotReadError('ocr-unavailable', `Tesseract could not be run: ${e.message}`));
        });
        child.on('close', (code) => {
          signal.removeEventListener('abort', kill);
          if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
          else if (!signal.aborted) reject(new Error(`tesseract exited with ${code}: ${err.trim().slice(0, 300)}`));
        });
        child.stdin.on('error', () => undefined); // a killed child closes its stdin early
        child.stdin.end(png);
      });
      return parseTsv(tsv);
    } finally {
      this.release();
    }
  }
}
