/**
 * Which records a dossier is made of: the scope a person chose in the export dialog (the whole
 * corpus, chosen articles, one tag with its children, or the current comparison) applied to the
 * corpus's records. Texts are not needed to choose, so a caller loads only the chosen articles'.
 */
import { displayTitle, effectiveValue } from '../article-view';
import { descendantIds } from '../codebook/tree';
import type { ArticleRecord, HighlightRecord, Id, NoteRecord, TagRecord } from '../model';

export type DossierScope =
  | { kind: 'corpus' }
  | { kind: 'articles'; ids: readonly Id[] }
  | { kind: 'tag'; tagId: Id }
  | { kind: 'comparison'; ids: readonly Id[] };

export interface ScopeRecords {
  articles: readonly ArticleRecord[];
  tags: readonly TagRecord[];
  highlights: readonly HighlightRecord[];
  notes: readonly NoteRecord[];
}

export interface DossierSelection {
  /** In dossier order. */
  articles: ArticleRecord[];
  /** The whole codebook: tag paths need every ancestor; passages appear only under tags in scope. */
  tags: TagRecord[];
  highlights: HighlightRecord[];
  notes: NoteRecord[];
}

/** The newest version of each article: the ones no other article names as its previous version. */
export function latestVersions(articles: readonly ArticleRecord[]): ArticleRecord[] {
  const replaced = new Set(articles.map((a) => a.previousVersionId).filter((id): id is Id => id !== null));
  return articles.filter((a) => !replaced.has(a.id));
}

/** Sources in reading order: by date as the person sees it (undated last), then title, then id. */
export function byDateThenTitle(a: ArticleRecord, b: ArticleRecord): number {
  const da = effectiveValue(a, 'published');
  const db = effectiveValue(b, 'published');
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  }
  return displayTitle(a).localeCompare(displayTitle(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function selectForDossier(scope: DossierScope, records: ScopeRecords): DossierSelection {
  const tags = [...records.tags];
  if (scope.kind === 'tag') return selectTag(scope.tagId, records);

  let articles: ArticleRecord[];
  if (scope.kind === 'corpus') articles = latestVersions(records.articles);
  else {
    // Chosen articles keep exactly the versions chosen; unknown ids are ignored.
    const wanted = new Set(scope.ids);
    articles = records.articles.filter((a) => wanted.has(a.id));
  }
  articles.sort(byDateThenTitle);
  const ids = new Set(articles.map((a) => a.id));
  const highlights = records.highlights.filter((h) => ids.has(h.articleId));
  // The whole corpus carries every note, free-standing ones too; a part carries the notes about it.
  const notes = scope.kind === 'corpus' ? [...records.notes] : notesAbout(records.notes, ids, new Set(highlights.map((h) => h.id)));
  return { articles, tags, highlights, notes };
}

/**
 * One tag with its children: the passages coded with any of them (their other codes dropped, so
 * that a passage is listed only under the tags the dossier is about), the articles they come from,
 * and the notes on those passages or citing those articles.
 */
function selectTag(tagId: Id, records: ScopeRecords): DossierSelection {
  const inScope = new Set([tagId, ...descendantIds(records.tags, tagId)]);
  const highlights = records.highlights
    .filter((h) => h.tagIds.some((t) => inScope.has(t)))
    .map((h) => ({ ...h, tagIds: h.tagIds.filter((t) => inScope.has(t)) }));
  const articleIds = new Set(highlights.map((h) => h.articleId));
  const articles = records.articles.filter((a) => articleIds.has(a.id)).sort(byDateThenTitle);
  const notes = notesAbout(records.notes, articleIds, new Set(highlights.map((h) => h.id)));
  return { articles, tags: [...records.tags], highlights, notes };
}

function notesAbout(notes: readonly NoteRecord[], articleIds: ReadonlySet<Id>, highlightIds: ReadonlySet<Id>): NoteRecord[] {
  return notes.filter(
    (n) =>
      (n.articleId !== null && articleIds.has(n.articleId)) ||
      (n.highlightId !== null && highlightIds.has(n.highlightId)) ||
      n.citedArticleIds.some((id) => articleIds.has(id)),
  );
}
