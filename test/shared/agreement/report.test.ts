import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { spansFromCoderDocs } from '@shared/agreement/from-sync';
import { addTag, deleteTag, readTags } from '@shared/sync/codebook-tree';
import { computeAgreement } from '@shared/agreement/report';
import type { CodedSpan } from '@shared/agreement/segments';

const TEXT = 'The minister met his counterpart in Reykjavik on Wednesday.';
//            0         1         2         3         4         5
//            0123456789012345678901234567890123456789012345678901234567890
const span = (coder: string, start: number, end: number, ...tagIds: string[]): CodedSpan => ({ coder, article: 'a1', start, end, tagIds });

describe('agreement on hand-made span layouts', () => {
  it('is perfect when two coders code the same words with the same tag, and ignores text nobody coded', () => {
    const report = computeAgreement({
      coders: ['ann', 'ben'],
      articles: [{ id: 'a1', text: TEXT }],
      spans: [span('ann', 4, 12, 'actor'), span('ben', 4, 12, 'actor')],
      unit: 'character',
    });
    expect(report.overall.pairableUnits).toBe(8);
    expect(report.overall.percent).toBe(1);
    // One value only (both coders coded all 8 characters "actor"): kappa and alpha are undefined, not inflated to 1 by uncoded text.
    expect(report.overall.alpha).toBeNull();
    expect(report.disagreements).toEqual([]);
  });

  it('counts overlapping spans by characters: 8 agreed, 4 coded by one coder only', () => {
    // ann codes "minister met" (4..16), ben codes "minister" (4..12).
    const report = computeAgreement({
      coders: ['ann', 'ben'],
      articles: [{ id: 'a1', text: TEXT }],
      spans: [span('ann', 4, 16, 'actor'), span('ben', 4, 12, 'actor')],
      unit: 'character',
    });
    expect(report.overall.pairableUnits).toBe(12);
    expect(report.overall.percent).toBeCloseTo(8 / 12, 12);
    // p_o = 8/12; ann: 12 x actor; ben: 8 x actor, 4 x none; p_e = (12/12)(8/12) = 2/3, so kappa = 0.
    expect(report.overall.kappa).toBeCloseTo(0, 12);
    expect(report.disagreements).toEqual([{ article: 'a1', start: 12, end: 16, units: 4, tagsByCoder: [['actor'], []] }]);
  });

  it('counts the same layout by words: a highlight covers every word it touches', () => {
    // "minister met" = 2 words for ann; ben's 4..10 ("minist") still covers the word "minister".
    const report = computeAgreement({
      coders: ['ann', 'ben'],
      articles: [{ id: 'a1', text: TEXT }],
      spans: [span('ann', 4, 16, 'actor'), span('ben', 4, 10, 'actor')],
      unit: 'word',
    });
    expect(report.overall.pairableUnits).toBe(2);
    expect(report.overall.percent).toBeCloseTo(1 / 2, 12);
    expect(report.disagreements).toEqual([{ article: 'a1', start: 13, end: 16, units: 1, tagsByCoder: [['actor'], []] }]);
  });

  it('reports per tag (one against the rest) and per article, and a different tag on the same words as a disagreement', () => {
    const report = computeAgreement({
      coders: ['ann', 'ben'],
      articles: [
        { id: 'a1', text: TEXT },
        { id: 'a2', text: 'Lavrov spoke first.' },
      ],
      spans: [
        span('ann', 36, 45, 'place'),
        span('ben', 36, 45, 'place'),
        span('ann', 4, 12, 'actor'),
        span('ben', 4, 12, 'place'),
        { coder: 'ann', article: 'a2', start: 0, end: 6, tagIds: ['actor'] },
        { coder: 'ben', article: 'a2', start: 0, end: 6, tagIds: ['actor'] },
      ],
      unit: 'word',
    });
    // Units: "Reykjavik" (place/place), "minister" (actor/place), "Lavrov" (actor/actor).
    expect(report.overall.pairableUnits).toBe(3);
    expect(report.overall.percent).toBeCloseTo(2 / 3, 12);
    expect(report.byArticle.get('a1')!.percent).toBeCloseTo(1 / 2, 12);
    expect(report.byArticle.get('a2')!.percent).toBe(1);
    // "place": ann 1,0,0 and ben 1,1,0 over the three units.
    expect(report.byTag.get('place')!.percent).toBeCloseTo(2 / 3, 12);
    expect(report.byTag.get('actor')!.percent).toBeCloseTo(2 / 3, 12);
    expect(report.disagreements).toEqual([{ article: 'a1', start: 4, end: 12, units: 1, tagsByCoder: [['actor'], ['place']] }]);
  });

  it('treats a coder who did not code an article as missing there, not as disagreeing', () => {
    const report = computeAgreement({
      coders: ['ann', 'ben', 'cat'],
      articles: [{ id: 'a1', text: TEXT }],
      spans: [span('ann', 4, 12, 'actor'), span('ben', 4, 12, 'actor'), span('ann', 36, 45, 'place'), span('ben', 36, 45, 'place')],
      unit: 'word',
      codedBy: (coder) => coder !== 'cat',
    });
    expect(report.overall.percent).toBe(1);
    expect(report.overall.alpha).toBe(1);
    expect(report.overall.kappa).toBeNull();
    expect(report.disagreements).toEqual([]);
  });

  it('leaves highlights without a tag out: they are not coding', () => {
    const report = computeAgreement({
      coders: ['ann', 'ben'],
      articles: [{ id: 'a1', text: TEXT }],
      spans: [span('ann', 0, 20), span('ben', 4, 12, 'actor'), span('ann', 4, 12, 'actor')],
      unit: 'character',
    });
    expect(report.overall.pairableUnits).toBe(8);
    expect(report.overall.percent).toBe(1);
  });
});

describe('agreement from a shared project’s coder documents', () => {
  it('counts a tag merged into another as that tag', () => {
    const project = new Y.Doc();
    addTag(project, 'actor', { name: 'Actor', color: '#3f86ee', description: '', parentId: null, order: 0 }, 'ann', 1_764_000_000_000);
    addTag(project, 'person', { name: 'Person', color: '#3f86ee', description: '', parentId: null, order: 1 }, 'ben', 1_764_000_000_000);
    deleteTag(project, 'person', 1_764_000_100_000, 'actor');
    const coderDoc = (tagId: string) => {
      const doc = new Y.Doc();
      doc.getMap('highlights').set('h1', { id: 'h1', article: 'a1', start: 4, end: 12, exact: 'minister', prefix: '', suffix: '', tagIds: [tagId], createdAt: 1, updatedAt: 1 });
      return doc;
    };
    const spans = spansFromCoderDocs(new Map([['ann', coderDoc('actor')], ['ben', coderDoc('person')]]), readTags(project));
    const report = computeAgreement({ coders: ['ann', 'ben'], articles: [{ id: 'a1', text: TEXT }], spans, unit: 'word' });
    expect(report.overall.percent).toBe(1);
    expect(report.disagreements).toEqual([]);
  });
});
