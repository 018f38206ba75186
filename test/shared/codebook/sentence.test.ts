import { describe, expect, it } from 'vitest';
import { sentenceAround, sentenceRanges } from '@shared/codebook/sentence';

/** The sentence around the first occurrence of `words` in `text`, with the words marked [like this]. */
function around(text: string, words: string, useSegmenter = true): string {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  const result = sentenceAround(text, start, start + words.length, { useSegmenter });
  expect(result.text.slice(result.start, result.end)).toBe(words);
  return `${result.text.slice(0, result.start)}[${words}]${result.text.slice(result.end)}`;
}

const both = [
  ['Intl.Segmenter', true],
  ['the punctuation fallback', false],
] as const;

describe.each(both)('the sentence around a highlight (%s)', (_name, useSegmenter) => {
  it('is the whole sentence holding the words, trimmed, with their offsets inside it', () => {
    const text = 'The talks began at nine. Both sides were cautious. Nothing was agreed.';
    expect(around(text, 'were cautious', useSegmenter)).toBe('Both sides [were cautious].');
  });

  it('reaches the end of text that has no final punctuation', () => {
    const text = 'First sentence here. And the last one trails off without a stop';
    expect(around(text, 'trails off', useSegmenter)).toBe('And the last one [trails off] without a stop');
  });

  it('does not end a sentence at “U.S.” before a name or title', () => {
    const text = 'It was cold. The U.S. Secretary of State Antony Blinken met Lavrov. They talked.';
    expect(around(text, 'Blinken', useSegmenter)).toBe('The U.S. Secretary of State Antony [Blinken] met Lavrov.');
  });

  it('does end a sentence at “U.S.” when a plain sentence opener follows', () => {
    const text = 'He flew back to the U.S. The next day he resigned.';
    expect(around(text, 'resigned', useSegmenter)).toBe('The next day he [resigned].');
  });

  it('keeps titles and initials with the names after them', () => {
    const text = 'Reporters waited. Gen. Mark Milley and J. Smith spoke briefly. Then it rained.';
    expect(around(text, 'spoke', useSegmenter)).toBe('Gen. Mark Milley and J. Smith [spoke] briefly.');
  });

  it('keeps a quotation with its attribution and its closing quote', () => {
    const text = 'The meeting ended. “Is that really all?” he asked. Nobody answered.';
    expect(around(text, 'really', useSegmenter)).toBe('“Is that [really] all?” he asked.');
    const straight = 'Lavrov smiled. "We will not give in." Blinken nodded.';
    expect(around(straight, 'give in', useSegmenter)).toBe('"We will not [give in]."');
  });

  it('does not cross a line break', () => {
    const text = 'A headline without a stop\nThe first paragraph starts here. It goes on.';
    expect(around(text, 'first paragraph', useSegmenter)).toBe('The [first paragraph] starts here.');
    expect(around(text, 'without', useSegmenter)).toBe('A headline [without] a stop');
  });

  it('gives every sentence a span crosses', () => {
    const text = 'One. Two three. Four five. Six.';
    expect(around(text, 'three. Four', useSegmenter)).toBe('Two [three. Four] five.');
  });
});

describe('long sentences and edge cases', () => {
  it('clips a very long sentence at words around the span, marking the cut with …', () => {
    const filler = 'word '.repeat(200);
    const text = `${filler}TARGET ${filler}end.`;
    const start = text.indexOf('TARGET');
    const result = sentenceAround(text, start, start + 6, { maxContext: 50 });
    expect(result.text.startsWith('…')).toBe(true);
    expect(result.text.endsWith('…')).toBe(true);
    expect(result.text.slice(result.start, result.end)).toBe('TARGET');
    expect(result.text.length).toBeLessThan(120);
    expect(result.text).not.toMatch(/…\S*wor\b|\bwo…/);
  });

  it('handles a span at the very start and at the very end of the text', () => {
    const text = 'Alpha beta. Gamma delta';
    expect(sentenceAround(text, 0, 5)).toMatchObject({ text: 'Alpha beta.', start: 0, end: 5, textStart: 0 });
    expect(sentenceAround(text, 18, 23)).toMatchObject({ text: 'Gamma delta', start: 6, end: 11, textStart: 12 });
  });

  it('clamps offsets that fall outside the text instead of throwing', () => {
    const result = sentenceAround('Short.', 3, 99);
    expect(result.text.slice(result.start, result.end)).toBe('rt.');
  });

  it('splits a paragraph into ranges that cover it exactly, in order', () => {
    const text = 'Mr. Lavrov arrived. The U.S. side waited? Yes! Done';
    const ranges = sentenceRanges(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Mr. Lavrov arrived. ', 'The U.S. side waited? ', 'Yes! ', 'Done']);
  });
});
