import { describe as group, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describe } from '@shared/anchoring';

const isWellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

group('describe', () => {
  it('records the position and the quote with 32 code units of prefix and suffix', () => {
    const text = 'a'.repeat(50) + 'THE QUOTE' + 'b'.repeat(50);
    const selectors = describe(text, 50, 59);
    expect(selectors.position).toEqual({ type: 'TextPositionSelector', start: 50, end: 59 });
    expect(selectors.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'THE QUOTE',
      prefix: 'a'.repeat(CONTEXT_LENGTH),
      suffix: 'b'.repeat(CONTEXT_LENGTH),
    });
  });

  it('keeps whatever context there is at the edges of the text', () => {
    const selectors = describe('Hello world', 0, 5);
    expect(selectors.quote.prefix).toBe('');
    expect(selectors.quote.suffix).toBe(' world');
    expect(describe('Hello world', 6, 11).quote).toMatchObject({ prefix: 'Hello ', suffix: '' });
  });

  it('narrows the prefix rather than cut an emoji in half at its far edge', () => {
    // 31 units of "x" then the quote: the 32-unit window would start on the low half of 😀.
    const text = 'ab😀' + 'x'.repeat(31) + 'QUOTE';
    const start = text.indexOf('QUOTE');
    const { prefix } = describe(text, start, start + 5).quote;
    expect(isWellFormed(prefix)).toBe(true);
    expect(prefix).toBe('x'.repeat(31));
  });

  it('narrows the suffix rather than cut an emoji in half at its far edge', () => {
    const text = 'QUOTE' + 'y'.repeat(31) + '😀cd';
    const { suffix } = describe(text, 0, 5).quote;
    expect(isWellFormed(suffix)).toBe(true);
    expect(suffix).toBe('y'.repeat(31));
  });

  it('keeps an emoji whole when it fits inside the context window', () => {
    const text = 'x'.repeat(40) + '😀 QUOTE';
    const start = text.indexOf('QUOTE');
    expect(describe(text, start, start + 5).quote.prefix.endsWith('😀 ')).toBe(true);
  });

  it.each([
    ['start equal to end', 3, 3],
    ['start after end', 4, 2],
    ['a negative start', -1, 2],
    ['an end past the text', 0, 99],
    ['a fractional offset', 0.5, 2],
    ['NaN', Number.NaN, 2],
  ])('throws a RangeError for %s', (_label, start, end) => {
    expect(() => describe('Hello world', start, end)).toThrow(RangeError);
  });

  it('throws a RangeError naming the surrogate pair when a span would split an emoji', () => {
    expect(() => describe('a😀b', 2, 4)).toThrow(/surrogate pair/);
    expect(() => describe('a😀b', 0, 2)).toThrow(RangeError);
  });
});
