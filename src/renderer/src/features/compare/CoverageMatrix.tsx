import type { CoverageRow } from '@shared/compare';
import { effectiveMetadata } from '@shared/article-view';
import type { ArticleRecord } from '@shared/model';
import { useCompare } from './compare-context';

const CELL = 18;
const LABEL = 150;
const HEADER = 96;

/**
 * The coverage matrix, drawn: a row per linked passage (what everyone reports at the top,
 * what one outlet alone reports at the bottom), a column per article, a filled cell where the
 * article carries it. Clicking a row's cell selects that passage in the columns.
 */
export function CoverageMatrix({ rows, articles }: { rows: CoverageRow[]; articles: ArticleRecord[] }) {
  const { select, selected } = useCompare();
  const width = LABEL + articles.length * CELL + 8;
  const height = HEADER + rows.length * CELL + 4;
  return (
    <figure className="coverage">
      <svg width={width} height={height} role="img" aria-label={`Coverage of ${rows.length} passages across ${articles.length} articles`}>
        {articles.map((article, col) => (
          <text
            key={article.id}
            className="coverage__column"
            transform={`translate(${LABEL + col * CELL + CELL / 2 + 3}, ${HEADER - 6}) rotate(-65)`}
          >
            {(effectiveMetadata(article).outlet ?? effectiveMetadata(article).title ?? article.sourceName).slice(0, 18)}
          </text>
        ))}
        {rows.map((row, r) => {
          const y = HEADER + r * CELL;
          const isGroup = !row.groupId.startsWith('unique');
          return (
            <g key={row.groupId} className={`coverage__row${selected?.id === row.groupId ? ' coverage__row--selected' : ''}`}>
              <text x={0} y={y + CELL - 3} className="coverage__label">
                {row.label.length > 26 ? `${row.label.slice(0, 25)}…` : row.label}
              </text>
              {row.cells.map((filled, c) => (
                <rect
                  key={c}
                  x={LABEL + c * CELL}
                  y={y + 1}
                  width={CELL - 2}
                  height={CELL - 2}
                  rx={2}
                  className={filled ? (row.count === 1 ? 'coverage__cell coverage__cell--alone' : 'coverage__cell coverage__cell--filled') : 'coverage__cell'}
                  onClick={filled && isGroup ? () => select(row.groupId) : undefined}
                >
                  <title>{`${row.label} — ${filled ? 'carried' : 'not carried'} by ${effectiveMetadata(articles[c]!).outlet ?? articles[c]!.sourceName}`}</title>
                </rect>
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption className="field__hint">
        {rows.length} passages · filled: the article carries it; orange: only one article does.
      </figcaption>
    </figure>
  );
}
