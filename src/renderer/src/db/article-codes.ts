/**
 * Coding whole articles with a tag (src/shared/codebook/whole-article.ts): each article gets the
 * tag on its whole-article highlight, made when it has none. One transaction for all of them,
 * and a record of what changed so that Undo and Redo put back exactly the same rows.
 */
import { describe } from '@shared/anchoring/describe';
import { isWholeArticle } from '@shared/codebook/whole-article';
import type { HighlightRecord, Id } from '@shared/model';
import { newId } from './ids';
import type { ParallaxDB } from './schema';

export interface ArticleCoding {
  /** Whole-article highlights made for articles that had none. */
  created: HighlightRecord[];
  /** Whole-article highlights that gained the tag, as they were and as they are. */
  retagged: { before: HighlightRecord; after: HighlightRecord }[];
  /** Articles that already carried the tag as a whole. */
  already: number;
}

/** Codes each article as a whole with the tag (this person's own coding, never another coder's). */
export async function codeWholeArticles(db: ParallaxDB, articleIds: readonly Id[], tagId: Id, now: number = Date.now()): Promise<ArticleCoding> {
  return db.transaction('rw', [db.highlights, db.articleTexts, db.tags], async () => {
    if (!(await db.tags.get(tagId))) throw new Error('That tag no longer exists; it may have been deleted.');
    const coding: ArticleCoding = { created: [], retagged: [], already: 0 };
    const ids = [...new Set(articleIds)];
    const texts = await db.articleTexts.bulkGet(ids);
    const own = (await db.highlights.where('articleId').anyOf(ids).toArray()).filter((h) => h.coderId === undefined);
    ids.forEach((articleId, i) => {
      const text = texts[i]?.text;
      if (!text) return;
      const whole = own.find((h) => h.articleId === articleId && isWholeArticle(h, text.length));
      if (whole?.tagIds.includes(tagId)) coding.already++;
      else if (whole) coding.retagged.push({ before: whole, after: { ...whole, tagIds: [...whole.tagIds, tagId], updatedAt: now } });
      else {
        coding.created.push({
          id: newId(), articleId, start: 0, end: text.length, selectors: describe(text, 0, text.length),
          tagIds: [tagId], anchorStatus: 'anchored', createdAt: now, updatedAt: now,
        });
      }
    });
    await db.highlights.bulkAdd(coding.created);
    await db.highlights.bulkPut(coding.retagged.map((r) => r.after));
    return coding;
  });
}

/** Takes the coding back (Undo): the highlights made go, the others get their tags back. */
export async function undoArticleCoding(db: ParallaxDB, coding: ArticleCoding): Promise<void> {
  await db.transaction('rw', db.highlights, async () => {
    await db.highlights.bulkDelete(coding.created.map((h) => h.id));
    await db.highlights.bulkPut(coding.retagged.map((r) => r.before));
  });
}

/** Makes the coding again (Redo) with the same rows. */
export async function redoArticleCoding(db: ParallaxDB, coding: ArticleCoding): Promise<void> {
  await db.transaction('rw', db.highlights, async () => {
    await db.highlights.bulkPut([...coding.created, ...coding.retagged.map((r) => r.after)]);
  });
}
