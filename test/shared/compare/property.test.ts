import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Comparison, compareArticles, coverageMatrix } from '../../../src/shared/compare';

const WORDS = ['Lavrov', 'Blinken', 'said', 'he', 'the', 'U.S.', 'Mr.', 'we’ll', 'respond', 'Sergey', 'Sergei', 'in', 'Reykjavik', 'according', 'to', '2021', 'é', 'Ж', '🙂'];
const PUNCT = ['.', ',', '"', '“', '”', '«', '»', '„', ':', '?', '!', ' ', ' ', ' ', '\n', '\n\n', '-', '—', '\u00a0'];

/** Texts made of news-like words, quote marks and punctuation, or of arbitrary characters. */
const newsText = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCT)), { maxLength: 120 }).map((parts) => parts.join(''));
const anyText = fc.oneof(newsText, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 80 }));

function checkOffsets(inputs: { id: string; text: string }[], c: Comparison) {
  const text = (id: string) => inputs.find((a) => a.id === id)!.text;
  const refs = [...c.groups.flatMap((g) => g.members), ...c.unique, ...c.entities.flatMap((e) => e.mentions)];
  for (const r of refs) {
    expect(r.start).toBeGreaterThanOrEqual(0);
    expect(r.end).toBeGreaterThan(r.start);
    expect(text(r.articleId).slice(r.start, r.end)).toBe(r.text);
  }
  for (const g of c.groups) {
    expect(new Set(g.members.map((m) => m.articleId)).size).toBeGreaterThanOrEqual(2);
    expect(g.similarity).toBeGreaterThanOrEqual(0);
    expect(g.similarity).toBeLessThanOrEqual(1);
  }
}

describe('compareArticles on random texts', () => {
  it('never throws, and every offset slices to its text', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 0, maxLength: 5 }), (texts) => {
        const inputs = texts.map((text, i) => ({ id: `a${i}`, text }));
        const c = compareArticles(inputs);
        checkOffsets(inputs, c);
        expect(c.articles.map((a) => a.id)).toEqual(inputs.map((a) => a.id));
        expect(coverageMatrix(c).every((row) => row.cells.length === inputs.length)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps offsets right when articles share sentences with edits around them', () => {
    fc.assert(
      fc.property(newsText, newsText, newsText, (shared, x, y) => {
        const base = `"We are ready to discuss all issues without exception," Lavrov said. ${shared}`;
        const inputs = [
          { id: 'x', text: `${x}\n${base}` },
          { id: 'y', text: `${base.replace('all issues', 'all the issues')} ${y}` },
        ];
        checkOffsets(inputs, compareArticles(inputs));
      }),
      { numRuns: 100 },
    );
  });
});
