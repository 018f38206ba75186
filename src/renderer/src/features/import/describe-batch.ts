import type { ImportState } from './import-queue';
import { countOf } from '@shared/count-words';

/**
 * The batch's one-line account when exports were split: "10 articles from 1 file; 1 skipped:
 * empty body". Null for a batch of one-article files, whose report says it file by file.
 */
export function describeBatch(state: Pick<ImportState, 'results' | 'files'>): string | null {
  const stored = state.results.filter((r) => r.status === 'added' || r.status === 'new-version').length;
  const parts = state.results.flatMap((r) => (r.status === 'skipped' && r.reason ? [r.reason] : []));
  if (parts.length === 0 && stored <= state.files) return null;
  const articles = `${countOf(stored, 'article')} from ${countOf(state.files, 'file')}`;
  if (parts.length === 0) return articles;
  const reasons = [...new Set(parts)].map((reason) => {
    const times = parts.filter((p) => p === reason).length;
    return times > 1 ? `${reason} (${times})` : reason;
  });
  return `${articles}; ${parts.length} skipped: ${reasons.join(', ')}`;
}
