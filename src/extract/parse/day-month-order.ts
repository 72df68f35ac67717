// Day/month order of a whole file's numeric dates, decided once from all of
// them, never line by line. In order of strength: a day over 12 settles it;
// attachment names carrying YYYYMMDD (IMG-20260811-WA0001.jpg,
// 00000042-PHOTO-2020-06-07-15-13-20.jpg) settle it; dates that only run
// forwards under one order; then locale cues of the exporter.

export interface DateSample {
  /** The three numbers as written; `yearAt` is the index of the year. */
  parts: [number, number, number];
  yearAt: number;
  sep: string;
  bracket: boolean;
  ampm?: 'A' | 'P';
  lowerAmpm: boolean;
  /** The entry's text, where attachment names may repeat the date. */
  text: string;
}

const ATTACH_DATE = /(?:IMG|VID|AUD|PTT|DOC|STK|PHOTO|VIDEO|AUDIO|STICKER|GIF)-(\d{4})-?(\d{2})-?(\d{2})/gi;

function attachmentVotes(s: DateSample[]): number {
  let vote = 0;
  for (const x of s) {
    if (x.yearAt !== 2) continue;
    const [a, b] = x.parts;
    for (const m of x.text.matchAll(ATTACH_DATE)) {
      const mo = Number(m[2]);
      const d = Number(m[3]);
      // a photo taken late at night may be sent the next day: a day off by one still counts
      const dmy = b === mo && Math.abs(a - d) <= 1;
      const mdy = a === mo && Math.abs(b - d) <= 1;
      if (dmy && !mdy) vote++;
      else if (mdy && !dmy) vote--;
    }
  }
  return vote;
}

/** How often the dates run backwards under an order (chats are written forwards). */
function inversions(s: DateSample[], dayFirst: boolean): number {
  let n = 0;
  let prev = -1;
  for (const x of s) {
    const [a, b, y] = x.parts;
    const d = dayFirst ? a : b;
    const m = dayFirst ? b : a;
    if (m > 12 || d > 31) return Number.MAX_SAFE_INTEGER;
    const key = y * 400 + m * 32 + d;
    if (key < prev) n++;
    prev = key;
  }
  return n;
}

/** True when the file writes day before month. Year-first files are never ambiguous (Y/M/D). */
export function decideDayFirst(samples: DateSample[]): boolean {
  const s = samples.filter((x) => x.yearAt === 2);
  if (s.length === 0) return true;
  if (s.some((x) => x.parts[0] > 12)) return true;
  if (s.some((x) => x.parts[1] > 12)) return false;
  const att = attachmentVotes(s);
  if (att !== 0) return att > 0;
  const inv = inversions(s, true) - inversions(s, false);
  if (inv !== 0) return inv < 0;
  const first = s[0]!;
  if (first.sep === '.' || first.sep === '-') return true;
  // a lower-case "pm" and "p. m." are en-GB/AU/IN and Spanish: day first; "PM" with slashes is en-US
  if (first.ampm) return first.lowerAmpm;
  return true;
}
