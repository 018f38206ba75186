import { splitParagraphs } from './paragraphs';

export interface MarkedSpan {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Ids of every span covering this piece, outermost (longest) first; empty for plain text. */
  ids: string[];
}

export interface SegmentedParagraph {
  start: number;
  end: number;
  segments: Segment[];
}

/**
 * Cuts the article into paragraphs, and each paragraph into pieces at every span boundary,
 * so that overlapping and nested highlights become flat runs that each know every highlight
 * covering them. A highlight that crosses paragraphs appears in each with the same id.
 */
export function segmentArticle(text: string, spans: readonly MarkedSpan[]): SegmentedParagraph[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  // Longest first, so every piece lists its outermost highlight first.
  const byLength = [...valid].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  return splitParagraphs(text).map((paragraph) => {
    const inside = byLength.filter((s) => s.start < paragraph.end && s.end > paragraph.start);
    const cuts = new Set<number>([paragraph.start, paragraph.end]);
    for (const span of inside) {
      cuts.add(Math.max(span.start, paragraph.start));
      cuts.add(Math.min(span.end, paragraph.end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i]!;
      const end = points[i + 1]!;
      const ids = inside.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
      const previous = segments.at(-1);
      if (previous && sameIds(previous.ids, ids)) {
        previous.end = end;
        previous.text = text.slice(previous.start, end);
      } else {
        segments.push({ start, end, text: text.slice(start, end), ids });
      }
    }
    return { start: paragraph.start, end: paragraph.end, segments };
  });
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
