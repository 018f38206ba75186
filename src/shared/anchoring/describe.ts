import { snapForward, snapBackward, splitsSurrogatePair } from './surrogates';
import type { SpanSelectors } from './types';

/** How many UTF-16 code units of context we keep on each side of a quote (as Hypothesis does). */
export const CONTEXT_LENGTH = 32;

/**
 * Describe the span `[start, end)` of `text` (the normalised article text) by position and by
 * quote, so that `anchor` can find it again after the text changes.
 *
 * The prefix and suffix hold up to `CONTEXT_LENGTH` code units; where that limit would cut an
 * emoji (or any astral character) in half, the context is narrowed by one code unit so it stays
 * well-formed.
 *
 * @throws RangeError when the offsets are not integers with `0 <= start < end <= text.length`, or
 *   when either falls inside a surrogate pair. Callers produce these offsets themselves, so a bad
 *   one is a bug to fix, not input to recover from.
 */
export function describe(text: string, start: number, end: number): SpanSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`describe: span offsets must be integers, got start=${start} end=${end}.`);
  }
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(
      `describe: need 0 <= start < end <= text.length (${text.length}), got start=${start} end=${end}.`,
    );
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new RangeError(
      `describe: span [${start}, ${end}) starts or ends inside a surrogate pair; offsets must fall on code point boundaries.`,
    );
  }

  const prefixStart = snapForward(text, Math.max(0, start - CONTEXT_LENGTH));
  const suffixEnd = snapBackward(text, Math.min(text.length, end + CONTEXT_LENGTH));

  return {
    position: { type: 'TextPositionSelector', start, end },
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
  };
}
