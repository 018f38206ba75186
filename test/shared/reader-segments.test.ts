import { describe, expect, it } from 'vitest';
import { segmentArticle } from '@shared/reader-segments';

const TEXT = 'Alpha beta gamma.\nDelta epsilon zeta.';

describe('cutting an article into highlighted pieces', () => {
  it('keeps plain paragraphs whole, with offsets into the text', () => {
    const paragraphs = segmentArticle(TEXT, []);
    expect(paragraphs.map((p) => p.segments.map((s) => [s.text, s.start, s.ids]))).toEqual([
      [['Alpha beta gamma.', 0, []]],
      [['Delta epsilon zeta.', 18, []]],
    ]);
  });

  it('gives overlapping highlights flat pieces that know every highlight covering them', () => {
    const [first] = segmentArticle(TEXT, [
      { id: 'a', start: 0, end: 10 },
      { id: 'b', start: 6, end: 16 },
    ]);
    expect(first!.segments.map((s) => [s.text, s.ids])).toEqual([
      ['Alpha ', ['a']],
      ['beta', ['a', 'b']],
      [' gamma', ['b']],
      ['.', []],
    ]);
  });

  it('lists the outer highlight first when one is nested in another', () => {
    const [first] = segmentArticle(TEXT, [
      { id: 'inner', start: 6, end: 10 },
      { id: 'outer', start: 0, end: 16 },
    ]);
    expect(first!.segments.find((s) => s.text === 'beta')?.ids).toEqual(['outer', 'inner']);
  });

  it('splits a highlight that crosses paragraphs, keeping its id in each', () => {
    const paragraphs = segmentArticle(TEXT, [{ id: 'x', start: 11, end: 23 }]);
    expect(paragraphs.map((p) => p.segments.filter((s) => s.ids.includes('x')).map((s) => s.text))).toEqual([['gamma.'], ['Delta']]);
  });

  it('ignores spans outside the text instead of failing', () => {
    expect(segmentArticle(TEXT, [{ id: 'bad', start: 30, end: 999 }, { id: 'empty', start: 3, end: 3 }])[0]!.segments).toHaveLength(1);
  });

  it('rebuilds the exact text from its pieces', () => {
    const paragraphs = segmentArticle(TEXT, [{ id: 'a', start: 2, end: 30 }]);
    expect(paragraphs.map((p) => p.segments.map((s) => s.text).join('')).join('\n')).toBe(TEXT);
  });
});
