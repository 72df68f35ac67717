// The chat-screenshot reader (issue 19): limits → pixels → layout (header, bubbles, sides,
// dividers) → one OCR pass per strip of crops in child processes → the same ParsedTranscript the
// text readers produce, so extraction runs unchanged. Right-hand bubbles are the forwarding
// member's (our rep), left-hand ones the other party's, named by the header.
import { performance } from 'node:perf_hooks';
import { toLocal, isoWithOffset } from '../dates/zone.js';
import type { LocalDate } from '../dates/calendar.js';
import type { SpeakerRoleGuess, TranscriptMessage } from '../types.js';
import { checkImage, decodePixels, type ImageLimits, type Pixels } from './image.js';
import { cropText, type CropText } from './ocr-text.js';
import { segment, type Segmentation } from './segment.js';
import { buildStrip, type Crop } from './strip.js';
import { Tesseract } from './tesseract.js';
import { parseShownTime, splitBubbleTime, type ShownTime } from './times.js';
import {
  ScreenshotReadError,
  type BubbleReading,
  type ScreenshotReader,
  type ScreenshotReadOptions,
  type ScreenshotReading,
} from './types.js';

export interface ScreenshotReaderOptions extends ImageLimits {
  /** The tesseract binary (default `tesseract` on PATH). */
  tesseract?: string;
  /** Tesseract processes at once (default 2). */
  concurrency?: number;
  /** Default budget of one reading when the call gives none. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const SIMPLIFIED = 'chi_sim+eng';
const TRADITIONAL = 'chi_tra+eng';

interface Job {
  kind: 'title' | 'divider' | 'bubble' | 'time';
  crop: Crop;
  region?: number;
}

function jobsOf(seg: Segmentation, p: Pixels): Job[] {
  const jobs: Job[] = [];
  if (seg.header && seg.header.height >= 24) {
    // the title, without the back arrow or avatar at the left and the icons at the right
    const x = Math.floor(p.width * 0.15);
    jobs.push({
      kind: 'title',
      crop: {
        box: { x, y: 2, width: Math.floor(p.width * 0.87) - x, height: seg.header.height - 4 },
        fill: seg.headerFill ?? seg.background,
      },
    });
  }
  seg.regions.forEach((r, i) => {
    // small print (dividers, a bubble's time) is upscaled more, to letters of the bubbles' size
    const crop: Crop = { box: r.box, fill: r.fill, scale: r.kind === 'divider' ? 3 : 2 };
    if (r.time) crop.mask = r.time;
    jobs.push({ kind: r.kind, crop, region: i });
    if (r.time) jobs.push({ kind: 'time', crop: { box: r.time, fill: r.fill, scale: 3 }, region: i });
  });
  return jobs;
}

/** Splits jobs into `n` strips of about equal height, keeping screen order inside each. */
function batches(jobs: Job[], n: number): Job[][] {
  const total = jobs.reduce((s, j) => s + j.crop.box.height, 0);
  const out: Job[][] = [[]];
  let acc = 0;
  for (const j of jobs) {
    if (acc >= (total / n) * out.length && out.length < n && out[out.length - 1]!.length) out.push([]);
    out[out.length - 1]!.push(j);
    acc += j.crop.box.height;
  }
  return out;
}

async function ocrJobs(tess: Tesseract, p: Pixels, jobs: Job[], lang: string, n: number, signal: AbortSignal) {
  const texts = new Map<Job, CropText>();
  // small print (title, dividers, times) in a strip of its own: psm 6 reads a block of one letter
  // size best, and a misread divider dates every message under it wrongly
  const small = jobs.filter((j) => j.kind !== 'bubble');
  const strips = [
    small,
    ...batches(
      jobs.filter((j) => j.kind === 'bubble'),
      n,
    ),
  ];
  await Promise.all(
    strips.map(async (batch) => {
      if (!batch.length) return;
      const strip = await buildStrip(
        p,
        batch.map((j) => j.crop),
      );
      const words = await tess.recognise(strip.png, lang, 6, signal);
      batch.forEach((job, k) => {
        const span = strip.spans[k]!;
        const mine = words.filter((w) => {
          const cy = w.top + w.height / 2;
          return cy >= span.top && cy < span.bottom;
        });
        texts.set(job, cropText(mine));
      });
    }),
  );
  return texts;
}

const hasCjk = (t: CropText | undefined): boolean => !!t && /[\u3400-\u9fff]/.test(t.text);

/** Mean confidence over `jobs`, weighted by words. */
function meanOver(texts: Map<Job, CropText>, jobs: Job[]): number {
  let n = 0;
  let s = 0;
  for (const j of jobs) {
    const t = texts.get(j);
    if (!t) continue;
    s += t.confidence * Math.max(1, t.words);
    n += Math.max(1, t.words);
  }
  return n ? s / n : 0;
}

const WEAK = 0.85;

/**
 * The second look, only when some text read poorly: Tesseract's combined chi_sim+eng model
 * sometimes reads a mixed Chinese/English line as Latin garbage, which chi_sim alone reads right;
 * and chi_sim reads Traditional characters as their Simplified twins at a lower confidence than
 * chi_tra. Every Chinese (or weak) crop is read again with chi_sim and with chi_tra+eng; a screen
 * that chi_tra reads clearly better than the best Simplified reading is Traditional throughout,
 * otherwise each crop keeps its best Simplified reading.
 */
async function secondLook(
  tess: Tesseract,
  p: Pixels,
  jobs: Job[],
  first: Map<Job, CropText>,
  n: number,
  signal: AbortSignal,
): Promise<{ texts: Map<Job, CropText>; lang: string }> {
  const textJobs = jobs.filter((j) => j.kind === 'bubble' || j.kind === 'title');
  const weak = textJobs.filter((j) => (first.get(j)?.confidence ?? 0) < WEAK);
  if (!weak.length) return { texts: first, lang: SIMPLIFIED };
  // a crop read as Latin garbage may well be Chinese: it is tried with both Chinese models too
  const chinese = textJobs.filter((j) => hasCjk(first.get(j)) || weak.includes(j));
  const half = Math.max(1, Math.floor(n / 2));
  const [sim, tra] = await Promise.all([
    ocrJobs(tess, p, chinese, 'chi_sim', half, signal),
    ocrJobs(tess, p, chinese, TRADITIONAL, half, signal),
  ]);
  // the best Simplified reading of each crop, to hold chi_tra against
  const simplified = new Map(first);
  for (const j of chinese) {
    const a = first.get(j);
    const b = sim.get(j);
    if (b && (!a || b.confidence > a.confidence + 0.03)) simplified.set(j, b);
  }
  const weakWords = (m: Map<Job, CropText>): number => chinese.reduce((k, j) => k + (m.get(j)?.weak ?? 0), 0);
  const traditional =
    meanOver(tra, chinese) > meanOver(simplified, chinese) + 0.02 &&
    weakWords(tra) * 2 <= weakWords(simplified) &&
    weakWords(simplified) - weakWords(tra) >= 2;
  if (traditional) {
    const out = new Map(first);
    for (const j of chinese) out.set(j, tra.get(j)!);
    return { texts: out, lang: TRADITIONAL };
  }
  return { texts: simplified, lang: SIMPLIFIED };
}

function cleanTitle(t: string): string | undefined {
  const s = t
    .replace(/\s*[(（]\d+[)）]\s*$/, '') // a group's member count
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.)）]+$/gu, '')
    .trim();
  return s.length >= 1 ? s : undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function createScreenshotReader(options: ScreenshotReaderOptions = {}): ScreenshotReader {
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const tess = new Tesseract({ bin: options.tesseract, concurrency });
  const limits: ImageLimits = { maxBytes: options.maxBytes, maxPixels: options.maxPixels };

  return {
    available: () => tess.available(),

    async read(image: Buffer, opts: ScreenshotReadOptions): Promise<ScreenshotReading> {
      const t0 = performance.now();
      await checkImage(image, limits);
      const av = await tess.available();
      if (!av.ok) throw new ScreenshotReadError('ocr-unavailable', av.reason);
      const ac = new AbortController();
      const timer = setTimeout(() => ac.abort(), opts.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      try {
        const pixels = await decodePixels(image, limits.maxPixels);
        const seg = await segment(pixels);
        if (!seg.regions.some((r) => r.kind === 'bubble'))
          throw new ScreenshotReadError('no-chat-found', 'No chat bubbles were found in the picture.');
        const jobs = jobsOf(seg, pixels);
        const first = await ocrJobs(tess, pixels, jobs, SIMPLIFIED, concurrency, ac.signal);
        const { texts, lang } = await secondLook(tess, pixels, jobs, first, concurrency, ac.signal);
        if (ac.signal.aborted) throw new ScreenshotReadError('timeout', 'Reading the screenshot took too long.');
        return assemble(seg, pixels, jobs, texts, opts, lang, performance.now() - t0);
      } catch (err) {
        if (ac.signal.aborted && !(err instanceof ScreenshotReadError && err.reason !== 'timeout'))
          throw new ScreenshotReadError('timeout', 'Reading the screenshot took too long.');
        throw err;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

function assemble(
  seg: Segmentation,
  p: Pixels,
  jobs: Job[],
  texts: Map<Job, CropText>,
  opts: ScreenshotReadOptions,
  lang: string,
  ms: number,
): ScreenshotReading {
  const nowLocal = toLocal(opts.now, opts.tz);
  const today: LocalDate = { y: nowLocal.y, m: nowLocal.m, d: nowLocal.d };
  const titleJob = jobs.find((j) => j.kind === 'title');
  const title = titleJob ? cleanTitle(texts.get(titleJob)?.text ?? '') : undefined;
  const rep = opts.reps[0];
  const bubbleTimes = seg.palette ? seg.palette.bubbleTimes : true;
  let shown: ShownTime | undefined;
  const messages: TranscriptMessage[] = [];
  const bubbles: BubbleReading[] = [];
  const timeOf = new Map<number, string>();
  for (const job of jobs) if (job.kind === 'time') timeOf.set(job.region!, texts.get(job)?.text ?? '');
  for (const job of jobs) {
    if (job.kind === 'title' || job.kind === 'time') continue;
    const t = texts.get(job);
    if (!t) continue;
    const region = seg.regions[job.region!]!;
    if (job.kind === 'divider') {
      const s = parseShownTime(t.text, today, shown);
      if (s) shown = s;
      continue;
    }
    let text = t.text;
    let time: { hh: number; mi: number } | undefined;
    const own = timeOf.has(job.region!) ? splitBubbleTime(`x ${timeOf.get(job.region!)}`) : undefined;
    if (own?.hh !== undefined && own.mi !== undefined) time = { hh: own.hh, mi: own.mi };
    else if (bubbleTimes && !timeOf.has(job.region!)) {
      const split = splitBubbleTime(text);
      if (split.hh !== undefined && split.mi !== undefined) {
        text = split.text;
        time = { hh: split.hh, mi: split.mi };
      }
    }
    if (!text) continue;
    const side = region.side ?? 'left';
    const m: TranscriptMessage = { index: messages.length, text, role: side === 'right' ? 'rep' : 'customer' };
    const speaker = side === 'right' ? rep : title;
    if (speaker) m.speaker = speaker;
    // a divider whose clock was misread still dates its messages, at the start of that day
    const clock = time ?? (shown?.date ? { hh: shown.hh ?? 0, mi: shown.mi ?? 0 } : undefined);
    if (shown?.date && clock) {
      const { iso, date } = isoWithOffset({ ...shown.date, hh: clock.hh, mi: clock.mi, ss: 0 }, opts.tz);
      m.at = iso;
      m.atDate = date;
    }
    messages.push(m);
    const b: BubbleReading = { index: m.index, side, box: region.box, confidence: t.confidence };
    if (time) b.time = `${pad(time.hh)}:${pad(time.mi)}`;
    bubbles.push(b);
  }
  if (!messages.length) throw new ScreenshotReadError('no-chat-found', 'No text was recognised in the chat bubbles.');
  const roles: SpeakerRoleGuess[] = [];
  if (rep && bubbles.some((b) => b.side === 'right'))
    roles.push({ speaker: rep, role: 'rep', confidence: 0.95, basis: 'rep-name' });
  if (title && bubbles.some((b) => b.side === 'left'))
    roles.push({ speaker: title, role: 'customer', confidence: 0.9, basis: 'default' });
  const reading: ScreenshotReading = {
    layout: seg.layout,
    transcript: { format: 'lines', messages, roles },
    bubbles,
    confidence: Math.min(...bubbles.map((b) => b.confidence)),
    width: p.width,
    height: p.height,
    ms: Math.round(ms),
    tz: opts.tz,
    lang,
  };
  if (title) {
    reading.title = title;
    reading.transcript.participants = [title];
  }
  return reading;
}
