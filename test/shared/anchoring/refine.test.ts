import approxSearch from 'approx-string-match';
import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { contextSimilarity } from '@shared/anchoring/anchor';
import { bestAlignmentErrors, levenshtein } from '@shared/anchoring/refine';

// Few distinct characters, so that patterns and texts share a lot and alignments are not trivial.
const small = fc.constantFrom(...'abc é.', '😀');
const string = (maxLength: number) => fc.array(small, { minLength: 1, maxLength }).map((cs) => cs.join(''));

group('bestAlignmentErrors', () => {
  it('counts the errors of the best alignment exactly as approx-string-match does, for short and long patterns', () => {
    fc.assert(
      fc.property(string(40), string(60), (pattern, text) => {
        expect(bestAlignmentErrors(pattern, text)).toBe(approxSearch(text, pattern, pattern.length)[0]?.errors);
      }),
      { numRuns: 2000 },
    );
  });

  it('is zero for a pattern inside the text and the edit distance for a whole-text alignment', () => {
    expect(bestAlignmentErrors('said he', 'Lavrov said he hoped')).toBe(0);
    expect(bestAlignmentErrors('Lavrov', 'Lavorv')).toBe(levenshtein('Lavrov', 'Lavorv'));
    expect(bestAlignmentErrors('a'.repeat(33), 'b'.repeat(5))).toBe(33);
  });

  it('leaves no trace between calls (its shared table is cleared)', () => {
    expect(bestAlignmentErrors('abc', 'xxabcxx')).toBe(0);
    expect(bestAlignmentErrors('xyz', 'aaaaaaa')).toBe(3);
    expect(contextSimilarity('abc', 'abd')).toBeCloseTo(2 / 3);
  });
});
