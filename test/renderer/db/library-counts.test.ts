import { afterEach, describe, expect, it } from 'vitest';
import { describe as describeSpan } from '@shared/anchoring';
import type { SpanCitation } from '@shared/model';
import type { HighlightRecord } from '@shared/model';
import { deleteHighlight, putHighlightRecord } from '../../../src/renderer/src/db/highlights';
import { libraryCounts } from '../../../src/renderer/src/db/library-counts';
import { createNote, listNotesForArticle } from '../../../src/renderer/src/db/notes';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { addCitation } from '../../../src/renderer/src/db/citations';
import { noteContentWithCitation } from '../../../src/renderer/src/editor/summary';
import { freshDb } from './test-db';

const TEXT = 'Blinken and Lavrov met in Reykjavik on Wednesday. Both called the talks constructive.';

function citation(articleId: string, quote: string): SpanCitation {
  const start = TEXT.indexOf(quote);
  const end = start + quote.length;
  return { articleId, start, end, selectors: describeSpan(TEXT, start, end), quote, sourceLabel: articleId, highlightId: null };
}

let highlights = 0;
async function storeHighlight(db: ParallaxDB, articleId: string, quote: string): Promise<HighlightRecord> {
  const start = TEXT.indexOf(quote);
  const end = start + quote.length;
  highlights += 1;
  const record: HighlightRecord = {
    id: `h${highlights}`, articleId, start, end, selectors: describeSpan(TEXT, start, end), tagIds: [], anchorStatus: 'anchored', createdAt: 1, updatedAt: 1,
  };
  await putHighlightRecord(db, record);
  return record;
}

describe('the library’s highlight and note counts', () => {
  let db: ParallaxDB;
  afterEach(async () => {
    await db?.delete();
  });

  it('counts each article’s highlights, and forgets a deleted one', async () => {
    db = freshDb();
    await storeHighlight(db, 'a', 'Blinken');
    const second = await storeHighlight(db, 'a', 'Lavrov');
    await storeHighlight(db, 'b', 'Reykjavik');
    expect(await libraryCounts(db)).toEqual(
      new Map([
        ['a', { highlights: 2, notes: 0 }],
        ['b', { highlights: 1, notes: 0 }],
      ]),
    );
    await deleteHighlight(db, second.id);
    expect((await libraryCounts(db)).get('a')).toEqual({ highlights: 1, notes: 0 });
  });

  it('counts a note once per article it is about: on the article, on one of its highlights, or citing it', async () => {
    db = freshDb();
    const onA = await storeHighlight(db, 'a', 'Blinken');
    // On article a, on a's highlight and citing a: one note about a.
    await createNote(db, { articleId: 'a', highlightId: onA.id, content: noteContentWithCitation((await addCitation(db, citation('a', 'Lavrov'))).id) });
    // Citing b from a standalone note; and a note on a's highlight alone (no articleId given).
    await createNote(db, { content: noteContentWithCitation((await addCitation(db, citation('b', 'Both called the talks constructive.'))).id) });
    await createNote(db, { highlightId: onA.id });
    // A note about nothing counts nowhere.
    await createNote(db, {});
    const counts = await libraryCounts(db);
    expect(counts.get('a')).toEqual({ highlights: 1, notes: 2 });
    expect(counts.get('b')).toEqual({ highlights: 0, notes: 1 });
    expect(counts.size).toBe(2);
    // The same notes the article's Notes list shows.
    expect((await listNotesForArticle(db, 'a')).length).toBe(2);
    expect((await listNotesForArticle(db, 'b')).length).toBe(1);
  });
});
