import type { Id } from '@shared/model';
import type { ParallaxDB } from './schema';

export interface RestoreUndo {
  /** Sets the block apart again, as it was before. */
  undo: () => Promise<void>;
}

/**
 * "Put back in the text": the reader shows a block of page furniture in place again, and
 * nothing stored moves.
 *
 * Why the text itself is not changed: every stored span (highlights, the citations notes make,
 * the selectors of both) and the article's fingerprint (the hash of its text, by which members
 * of a project share it) index into the text as imported. Inserting the block would shift every
 * offset after it, and anything that was not moved with it (a citation in a note, a copy in a
 * backup or in another member's corpus) would open at the wrong words; the fingerprint would no
 * longer be the text's. So the block stays out of the text and is only marked `restored`: the
 * reader draws it where it stood, between paragraphs, apart from the text's offsets (it cannot
 * be highlighted or cited, and search, exports and word counts read the text as imported).
 * Offsets survive by construction, and undoing is clearing the mark.
 */
export async function restoreBoilerplate(db: ParallaxDB, articleId: Id, blockIndex: number): Promise<RestoreUndo> {
  await markBlock(db, articleId, blockIndex, true);
  return { undo: () => markBlock(db, articleId, blockIndex, false) };
}

/** Sets a block that was put back in the text apart again. */
export async function setBoilerplateApart(db: ParallaxDB, articleId: Id, blockIndex: number): Promise<RestoreUndo> {
  await markBlock(db, articleId, blockIndex, false);
  return { undo: () => markBlock(db, articleId, blockIndex, true) };
}

async function markBlock(db: ParallaxDB, articleId: Id, blockIndex: number, restored: boolean): Promise<void> {
  await db.transaction('rw', db.articleTexts, async () => {
    const record = await db.articleTexts.get(articleId);
    const block = record?.boilerplate[blockIndex];
    if (!record || !block) throw new Error('That block is no longer in this article’s page furniture.');
    const { restored: _was, ...rest } = block;
    const boilerplate = record.boilerplate.map((other, index) => (index === blockIndex ? (restored ? { ...rest, restored: true as const } : rest) : other));
    await db.articleTexts.put({ ...record, boilerplate });
  });
}
