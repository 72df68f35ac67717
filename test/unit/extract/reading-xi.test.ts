// The Cantonese copula 係 (是) against 係 inside a Traditional word (係數 = 系数, 關係 = 关系): the
// reading keeps the word, so "防水係數" is a measure name, not "防水 + 是 + 数".
import { describe, expect, it } from 'vitest';
import { readingText } from '../../../src/extract/analyze/normalize.js';

describe('係 in the reading text', () => {
  it('reads the copula as 是', () => {
    expect(readingText('佢係我哋嘅老闆')).toBe('他是我们的老板');
  });
  it('keeps 係 inside a word as 系, at the same length', () => {
    expect(readingText('摩擦係數要低')).toBe('摩擦系数要低');
    expect(readingText('冇關係')).toBe('没关系');
    expect(readingText('請同我聯係')).toHaveLength('請同我聯係'.length);
    expect(readingText('請同我聯係')).toContain('联系');
  });
});
