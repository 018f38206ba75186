import { describe, expect, it } from 'vitest';
import { ALL_SECTIONS, dossierHtml, type DossierInput } from '@shared/dossier';
import type { HighlightRecord } from '@shared/model';
import { fixtureCorpus, selectorsOf } from './fixture';

describe('a large dossier', () => {
  // Its time (target < 1 s) is a benchmark figure: npm run bench -- --only dossier.
  it('of 200 articles and 2,000 highlights builds as HTML with every highlight marked', async () => {
    const base = await fixtureCorpus();
    const articles = Array.from({ length: 200 }, (_, i) => {
      const a = base.articles[i % base.articles.length]!;
      return { record: { ...a.record, id: `big-${i}`, fingerprint: `f-${i}` }, text: a.text };
    });
    const highlights: HighlightRecord[] = [];
    for (let i = 0; i < 2000; i++) {
      const a = articles[i % 200]!;
      const start = (i * 37) % Math.max(1, a.text.length - 60);
      highlights.push({ id: `hl-${i}`, articleId: a.record.id, start, end: start + 40, selectors: selectorsOf(a.text, start, start + 40), tagIds: [base.tags[i % 4]!.id], anchorStatus: 'anchored', createdAt: i, updatedAt: i });
    }
    const input: DossierInput = { ...base, articles, highlights, notes: [], comparison: null };
    const html = dossierHtml(input, { sections: ALL_SECTIONS });
    expect(html.match(/<mark/g)!.length).toBeGreaterThan(2000);
  });
});
