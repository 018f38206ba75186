/** Coded passages: highlights grouped by tag, tags in codebook order (depth first), passages in article order. */
import { flattenTree, listTagTree } from '../codebook/tree';
import type { HighlightRecord, Id } from '../model';
import type { DossierContext } from './context';
import { isWholeArticle } from '../codebook/whole-article';

export interface Passage {
  highlightId: Id;
  articleId: Id;
  /** 1-based article number in the dossier. */
  articleIndex: number;
  quote: string;
  title: string;
  outlet: string | null;
  date: string | null;
  /** "Outlet, date" or the title. */
  sourceLabel: string;
  start: number;
  end: number;
  /** The appendix place (`a3-p120`), or null when the passage cannot be placed or there is no appendix. */
  anchor: string | null;
  /** False for a highlight whose words a newer version of the article no longer holds. */
  placed: boolean;
  /** A code of the whole article (src/shared/codebook/whole-article.ts): named, not quoted in full. */
  wholeArticle: boolean;
}

/** What a document shows for a passage coded as the whole article, in place of its every word. */
export const WHOLE_ARTICLE_WORDS = '[The whole article]';

/** The passage's words as a dossier shows them: the quote (cleaned by the format's own `clean`) in quotation marks, or the whole article named. */
export function passageWords(p: Pick<Passage, 'quote' | 'wholeArticle'>, clean: (text: string) => string): string {
  return p.wholeArticle ? WHOLE_ARTICLE_WORDS : `“${clean(p.quote)}”`;
}

export interface TagPassages {
  /** Null for the group of highlights without a tag. */
  tagId: Id | null;
  name: string;
  /** "Parent › Child". */
  path: string;
  depth: number;
  color: string | null;
  description: string;
  passages: Passage[];
}

/** Highlights of dossier articles, in article order, then by position, then by id. */
export function orderedHighlights(ctx: DossierContext): HighlightRecord[] {
  return ctx.input.highlights
    .filter((h) => ctx.byId.has(h.articleId))
    .sort((a, b) => ctx.byId.get(a.articleId)!.index - ctx.byId.get(b.articleId)!.index || a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function passageOf(ctx: DossierContext, h: HighlightRecord): Passage {
  const entry = ctx.byId.get(h.articleId)!;
  const placed = ctx.isPlaced(h);
  return {
    highlightId: h.id,
    articleId: h.articleId,
    articleIndex: entry.index,
    quote: ctx.highlightQuote(h),
    title: entry.title,
    outlet: entry.meta.outlet,
    date: entry.date,
    sourceLabel: entry.label,
    start: h.start,
    end: h.end,
    anchor: placed ? ctx.placeId(h.articleId, h.start) : null,
    placed,
    wholeArticle: isWholeArticle(h, entry.article.text.length),
  };
}

/**
 * One group per tag that codes at least one passage (its ancestors are named in its path), in
 * codebook order, then a group of untagged highlights when there are any.
 */
export function passagesByTag(ctx: DossierContext): TagPassages[] {
  const highlights = orderedHighlights(ctx);
  const byTag = new Map<Id, HighlightRecord[]>();
  const untagged: HighlightRecord[] = [];
  const known = new Set(ctx.input.tags.map((t) => t.id));
  for (const h of highlights) {
    const tagIds = [...new Set(h.tagIds)].filter((id) => known.has(id));
    if (tagIds.length === 0) untagged.push(h);
    for (const id of tagIds) {
      const list = byTag.get(id) ?? [];
      list.push(h);
      byTag.set(id, list);
    }
  }
  const groups: TagPassages[] = [];
  for (const node of flattenTree(listTagTree(ctx.input.tags))) {
    const list = byTag.get(node.tag.id);
    if (!list) continue;
    groups.push({
      tagId: node.tag.id,
      name: node.tag.name,
      path: ctx.tagPath(node.tag.id),
      depth: node.depth,
      color: node.tag.color || null,
      description: node.tag.description,
      passages: list.map((h) => passageOf(ctx, h)),
    });
  }
  if (untagged.length > 0) {
    groups.push({ tagId: null, name: 'Untagged', path: 'Untagged', depth: 0, color: null, description: '', passages: untagged.map((h) => passageOf(ctx, h)) });
  }
  return groups;
}
