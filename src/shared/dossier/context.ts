/**
 * What every section of a dossier needs to know about the others: each article's number and
 * label, each tag's path, and the places in the appendix a quote can link to.
 *
 * A place is an offset in an article's text; its element id is `a<n>-p<offset>` (article n of
 * the dossier, 1-based), e.g. `a3-p120`. Places are collected up front (highlight starts, cited
 * spans, compared passages) so that the appendix gives every one of them an id.
 */
import { effectiveMetadata, formatPublished } from '../article-view';
import { neutraliseBidiControls } from '../bidi';
import { tagPath } from '../codebook/tree';
import type { ArticleMetadata } from '../ingest/types';
import type { HighlightRecord, Id, SpanCitation } from '../model';
import { citationsOfNote } from './lexical';
import type { DossierArticle, DossierInput } from './types';

export interface ArticleEntry {
  /** 1-based position in the dossier. */
  index: number;
  /** `a<n>`: the id of the article's heading in the appendix. */
  anchor: string;
  article: DossierArticle;
  meta: ArticleMetadata;
  /** The headline, else the file name. */
  title: string;
  /** "19 May 2021", "--05-19" shown as "19 May", or null. */
  date: string | null;
  /** "Outlet, 19 May 2021" (the title stands in for a missing outlet): how a quote names its source. */
  label: string;
}

export interface DossierContext {
  input: DossierInput;
  articles: ArticleEntry[];
  byId: Map<Id, ArticleEntry>;
  /** Whether quotes link into the appendix (only when the appendix is part of the dossier). */
  linkable: boolean;
  tagPath(id: Id): string;
  /** The element id of the place at `offset` in the article, or null when it has none / no appendix. */
  placeId(articleId: Id, offset: number): string | null;
  /** Every place per article id, sorted. */
  places: Map<Id, number[]>;
  /** The highlight's current words, or its stored quote when it could not be placed. */
  highlightQuote(highlight: HighlightRecord): string;
  /** Whether the highlight's offsets hold in the article's text (anchored and within the text). */
  isPlaced(highlight: HighlightRecord): boolean;
}

export function placeIdOf(index: number, offset: number): string {
  return `a${index}-p${offset}`;
}

/** "19 May 2021": the dossier's dates read the same wherever it was made. */
const DOSSIER_DATE_LOCALE = 'en-GB';

export function buildContext(input: DossierInput, linkable: boolean): DossierContext {
  const articles: ArticleEntry[] = input.articles.map((article, i) => {
    const meta = effectiveMetadata(article.record);
    // Direction controls in a headline are shown, not obeyed, in every format (bidi.ts).
    const title = neutraliseBidiControls(meta.title ?? article.record.sourceName);
    // The dossier is a document to share: one fixed date style, whoever's machine writes it.
    const date = formatPublished(meta.published, DOSSIER_DATE_LOCALE);
    const label = [meta.outlet ?? title, date].filter((part): part is string => Boolean(part)).join(', ');
    return { index: i + 1, anchor: `a${i + 1}`, article, meta, title, date, label };
  });
  const byId = new Map(articles.map((entry) => [entry.article.record.id, entry]));
  const paths = new Map<Id, string>();

  const isPlaced = (h: HighlightRecord): boolean => {
    const entry = byId.get(h.articleId);
    return Boolean(entry) && h.anchorStatus === 'anchored' && validSpan(h.start, h.end, entry!.article.text.length);
  };

  const places = new Map<Id, Set<number>>();
  const addPlace = (articleId: Id, start: number, end: number) => {
    const entry = byId.get(articleId);
    if (!entry || !validSpan(start, end, entry.article.text.length)) return;
    const set = places.get(articleId) ?? new Set<number>();
    set.add(start);
    places.set(articleId, set);
  };
  for (const h of input.highlights) if (isPlaced(h)) addPlace(h.articleId, h.start, h.end);
  for (const note of input.notes) for (const c of citationsOfNote(note.content)) if (citationHolds(c, byId)) addPlace(c.articleId, c.start, c.end);
  for (const group of input.comparison?.groups ?? []) for (const m of group.members) addPlace(m.articleId, m.start, m.end);
  for (const u of input.comparison?.unique ?? []) addPlace(u.articleId, u.start, u.end);
  const sorted = new Map([...places].map(([id, set]) => [id, [...set].sort((a, b) => a - b)]));

  return {
    input,
    articles,
    byId,
    linkable,
    places: sorted,
    tagPath(id) {
      let path = paths.get(id);
      if (path === undefined) paths.set(id, (path = tagPath(input.tags, id)));
      return path;
    },
    placeId(articleId, offset) {
      if (!linkable) return null;
      const entry = byId.get(articleId);
      if (!entry || !places.get(articleId)?.has(offset)) return null;
      return placeIdOf(entry.index, offset);
    },
    highlightQuote(h) {
      const entry = byId.get(h.articleId);
      return isPlaced(h) && entry ? entry.article.text.slice(h.start, h.end) : h.selectors?.quote?.exact ?? '';
    },
    isPlaced,
  };
}

export function validSpan(start: number, end: number, length: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= length;
}

/** A citation whose article is in the dossier and whose offsets still hold its quote. */
export function citationHolds(c: SpanCitation, byId: Map<Id, ArticleEntry>): boolean {
  const entry = byId.get(c.articleId);
  if (!entry || !validSpan(c.start, c.end, entry.article.text.length)) return false;
  return entry.article.text.slice(c.start, c.end) === c.quote || c.quote === '';
}
