import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { describe as describeSpan } from '@shared/anchoring/describe';
import type { CitationRecord, HighlightRecord } from '@shared/model';
import { addTag, deleteTag, readTags } from '@shared/sync/codebook-tree';
import { checkCitationEntry, checkHighlightEntry } from '@shared/sync/entries';
import { citationToEntry, entryToCitation, entryToHighlight, highlightToEntry, tagsToRecords } from '@shared/sync/mapping';

const TEXT = 'The minister met his counterpart in Reykjavik on Wednesday.';
const FP = 'f'.repeat(64);

describe('mapping local records to shared entries', () => {
  it('round-trips a note’s citation by fingerprint, onto this device’s article id, and the entry passes the server’s validation', () => {
    const row: CitationRecord = {
      id: 'c1', articleId: 'local-article', start: 4, end: 12, selectors: describeSpan(TEXT, 4, 12), quote: TEXT.slice(4, 12),
      sourceLabel: 'Reuters, 19 May 2021', highlightId: 'h1', orphan: true,
    };
    const entry = citationToEntry(row, FP);
    expect(entry.article).toBe(FP);
    expect(checkCitationEntry('c1', entry)).toBeNull();
    expect(entryToCitation('c1', entry, 'their-article')).toEqual({ ...row, articleId: 'their-article', fingerprint: FP });
    // Before the article has arrived, the row names it by fingerprint (the note finds it later).
    expect(entryToCitation('c1', entry, undefined).articleId).toBe(FP);
  });

  it('round-trips a highlight, and the entry passes the server’s validation', () => {
    const record: HighlightRecord = {
      id: 'h1', articleId: 'local-article', start: 4, end: 12, selectors: describeSpan(TEXT, 4, 12), tagIds: ['t1', 't2'],
      anchorStatus: 'anchored', createdAt: 1_764_000_000_000, updatedAt: 1_764_000_000_500,
    };
    const entry = highlightToEntry(record, FP);
    expect(entry.article).toBe(FP);
    expect(entry.exact).toBe('minister');
    expect(checkHighlightEntry('h1', entry)).toBeNull();
    expect(entryToHighlight(entry, 'local-article')).toEqual(record);
  });

  it('turns the shared codebook into tag records without tombstones, children lifted to a live ancestor', () => {
    const doc = new Y.Doc();
    addTag(doc, 'a', { name: 'Actors', color: '#3f86ee', description: '', parentId: null, order: 0 }, 'm1', 1_764_000_000_000);
    addTag(doc, 'b', { name: 'Officials', color: '#3f86ee', description: '', parentId: 'a', order: 1 }, 'm1', 1_764_000_000_000);
    addTag(doc, 'c', { name: 'Ministers', color: '#e2504a', description: 'Foreign ministers', parentId: 'b', order: 2 }, 'm1', 1_764_000_000_000);
    deleteTag(doc, 'b', 1_764_000_100_000);
    const records = tagsToRecords(readTags(doc));
    expect(records.map((tag) => [tag.id, tag.parentId, tag.order])).toEqual([
      ['a', null, 0],
      ['c', 'a', 2],
    ]);
    expect(records[1]).toMatchObject({ name: 'Ministers', color: '#e2504a', description: 'Foreign ministers' });
  });
});
