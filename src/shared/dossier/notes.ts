/** Notes as structured blocks, with what each is about and the spans it cites resolved to the appendix. */
import { isWholeArticle } from '../codebook/whole-article';
import type { Id, NoteRecord, SpanCitation } from '../model';
import { citationHolds, type DossierContext } from './context';
import { type Block, noteBlocks } from './lexical';

export interface ResolvedCitation {
  citation: SpanCitation;
  quote: string;
  /** "Outlet, date" of the article when it is in the dossier, else the label stored in the note. */
  sourceLabel: string;
  /** The appendix place, or null (article not in the dossier, span no longer holds, no appendix). */
  anchor: string | null;
}

export interface NoteView {
  id: Id;
  /** What the note is about: "On a passage of …", "On …", or "General note". */
  about: string;
  /** The passage the note is attached to, when it is on a highlight. */
  passage: { quote: string; anchor: string | null; wholeArticle: boolean } | null;
  blocks: Block[];
  createdAt: number;
  updatedAt: number;
}

export function resolveCitation(ctx: DossierContext, citation: SpanCitation): ResolvedCitation {
  const entry = ctx.byId.get(citation.articleId);
  const holds = citationHolds(citation, ctx.byId);
  return {
    citation,
    quote: citation.quote,
    sourceLabel: entry ? entry.label : citation.sourceLabel,
    anchor: holds ? ctx.placeId(citation.articleId, citation.start) : null,
  };
}

/** Is the note part of this dossier: about one of its articles or highlights, or citing one? */
export function noteInDossier(ctx: DossierContext, note: NoteRecord): boolean {
  if (note.articleId !== null && ctx.byId.has(note.articleId)) return true;
  if (note.highlightId !== null && ctx.input.highlights.some((h) => h.id === note.highlightId && ctx.byId.has(h.articleId))) return true;
  return note.citedArticleIds.some((id) => ctx.byId.has(id));
}

/** Notes in the dossier: notes on articles in article order, then the others; each by creation time, then id. */
export function noteViews(ctx: DossierContext): NoteView[] {
  const highlights = new Map(ctx.input.highlights.map((h) => [h.id, h]));
  const articleOf = (note: NoteRecord): Id | null => (note.highlightId ? highlights.get(note.highlightId)?.articleId : undefined) ?? note.articleId;
  const rank = (note: NoteRecord) => {
    const id = articleOf(note);
    return id !== null && ctx.byId.has(id) ? ctx.byId.get(id)!.index : Number.MAX_SAFE_INTEGER;
  };
  return ctx.input.notes
    .filter((note) => noteInDossier(ctx, note))
    .sort((a, b) => rank(a) - rank(b) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((note) => {
      const highlight = note.highlightId ? highlights.get(note.highlightId) : undefined;
      const articleId = articleOf(note);
      const entry = articleId ? ctx.byId.get(articleId) : undefined;
      const passage =
        highlight && ctx.byId.has(highlight.articleId)
          ? {
              quote: ctx.highlightQuote(highlight),
              anchor: ctx.isPlaced(highlight) ? ctx.placeId(highlight.articleId, highlight.start) : null,
              wholeArticle: isWholeArticle(highlight, ctx.byId.get(highlight.articleId)!.article.text.length),
            }
          : null;
      const about = passage && entry ? `On a passage of ${entry.title}` : entry ? `On ${entry.title}` : 'General note';
      return { id: note.id, about, passage, blocks: noteBlocks(note.content, note.plainText), createdAt: note.createdAt, updatedAt: note.updatedAt };
    });
}
