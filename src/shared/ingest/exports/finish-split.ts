import { finishArticle } from '../finish';
import type { FileOutcome, SkippedPart } from '../types';
import type { ExportSplit } from './split';

/**
 * Runs every article of a split export through the shared finishing steps. An article that
 * fails them is named with its reason; the others are kept. When none can be taken, the
 * export as a whole fails, with the reasons.
 */
export async function finishSplit(split: ExportSplit): Promise<FileOutcome> {
  const articles = [];
  const skipped: SkippedPart[] = split.unread.map(({ part, title, reason, error }) => ({ index: part.index, count: part.count, title, reason, error }));
  for (const { part, document } of split.documents) {
    const finished = await finishArticle(document);
    if (finished.ok) articles.push({ ...finished.article, part });
    else skipped.push({ index: part.index, count: part.count, title: document.metadata.title ?? null, reason: 'empty body', error: finished.error });
  }
  skipped.sort((a, b) => a.index - b.index);
  const count = split.documents[0]?.part.count ?? skipped[0]?.count ?? 0;
  if (articles.length === 0) {
    const reasons = [...new Set(skipped.map((s) => s.reason))].join(', ');
    return {
      ok: false,
      error: { code: 'no-article', message: `This ${split.layoutName} export lists ${count} articles, but none could be read (${reasons}).` },
    };
  }
  return { ok: true, split: { layoutName: split.layoutName, count, articles, skipped } };
}
