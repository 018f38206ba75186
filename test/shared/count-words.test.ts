import { describe, expect, it } from 'vitest';
import { countOf, nounFor } from '@shared/count-words';

describe('counting things in words', () => {
  it('says "1 mention" and "1 note", never "1 mentions"', () => {
    expect(countOf(1, 'mention')).toBe('1 mention');
    expect(countOf(1, 'note')).toBe('1 note');
  });

  it('uses the plural for none, many and fractions', () => {
    expect(countOf(0, 'note')).toBe('0 notes');
    expect(countOf(2, 'highlight')).toBe('2 highlights');
    expect(countOf(1.5, 'page', 'en')).toBe('1.5 pages');
  });

  it('takes an irregular plural and writes the number in the given locale', () => {
    expect(countOf(3, { one: 'story', other: 'stories' })).toBe('3 stories');
    expect(countOf(10_000, 'article', 'en')).toBe('10,000 articles');
    expect(countOf(10_000, 'article', 'de')).toBe('10.000 articles');
    expect(nounFor(1, { one: 'file needs', other: 'files need' })).toBe('file needs');
  });
});
