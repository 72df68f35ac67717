// Words back into a bubble's text: line joins by script, typed line breaks kept, TSV parsing.
import { describe, expect, it } from 'vitest';
import { cropText, fixOcrConfusions } from '../../../src/extract/screenshot/ocr-text.js';
import { parseTsv, type OcrWord } from '../../../src/extract/screenshot/tesseract.js';

/** Words of one line laid left to right, `w` px per character. */
function line(n: number, top: number, texts: string[], w = 20): OcrWord[] {
  let left = 10;
  return texts.map((text) => {
    const word = { block: 1, par: 1, line: n, left, top, width: [...text].length * w, height: 30, conf: 90, text };
    left += word.width + 8;
    return word;
  });
}

describe('bubble text from OCR words', () => {
  it('joins wrapped Chinese lines without a space and English ones with one', () => {
    const zh = cropText([...line(1, 0, ['我们要2万个卡通PVC鞋花，']), ...line(2, 40, ['上面要印logo'])]);
    expect(zh.text).toBe('我们要2万个卡通PVC鞋花，上面要印logo');
    const en = cropText([...line(1, 0, ['Hello', 'Kevin,', 'we', 'need', 'LED']), ...line(2, 40, ['panel', 'lights'])]);
    expect(en.text).toBe('Hello Kevin, we need LED panel lights');
  });

  it('keeps a line break the sender typed: the next word would have fitted on the short line', () => {
    const t = cropText([
      ...line(1, 0, ['Payment', 'terms', 'are', 'fine', 'for', 'us']),
      ...line(2, 40, ['OK']),
      ...line(3, 80, ['Thanks']),
    ]);
    expect(t.text).toBe('Payment terms are fine for us OK\nThanks');
  });

  it('joins a word broken after its hyphen', () => {
    expect(cropText([...line(1, 0, ['model', 'number', 'GL-']), ...line(2, 40, ['08'])]).text).toBe(
      'model number GL-08',
    );
  });

  it('mean confidence and weak words', () => {
    const words = line(1, 0, ['a', 'b']);
    words[1]!.conf = 40;
    const t = cropText(words);
    expect(t.confidence).toBeCloseTo(0.65);
    expect(t.weak).toBe(1);
    expect(cropText([]).confidence).toBe(0);
  });

  it("reads 'mI' after a number as ml, and leaves other capital I alone", () => {
    expect(fixOcrConfusions('容量要500mI的')).toBe('容量要500ml的');
    expect(fixOcrConfusions('I think 5 I will take')).toBe('I think 5 I will take');
  });

  it("parses tesseract's TSV words (level 5 rows only)", () => {
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '1\t1\t0\t0\t0\t0\t0\t0\t100\t50\t-1\t',
      '5\t1\t1\t1\t1\t1\t10\t12\t30\t20\t91.5\t你好',
      '5\t1\t1\t1\t1\t2\t44\t12\t30\t20\t88\t ',
    ].join('\n');
    expect(parseTsv(tsv)).toEqual([
      { block: 1, par: 1, line: 1, left: 10, top: 12, width: 30, height: 20, conf: 91.5, text: '你好' },
    ]);
  });
});
