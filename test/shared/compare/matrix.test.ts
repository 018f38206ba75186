import { describe, expect, it } from 'vitest';
import { type Comparison, codeMatrix, compareArticles, coverageMatrix } from '../../../src/shared/compare';

const ref = (articleId: string, text: string, start = 0) => ({ articleId, start, end: start + text.length, text });

describe('coverageMatrix', () => {
  const comparison: Comparison = {
    articles: [
      { id: 'a', title: 'A' },
      { id: 'b', title: 'B' },
      { id: 'c', title: null },
    ],
    groups: [
      { id: 'g-two', kind: 'passage', speaker: null, members: [ref('a', 'Two outlets carry this one', 50), ref('b', 'Two carry it')], similarity: 0.7, match: 'reworded', articleCount: 2 },
      { id: 'g-all', kind: 'quote', speaker: 'Ada Lovelace', members: [ref('a', 'everyone quotes this line of hers today at length', 10), ref('b', 'everyone quotes this'), ref('c', 'everyone quotes this')], similarity: 1, match: 'partial', articleCount: 3 },
      { id: 'g-bc', kind: 'passage', speaker: null, members: [ref('b', 'B and C only', 90), ref('c', 'B and C only')], similarity: 1, match: 'exact', articleCount: 2 },
    ],
    unique: [ref('c', 'Only C says this thing', 5), ref('a', 'Only A says this', 300)],
    uniqueShown: 2,
    entities: [],
  };

  it('puts what every article carries first and what one article alone carries last', () => {
    const rows = coverageMatrix(comparison);
    expect(rows.map((r) => r.groupId)).toEqual(['g-all', 'g-two', 'g-bc', 'unique:a:300-316', 'unique:c:5-27']);
    expect(rows.map((r) => r.count)).toEqual([3, 2, 2, 1, 1]);
  });

  it('has one cell per article in comparison order, filled where the article carries the row', () => {
    const rows = coverageMatrix(comparison);
    expect(rows[0]!.cells).toEqual([true, true, true]);
    expect(rows[2]!.cells).toEqual([false, true, true]);
    expect(rows[4]!.cells).toEqual([false, false, true]);
  });

  it('labels rows with their first words, and quotes with their speaker', () => {
    const rows = coverageMatrix(comparison);
    expect(rows[0]!.label).toBe('Ada Lovelace: “everyone quotes this line of hers today at…”');
    expect(rows[1]!.label).toBe('Two outlets carry this one');
    expect(rows[3]!.label).toBe('Only A says this');
  });

  it('covers every group and unique passage of a real comparison exactly once', () => {
    const c = compareArticles([
      { id: 'x', text: 'The council approved the new budget of 4.2 million euros on Monday after a long debate. The mayor was absent.' },
      { id: 'y', text: 'On Monday the council approved a new budget of 4.2 million euros after a long debate. Protesters gathered outside the hall all afternoon.' },
    ]);
    const rows = coverageMatrix(c);
    expect(rows).toHaveLength(c.groups.length + c.unique.length);
    expect(rows[0]!.cells).toEqual([true, true]);
    expect(rows.at(-1)!.count).toBe(1);
  });
});

describe('codeMatrix', () => {
  it('counts highlights per tag per article, in the given orders, ignoring unknown articles and tags', () => {
    const rows = codeMatrix(
      [{ id: 'a' }, { id: 'b' }],
      [
        { id: 't1', name: 'Conflict' },
        { id: 't2', name: 'Cooperation' },
        { id: 't3', name: 'Unused' },
      ],
      [
        { articleId: 'a', tagIds: ['t1'] },
        { articleId: 'a', tagIds: ['t1', 't2'] },
        { articleId: 'b', tagIds: ['t2', 't2'] },
        { articleId: 'b', tagIds: ['nope'] },
        { articleId: 'zzz', tagIds: ['t1'] },
        { articleId: 'b', tagIds: [] },
      ],
    );
    expect(rows).toEqual([
      { tagId: 't1', label: 'Conflict', counts: [2, 0] },
      { tagId: 't2', label: 'Cooperation', counts: [1, 1] },
      { tagId: 't3', label: 'Unused', counts: [0, 0] },
    ]);
  });
});
