/**
 * The coverage matrix (linked passages x articles: who carries what) and the code matrix (tags x
 * articles: how many highlights).
 */
import type { Comparison, CoverageRow } from './types';

const LABEL_WORDS = 8;

/** The first words of a passage, with an ellipsis when cut. */
export function firstWords(text: string, count = LABEL_WORDS): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}

/**
 * One row per group and per unique passage shown by default; cells per article in comparison.articles order.
 * Sorted by how many articles carry the row (everyone first, one outlet alone last), then by
 * where it first appears (article order, then position). Quote rows are labelled with the speaker.
 */
export function coverageMatrix(comparison: Comparison): CoverageRow[] {
  const index = new Map(comparison.articles.map((a, i) => [a.id, i]));
  const rows: (CoverageRow & { first: [number, number] })[] = [];
  for (const g of comparison.groups) {
    const cells = comparison.articles.map((a) => g.members.some((m) => m.articleId === a.id));
    const firstMember = g.members[0];
    const words = firstWords(firstMember?.text ?? '');
    rows.push({
      groupId: g.id,
      label: g.kind === 'quote' && g.speaker ? `${g.speaker}: “${words}”` : words,
      cells,
      count: cells.filter(Boolean).length,
      first: [index.get(firstMember?.articleId ?? '') ?? 0, firstMember?.start ?? 0],
    });
  }
  for (const u of comparison.unique.slice(0, comparison.uniqueShown)) {
    const cells = comparison.articles.map((a) => a.id === u.articleId);
    rows.push({
      groupId: `unique:${u.articleId}:${u.start}-${u.end}`,
      label: firstWords(u.text),
      cells,
      count: 1,
      first: [index.get(u.articleId) ?? 0, u.start],
    });
  }
  rows.sort((a, b) => b.count - a.count || a.first[0] - b.first[0] || a.first[1] - b.first[1]);
  return rows.map(({ groupId, label, cells, count }) => ({ groupId, label, cells, count }));
}

/** Highlights per tag per article: counts[i] for articles[i]; tags in the order given. */
export function codeMatrix(
  articles: { id: string }[],
  tags: { id: string; name: string }[],
  highlights: { articleId: string; tagIds: string[] }[],
): { tagId: string; label: string; counts: number[] }[] {
  const column = new Map(articles.map((a, i) => [a.id, i]));
  const rows = new Map(tags.map((t) => [t.id, { tagId: t.id, label: t.name, counts: articles.map(() => 0) }]));
  for (const h of highlights) {
    const i = column.get(h.articleId);
    if (i === undefined) continue;
    for (const tagId of new Set(h.tagIds)) {
      const row = rows.get(tagId);
      if (row) row.counts[i]! += 1;
    }
  }
  return [...rows.values()];
}
