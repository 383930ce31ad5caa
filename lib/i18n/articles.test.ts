import { describe, expect, it } from 'vitest';
import { chineseNumber, formatArticle } from './articles';

describe('article references', () => {
  it('writes article numbers in Chinese numerals for Chinese readers', () => {
    expect(formatArticle('zh', 'Art. 7')).toBe('第七条');
    expect(formatArticle('zh', 'Art. 3, Art. 4')).toBe('第三条、第四条');
    expect(formatArticle('zh', 'Art. 23')).toBe('第二十三条');
    expect(formatArticle('zh', 'item 1(3)')).toBe('第一条第（三）项');
    expect(formatArticle('zh', 'B11, B21, B25')).toBe('B11、B21、B25');
  });

  it('leaves English references alone', () => {
    expect(formatArticle('en', 'Art. 3, Art. 4')).toBe('Art. 3, Art. 4');
  });

  it('converts 1 to 99', () => {
    expect([1, 10, 12, 20, 27, 99].map(chineseNumber)).toEqual(['一', '十', '十二', '二十', '二十七', '九十九']);
  });
});
