/**
 * The held-out half of test/fixtures/compare-labelled against the targets (its failures
 * are never read to write a rule; `npm run eval:compare` prints the figures of both halves).
 */
import { describe, expect, it } from 'vitest';
import { bcubed, emptyFigures, loadCorpus, loadStories, ratio, scoreComparison } from '../../../scripts/lib/compare-labelled';
import { compareArticles } from '../../../src/shared/compare';
import { groupStories } from '../../../src/shared/compare/stories';

describe('Compare on the held-out labelled stories written with the rules (the first held-out set)', () => {
  const f = emptyFigures();
  const stories = loadStories('heldout').filter((s) => !s.blind);
  for (const s of stories) scoreComparison(s, compareArticles(s.articles), f);

  it('holds several multi-outlet stories with hand-marked quotes, people and unique facts', () => {
    expect(stories.length).toBeGreaterThanOrEqual(3);
    for (const s of stories) expect(s.articles.length).toBeGreaterThanOrEqual(3);
    expect(f.quoteRecall.of).toBeGreaterThanOrEqual(20);
  });

  it('finds >= 90% of the shared quotes with >= 95% precision', () => {
    expect(ratio(f.quoteRecall)).toBeGreaterThanOrEqual(0.9);
    expect(ratio(f.quotePrecision)).toBeGreaterThanOrEqual(0.95);
  });

  it('names the right speaker for >= 90% of quotes whose speaker the text names, and none where it does not', () => {
    expect(ratio(f.speakerNamed)).toBeGreaterThanOrEqual(0.9);
    expect(f.speakerNone.of).toBeGreaterThan(0);
    expect(ratio(f.speakerNone)).toBe(1);
  });

  it('groups >= 90% of name variants, merges no different people, lists no case-only variant or fragment', () => {
    expect(ratio(f.variantsGrouped)).toBeGreaterThanOrEqual(0.9);
    expect(ratio(f.differentApart)).toBe(1);
    expect(f.badVariants).toEqual([]);
  });

  it('shows unique passages for fewer than a quarter of the sentences', () => {
    expect(f.uniqueSentences / f.sentences).toBeLessThan(0.25);
  });
});

/**
 * The blind held-out stories (written by a session that never read the code) do not meet every
 * target yet; these are their figures when they were added (2026-12-04), so that no later change
 * makes them worse unnoticed. Raising a floor needs a rule that is general, never one read off
 * these stories' misses.
 */
describe('Compare on the blind held-out labelled stories', () => {
  const f = emptyFigures();
  const stories = loadStories('heldout').filter((s) => s.blind);
  for (const s of stories) scoreComparison(s, compareArticles(s.articles), f);

  it('holds at least three blind stories of four or more outlets', () => {
    expect(stories.length).toBeGreaterThanOrEqual(3);
    for (const s of stories) expect(s.articles.length).toBeGreaterThanOrEqual(4);
  });

  it('finds >= 90% of their shared quotes (target met)', () => {
    expect(ratio(f.quoteRecall)).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps quote precision, speakers and name variants at or above their first figures (targets not met yet)', () => {
    expect(ratio(f.quotePrecision)).toBeGreaterThanOrEqual(30 / 44);
    expect(ratio(f.speakerNamed)).toBeGreaterThanOrEqual(31 / 35);
    expect(ratio(f.speakerNone)).toBeGreaterThanOrEqual(6 / 8);
    expect(ratio(f.variantsGrouped)).toBeGreaterThanOrEqual(9 / 14);
  });

  it('merges no different people and lists no case-only variant or fragment (target met)', () => {
    expect(ratio(f.differentApart)).toBe(1);
    expect(f.badVariants).toEqual([]);
  });

  it('shows unique passages for fewer than a quarter of the sentences (target met)', () => {
    expect(f.uniqueSentences / f.sentences).toBeLessThan(0.25);
  });
});

describe('Group into stories on the held-out mixed corpus', () => {
  it('has B-cubed F1 >= 0.9 on at least 20 stories', () => {
    const corpus = loadCorpus('heldout');
    expect(new Set(corpus.map((a) => a.story)).size).toBeGreaterThanOrEqual(20);
    const grouped = groupStories(corpus.map((a) => ({ id: a.id, title: a.title, text: a.text, published: a.published, outlet: a.outlet })));
    expect(grouped.stories.flatMap((s) => s.articles).sort()).toEqual(corpus.map((a) => a.id).sort());
    expect(bcubed(grouped.stories.map((s) => s.articles), new Map(corpus.map((a) => [a.id, a.story]))).f1).toBeGreaterThanOrEqual(0.9);
  });
});
