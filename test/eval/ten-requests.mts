// The ten ordinary product requests of issue 14 (four named there, six new),
// each run as a one-message chat through the whole rules extractor.
//   npx tsx test/eval/ten-requests.mts
import { extractTranscript } from '../../src/extract/extract-transcript.js';

export const TEN_REQUESTS = [
  '客户想订购三千件纯棉T恤',
  '有没有不锈钢保温杯',
  'bamboo cutting boards',
  'ceramic mugs',
  '我们需要两百台商用冰箱',
  'Looking for 5,000 pcs reusable silicone food bags',
  '想问下折叠收纳箱有现货吗',
  'Can you quote 300 sets of aluminium camping chairs?',
  '老板，羊毛地毯能做定制尺寸吗',
  'We want to buy LED desk lamps with USB charging',
];

const opts = { now: new Date('2026-11-20T10:00:00+08:00'), tz: 'Asia/Shanghai', reps: [] };
for (const text of TEN_REQUESTS) {
  const r = extractTranscript(text, opts);
  const found = r.needs.map((n) => `${n.kind}=${JSON.stringify(n.value)}`).join('  ');
  console.log(`${text}\n    → ${found || '(nothing)'}`);
}
