import type { VersionReport } from '@shared/model';
import { countOf } from '@shared/count-words';

const plural = (n: number, word: string) => countOf(n, word);

/** "A newer version of “X”: 4 highlights kept their place, 1 moved, 1 changed, 1 orphaned (shown in the article)." */
export function describeVersionReport(report: VersionReport, previousTitle: string | null): string {
  const total = report.exact + report.moved + report.changed + report.orphaned;
  const name = previousTitle ? `“${previousTitle}”` : 'an article already in the corpus';
  if (total === 0 && report.citations === 0) return `A newer version of ${name}; the older version is kept.`;
  const parts = [
    report.exact ? `${report.exact} kept their place` : null,
    report.moved ? `${report.moved} moved` : null,
    report.changed ? `${report.changed} changed` : null,
    report.orphaned ? `${report.orphaned} orphaned (kept, to re-attach by hand)` : null,
  ].filter(Boolean);
  const citations = report.citations ? `; ${plural(report.citations, 'citation')} in notes re-pointed` : '';
  return `A newer version of ${name}; the older version is kept. Of ${plural(total, 'highlight')}: ${parts.join(', ')}${citations}.`;
}
