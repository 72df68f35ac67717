// Chinese certificate names read by their head (认证, 批件, 注册证, 备案), label
// names without one, and marks added to the lexicon (issue 14).
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/extract/analyze/normalize.js';
import { verbatimMentions } from '../../../src/extract/analyze/verbatim.js';
import { findZhCertifications } from '../../../src/extract/rules/cert-zh.js';
import { findCertifications } from '../../../src/extract/rules/spec-cert.js';

const names = (t: string): string[] => {
  const r = readingText(t);
  return verbatimMentions([...findCertifications(r), ...findZhCertifications(r)], t, r).map((m) =>
    String(m.value.name),
  );
};

describe('Chinese certificate names', () => {
  it('reads the noun phrase ending on a certificate head', () => {
    expect(names('招标文件写了，要有节水产品认证')).toEqual(['节水产品认证']);
    expect(names('卫生许可批件你们这边能提供吧')).toEqual(['卫生许可批件']);
    expect(names('资质：消毒产品备案，每批都要')).toEqual(['消毒产品备案']);
  });
  it('keeps a Traditional name as written', () => {
    expect(names('一定要有能效標籤先可以上架')).toEqual(['能效標籤']);
  });
  it('names no certificate for a general word or a negation', () => {
    expect(names('你们有哪些认证？')).toEqual([]);
    expect(names('我们有相关认证')).toEqual([]);
    expect(names('不需要节水认证')).toEqual([]);
    expect(names('公司已经备案了')).toEqual([]);
  });
  it('keeps the fuller of two names said in one message', () => {
    expect(names('要做消毒产品备案，一类消毒产品备案你们办')).toEqual(['一类消毒产品备案']);
  });
});

describe('marks in the lexicon', () => {
  it('reads regulations and standards named in English', () => {
    expect(names('Labels must comply with CLP and GHS')).toEqual(['CLP', 'GHS']);
    expect(names('Needs Prop 65 paperwork and WELS rating')).toEqual(['Prop 65', 'WELS']);
    expect(names('Workmanship to IPC-A-610 class 2')).toEqual(['IPC-A-610']);
  });
});
