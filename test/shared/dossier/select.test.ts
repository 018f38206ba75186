import { beforeAll, describe, expect, it } from 'vitest';
import { type DossierInput, latestVersions, type ScopeRecords, selectForDossier } from '@shared/dossier';
import type { ArticleRecord } from '@shared/model';
import { fixtureCorpus, tag } from './fixture';

let input: DossierInput;
let records: ScopeRecords;
beforeAll(async () => {
  input = await fixtureCorpus();
  records = { articles: input.articles.map((a) => a.record), tags: input.tags, highlights: input.highlights, notes: input.notes };
});

describe('choosing what a dossier holds', () => {
  it('takes the newest version of every article for the whole corpus, with every note', () => {
    const older: ArticleRecord = { ...records.articles[0]!, id: 'art-0', fingerprint: 'f-old' };
    const newer: ArticleRecord = { ...records.articles[0]!, previousVersionId: 'art-0' };
    const withVersions = { ...records, articles: [older, newer, ...records.articles.slice(1)] };
    const selection = selectForDossier({ kind: 'corpus' }, withVersions);
    expect(selection.articles.map((a) => a.id).sort()).toEqual(['art-1', 'art-2', 'art-3']);
    expect(latestVersions(withVersions.articles).some((a) => a.id === 'art-0')).toBe(false);
    expect(selection.notes).toHaveLength(records.notes.length);
  });

  it('orders articles by date, undated last, then by title', () => {
    const dated = (id: string, published: string | null, title: string): ArticleRecord => ({ ...records.articles[0]!, id, published, title, edits: {} });
    const selection = selectForDossier({ kind: 'corpus' }, { ...records, articles: [dated('c', null, 'A'), dated('b', '2021-05-20', 'B'), dated('a', '2021-05-19', 'Z'), dated('d', '2021-05-19', 'Y')] });
    expect(selection.articles.map((a) => a.id)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('keeps only the chosen articles, their highlights, and the notes on or citing them', () => {
    const selection = selectForDossier({ kind: 'articles', ids: ['art-3', 'missing'] }, records);
    expect(selection.articles.map((a) => a.id)).toEqual(['art-3']);
    expect(selection.highlights.every((h) => h.articleId === 'art-3')).toBe(true);
    expect(selection.highlights.length).toBeGreaterThan(0);
    // n-1 cites art-3; n-2 is about art-1 only.
    expect(selection.notes.map((n) => n.id)).toEqual(['n-1']);
  });

  it('takes one tag with its children: their passages (other codes dropped), the articles they come from', () => {
    const selection = selectForDossier({ kind: 'tag', tagId: 't-frame' }, records);
    const inScope = new Set(['t-frame', 't-conflict', 't-coop']);
    expect(selection.highlights.length).toBeGreaterThan(0);
    expect(selection.highlights.every((h) => h.tagIds.length > 0 && h.tagIds.every((t) => inScope.has(t)))).toBe(true);
    // h-03 is coded Cooperation and Actors: it stays, as Cooperation only.
    expect(selection.highlights.find((h) => h.id === 'h-03')?.tagIds).toEqual(['t-coop']);
    expect(selection.highlights.some((h) => h.id === 'h-02')).toBe(false);
    expect(new Set(selection.articles.map((a) => a.id))).toEqual(new Set(selection.highlights.map((h) => h.articleId)));
    // The whole codebook stays, so that paths like “Framing › Conflict” can be written.
    expect(selection.tags).toHaveLength(records.tags.length);
  });

  it('gives an empty dossier for a tag nothing is coded with', () => {
    const selection = selectForDossier({ kind: 'tag', tagId: 't-unused' }, { ...records, tags: [...records.tags, tag('t-child', 'Child', 't-unused', 0)] });
    expect(selection.articles).toEqual([]);
    expect(selection.highlights).toEqual([]);
    expect(selection.notes).toEqual([]);
  });
});
