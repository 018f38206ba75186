import { describe } from '@shared/anchoring/describe';
import type { HighlightRecord, Id, NoteRecord } from '@shared/model';
import { newId } from './ids';
import type { ParallaxDB } from './schema';

export interface NewHighlight {
  articleId: Id;
  start: number;
  end: number;
  tagIds: Id[];
}

/** A highlight on a span of an article: the offsets plus W3C selectors that can find the words again. */
export async function createHighlight(db: ParallaxDB, input: NewHighlight, now: number = Date.now()): Promise<HighlightRecord> {
  return db.transaction('rw', db.highlights, db.articleTexts, async () => {
    const text = await db.articleTexts.get(input.articleId);
    if (!text) throw new Error('This article is no longer in the corpus.');
    if (input.start < 0 || input.end > text.text.length || input.start >= input.end) {
      throw new Error('Select some of the article’s words to highlight them.');
    }
    const highlight: HighlightRecord = {
      id: newId(),
      articleId: input.articleId,
      start: input.start,
      end: input.end,
      selectors: describe(text.text, input.start, input.end),
      tagIds: [...new Set(input.tagIds)],
      anchorStatus: 'anchored',
      createdAt: now,
      updatedAt: now,
    };
    await db.highlights.add(highlight);
    return highlight;
  });
}

export function listHighlights(db: ParallaxDB, articleId: Id): Promise<HighlightRecord[]> {
  return db.highlights.where('articleId').equals(articleId).sortBy('start');
}

/** Sets a highlight's tags; answers the tags it had, for undo. */
export async function setHighlightTags(db: ParallaxDB, id: Id, tagIds: Id[]): Promise<Id[]> {
  return db.transaction('rw', db.highlights, async () => {
    const highlight = await db.highlights.get(id);
    if (!highlight) throw new Error('This highlight no longer exists.');
    await db.highlights.update(id, { tagIds: [...new Set(tagIds)], updatedAt: Date.now() });
    return highlight.tagIds;
  });
}

export interface DeletedHighlight {
  highlight: HighlightRecord;
  /** Notes that belonged to the highlight: they stay, on the article, and go back on undo. */
  detachedNotes: NoteRecord[];
}

/** Deletes a highlight; its notes are kept (moved to the article), so no writing is lost. */
export async function deleteHighlight(db: ParallaxDB, id: Id): Promise<DeletedHighlight> {
  return db.transaction('rw', db.highlights, db.notes, async () => {
    const highlight = await db.highlights.get(id);
    if (!highlight) throw new Error('This highlight no longer exists.');
    const detachedNotes = await db.notes.where('highlightId').equals(id).toArray();
    await db.notes.bulkPut(detachedNotes.map((note) => ({ ...note, highlightId: null, articleId: note.articleId ?? highlight.articleId })));
    await db.highlights.delete(id);
    return { highlight, detachedNotes };
  });
}

/** Undoes deleteHighlight exactly. */
export async function restoreHighlight(db: ParallaxDB, deleted: DeletedHighlight): Promise<void> {
  await db.transaction('rw', db.highlights, db.notes, async () => {
    await db.highlights.put(deleted.highlight);
    await db.notes.bulkPut(deleted.detachedNotes);
  });
}

/** Puts an orphaned (or any) highlight on new words; answers the record as it was, for undo. */
export async function reattachHighlight(db: ParallaxDB, id: Id, span: { start: number; end: number }): Promise<HighlightRecord> {
  return db.transaction('rw', db.highlights, db.articleTexts, async () => {
    const highlight = await db.highlights.get(id);
    if (!highlight) throw new Error('This highlight no longer exists.');
    const text = await db.articleTexts.get(highlight.articleId);
    if (!text || span.start < 0 || span.end > text.text.length || span.start >= span.end) {
      throw new Error('Select the words of this article the highlight belongs to.');
    }
    await db.highlights.put({
      ...highlight,
      start: span.start,
      end: span.end,
      selectors: describe(text.text, span.start, span.end),
      anchorStatus: 'anchored',
      updatedAt: Date.now(),
    });
    return highlight;
  });
}

/** Puts a highlight back exactly as it was recorded (redo of a creation, undo of a re-attach). */
export async function putHighlightRecord(db: ParallaxDB, highlight: HighlightRecord): Promise<void> {
  await db.highlights.put(highlight);
}

/** Takes a just-created highlight away again (undo of a creation: nothing can hang on it yet). */
export async function removeHighlightRecord(db: ParallaxDB, id: Id): Promise<void> {
  await db.highlights.delete(id);
}
