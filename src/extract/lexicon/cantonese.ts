// Cantonese written forms mapped character for character to Mandarin ones, so
// every rule reads 唔要 as 不要 and 冇 as 没. One character for one keeps the
// offsets of the original text (evidence stays verbatim). Applied before
// opencc, which would turn 係 into 系.
import { mapping } from './terms.js';

export const CANTONESE_CHARS: [string, string][] = mapping(`
  唔 = 不
  冇 = 没
  咗 = 了
  嘅 = 的
  嗰 = 那
  係 = 是
  啲 = 些
  佢 = 他
  喺 = 在
  俾 | 畀 = 给
  嚟 = 来
  睇 = 看
  揾 | 搵 = 找
  咁 = 这
  乜 = 什
  嘢 = 货
  哋 = 们
  噉 = 这
  喇 | 囉 | 啰 | 嘞 | 咩 = 了
  啱 = 对
`);
