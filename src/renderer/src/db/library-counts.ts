import type { Id } from '@shared/model';
import type { ParallaxDB } from './schema';

/** What the library's count columns show for one article. */
export interface ArticleCounts {
  highlights: number;
  /** Notes about the article, as listNotesForArticle finds them: on it, on its highlights, or citing it; each note once. */
  notes: number;
}

/**
 * Highlights and notes per article, for the whole library at once. Reads index keys only (never
 * a highlight's selectors or a note's text), so it stays quick with many thousands of each.
 * Articles with neither are absent from the map.
 */
export async function libraryCounts(db: ParallaxDB): Promise<Map<Id, ArticleCounts>> {
  return db.transaction('r', db.highlights, db.notes, async () => {
    const [highlightArticles, highlightIds, noteArticles, noteIdsByArticle, noteHighlights, noteIdsByHighlight, cited, noteIdsByCited] =
      await Promise.all([
        db.highlights.orderBy('articleId').keys(),
        db.highlights.orderBy('articleId').primaryKeys(),
        db.notes.orderBy('articleId').keys(),
        db.notes.orderBy('articleId').primaryKeys(),
        db.notes.orderBy('highlightId').keys(),
        db.notes.orderBy('highlightId').primaryKeys(),
        db.notes.orderBy('citedArticleIds').keys(),
        db.notes.orderBy('citedArticleIds').primaryKeys(),
      ]);
    const counts = new Map<Id, ArticleCounts>();
    const entry = (articleId: Id): ArticleCounts => {
      let found = counts.get(articleId);
      if (!found) counts.set(articleId, (found = { highlights: 0, notes: 0 }));
      return found;
    };
    const articleOfHighlight = new Map<Id, Id>();
    highlightArticles.forEach((articleId, i) => {
      entry(articleId as Id).highlights += 1;
      articleOfHighlight.set(highlightIds[i] as Id, articleId as Id);
    });
    // One note can reach an article three ways (on it, on one of its highlights, citing it): count it once.
    const seen = new Set<string>();
    const noteAbout = (noteId: Id, articleId: Id | undefined) => {
      if (articleId === undefined) return;
      const pair = `${noteId}\u0000${articleId}`;
      if (seen.has(pair)) return;
      seen.add(pair);
      entry(articleId).notes += 1;
    };
    noteArticles.forEach((articleId, i) => noteAbout(noteIdsByArticle[i] as Id, articleId as Id));
    noteHighlights.forEach((highlightId, i) => noteAbout(noteIdsByHighlight[i] as Id, articleOfHighlight.get(highlightId as Id)));
    cited.forEach((articleId, i) => noteAbout(noteIdsByCited[i] as Id, articleId as Id));
    return counts;
  });
}
