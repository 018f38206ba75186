import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/shared/compare';
import { loadLabelled, scoreStory } from './labelled';

describe('precision and recall on the labelled stories (test/fixtures/compare/labelled)', () => {
  const stories = loadLabelled();
  const scores = stories.map((s) => scoreStory(s, compareArticles(s.articles)));

  it('has several stories on other topics, each with links to find and pairs not to link', () => {
    expect(stories.length).toBeGreaterThanOrEqual(5);
    for (const s of stories) expect(s.mustNotLink.length, s.name).toBeGreaterThan(0);
    expect(scores.reduce((n, s) => n + s.expected, 0)).toBeGreaterThanOrEqual(50);
  });

  it('links with precision >= 0.95 and recall >= 0.8', () => {
    const tp = scores.reduce((n, s) => n + s.truePositives, 0);
    const predicted = scores.reduce((n, s) => n + s.predicted, 0);
    const expected = scores.reduce((n, s) => n + s.expected, 0);
    const found = scores.reduce((n, s) => n + s.found, 0);
    const paraphraseExpected = scores.reduce((n, s) => n + s.paraphraseExpected, 0);
    const paraphraseFound = scores.reduce((n, s) => n + s.paraphraseFound, 0);
    const precision = predicted ? tp / predicted : 1;
    const recall = found / expected;
    for (const s of scores) {
      console.log(`${s.name}: ${s.truePositives}/${s.predicted} predicted pairs correct, ${s.found}/${s.expected} required pairs found, ${s.paraphraseFound}/${s.paraphraseExpected} paraphrases`);
      for (const fp of s.falsePositives) console.log(`  false positive: ${fp}`);
    }
    console.log(
      `labelled set: precision ${precision.toFixed(3)} (${tp}/${predicted}), recall ${recall.toFixed(3)} (${found}/${expected}); ` +
        `paraphrase recall ${(paraphraseFound / paraphraseExpected).toFixed(3)} (${paraphraseFound}/${paraphraseExpected}, not required)`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });

  it('links none of the pairs labelled as unrelated', () => {
    for (const s of scores) expect(s.mustNotViolations, s.name).toEqual([]);
  });

  it('links nothing between two different fires', () => {
    const fires = stories.find((s) => s.name === 'two-fires')!;
    expect(compareArticles(fires.articles).groups).toEqual([]);
  });

  it('attributes the labelled quotes to their speakers', () => {
    for (const s of stories) {
      const groups = compareArticles(s.articles).groups.filter((g) => g.kind === 'quote');
      for (const link of s.links.filter((l) => l.kind === 'quote' && l.tier === 'required')) {
        const [articleId, snippet] = link.members[0]!;
        const g = groups.find((x) => x.members.some((m) => m.articleId === articleId && (m.text.includes(snippet) || snippet.includes(m.text))));
        expect(g?.speaker, `${s.name}: ${snippet}`).toBe(link.speaker);
      }
    }
  });
});
