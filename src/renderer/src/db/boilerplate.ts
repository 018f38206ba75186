import { describe } from '@shared/anchoring/describe';
import { insertBlock } from '@shared/ingest/block-positions';
import type { ArticleTextRecord, HighlightRecord, Id } from '@shared/model';
import type { ParallaxDB } from './schema';

export interface RestoreUndo {
  /** Puts the article back as it was before the restore. */
  undo: () => Promise<void>;
}

/**
 * Moves a block of page furniture back into the article's text, where it stood. Every
 * highlight after the insertion point moves by exactly the inserted length (no guessing), and
 * its selectors are described anew, so nothing annotated loses its words.
 */
export async function restoreBoilerplate(db: ParallaxDB, articleId: Id, blockIndex: number): Promise<RestoreUndo> {
  return db.transaction('rw', db.articleTexts, db.articles, db.highlights, async () => {
    const before = await db.articleTexts.get(articleId);
    const block = before?.boilerplate[blockIndex];
    if (!before || !block) throw new Error('That block is no longer in this article’s page furniture.');
    const highlightsBefore = await db.highlights.where('articleId').equals(articleId).toArray();
    const position = Math.min(block.at ?? before.text.length, before.text.length);
    const { text, insertedLength } = insertBlock(before.text, block);

    const shift = (offset: number) => (offset >= position ? offset + insertedLength : offset);
    const shifted = before.boilerplate.flatMap((other, index) => {
      if (index === blockIndex) return [];
      const at = other.at;
      if (at === undefined) return [other];
      const after = at > position || (at === position && index > blockIndex);
      return [{ ...other, at: after ? at + insertedLength : at }];
    });
    const moved: HighlightRecord[] = highlightsBefore.map((highlight) => {
      const start = shift(highlight.start);
      const end = shift(highlight.end);
      return { ...highlight, start, end, selectors: describe(text, start, end), updatedAt: Date.now() };
    });

    const after: ArticleTextRecord = { id: articleId, text, boilerplate: shifted };
    await db.articleTexts.put(after);
    await db.articles.update(articleId, { length: text.length });
    await db.highlights.bulkPut(moved);

    return {
      undo: async () => {
        await db.transaction('rw', db.articleTexts, db.articles, db.highlights, async () => {
          await db.articleTexts.put(before);
          await db.articles.update(articleId, { length: before.text.length });
          await db.highlights.bulkPut(highlightsBefore);
        });
      },
    };
  });
}
