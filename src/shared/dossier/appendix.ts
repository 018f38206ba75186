/**
 * The appendix: each article's full text in paragraphs, cut into pieces at every highlight
 * boundary (segmentArticle) and at every place a quote links to, each piece knowing the
 * highlights covering it and the place ids that start there.
 */
import { segmentArticle } from '../reader-segments';
import type { Id } from '../model';
import { type DossierContext, placeIdOf } from './context';

export interface AppendixPiece {
  text: string;
  start: number;
  end: number;
  /** Highlights covering the piece, outermost first. */
  highlightIds: Id[];
  /** Place ids (`a3-p120`) that start at this piece. */
  anchors: string[];
}

export interface AppendixArticle {
  index: number;
  anchor: string;
  articleId: Id;
  title: string;
  /** "Outlet, date". */
  label: string;
  paragraphs: AppendixPiece[][];
  /** Places that fall in no paragraph (white space between paragraphs at the very end). */
  trailingAnchors: string[];
}

export function appendixArticles(ctx: DossierContext): AppendixArticle[] {
  return ctx.articles.map((entry) => {
    const id = entry.article.record.id;
    const text = entry.article.text;
    const spans = ctx.input.highlights.filter((h) => h.articleId === id && ctx.isPlaced(h)).map((h) => ({ id: h.id, start: h.start, end: h.end }));
    const places = ctx.places.get(id) ?? [];
    let next = 0;
    const paragraphs = segmentArticle(text, spans).map((paragraph) => {
      const pieces: AppendixPiece[] = [];
      for (const segment of paragraph.segments) {
        // Cut at each place inside the segment, so its id sits exactly where the quote starts.
        let from = segment.start;
        const cuts = places.filter((p) => p > segment.start && p < segment.end);
        for (const cut of [...cuts, segment.end]) {
          pieces.push({ text: text.slice(from, cut), start: from, end: cut, highlightIds: [...segment.ids], anchors: [] });
          from = cut;
        }
      }
      for (const piece of pieces) {
        // A place before this piece's end that no earlier piece took (e.g. a span starting on white space) lands here.
        while (next < places.length && places[next]! < piece.end) {
          piece.anchors.push(placeIdOf(entry.index, places[next]!));
          next++;
        }
      }
      return pieces;
    });
    const trailingAnchors: string[] = [];
    for (; next < places.length; next++) trailingAnchors.push(placeIdOf(entry.index, places[next]!));
    return { index: entry.index, anchor: entry.anchor, articleId: id, title: entry.title, label: entry.label, paragraphs, trailingAnchors };
  });
}
