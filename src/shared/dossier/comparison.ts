/** Comparison findings for a dossier: linked passages with each outlet's wording, unique passages, name variants, coverage. */
import { coverageMatrix } from '../compare/matrix';
import type { PassageRef } from '../compare/types';
import type { DossierContext } from './context';

export interface Wording {
  articleId: string;
  sourceLabel: string;
  text: string;
  anchor: string | null;
}

export interface LinkedPassage {
  id: string;
  kind: 'quote' | 'passage';
  speaker: string | null;
  match: 'exact' | 'partial' | 'reworded';
  similarity: number;
  wordings: Wording[];
}

export interface ComparisonView {
  /** Column labels, in the comparison's article order. */
  articles: { articleId: string; label: string }[];
  linked: LinkedPassage[];
  unique: Wording[];
  /** People and places written more than one way. */
  nameVariants: { name: string; kind: 'person' | 'place'; variants: string[] }[];
  coverage: { label: string; cells: boolean[]; count: number }[];
}

export function comparisonView(ctx: DossierContext): ComparisonView | null {
  const comparison = ctx.input.comparison;
  if (!comparison) return null;
  const wording = (ref: PassageRef): Wording => {
    const entry = ctx.byId.get(ref.articleId);
    return { articleId: ref.articleId, sourceLabel: entry?.label ?? ref.articleId, text: ref.text, anchor: ctx.placeId(ref.articleId, ref.start) };
  };
  return {
    articles: comparison.articles.map((a) => ({ articleId: a.id, label: ctx.byId.get(a.id)?.label ?? a.title ?? a.id })),
    linked: comparison.groups.map((g) => ({ id: g.id, kind: g.kind, speaker: g.speaker, match: g.match, similarity: g.similarity, wordings: g.members.map(wording) })),
    unique: comparison.unique.map(wording),
    nameVariants: comparison.entities.filter((e) => e.variants.length > 1).map((e) => ({ name: e.name, kind: e.kind, variants: [...e.variants] })),
    coverage: coverageMatrix(comparison).map((row) => ({ label: row.label, cells: row.cells, count: row.count })),
  };
}
