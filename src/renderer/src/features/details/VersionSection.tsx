import { useLiveQuery } from 'dexie-react-hooks';
import { History, Link2, Unlink } from 'lucide-react';
import type { ArticleRecord } from '@shared/model';
import { useServices } from '../../app/services';
import { describeVersionReport } from '../import/describe-version-report';
import { requestReattach, usePendingReattach } from '../reader/reattach';

/**
 * Where an article came from when it replaced an older version, and its orphaned highlights:
 * passages whose words the newer text no longer holds. They stay visible here, quoted, and
 * can be re-attached by selecting the words in the reader.
 */
export function VersionSection({ article }: { article: ArticleRecord }) {
  const { db, navigation } = useServices();
  const pending = usePendingReattach();
  const orphans = useLiveQuery(
    () => db.highlights.where('articleId').equals(article.id).filter((h) => h.anchorStatus === 'orphan').toArray(),
    [db, article.id],
  );
  const previous = useLiveQuery(
    async () => (article.previousVersionId ? db.articles.get(article.previousVersionId) : undefined),
    [db, article.previousVersionId],
  );
  const newer = useLiveQuery(() => db.articles.where('previousVersionId').equals(article.id).first(), [db, article.id]);
  if (!article.versionReport && !newer && (!orphans || orphans.length === 0)) return null;

  return (
    <section className="related" aria-label="Versions">
      <h3 className="section-title">Versions</h3>
      {newer && (
        <p className="callout callout--warning">
          This is an older version.{' '}
          <button type="button" className="link-button" onClick={() => navigation.openArticle(newer.id)}>
            Open the newer version
          </button>
        </p>
      )}
      {article.versionReport && (
        <p className="version-report">
          <History size={13} aria-hidden /> {describeVersionReport(article.versionReport, previous?.title ?? null)}{' '}
          {previous && (
            <button type="button" className="link-button" onClick={() => navigation.openArticle(previous.id)}>
              Open the older version
            </button>
          )}
        </p>
      )}
      {orphans && orphans.length > 0 && (
        <ul className="orphans" aria-label="Orphaned highlights">
          {orphans.map((orphan) => (
            <li key={orphan.id} className="orphan">
              <Unlink size={13} aria-hidden className="orphan__icon" />
              <div>
                <q>{orphan.selectors.quote.exact}</q>
                <div className="orphan__actions">
                  {pending === orphan.id ? (
                    <>
                      <span className="faint">Select its words in the article, then choose “Attach here”.</span>
                      <button type="button" className="link-button" onClick={() => requestReattach(null)}>
                        Cancel
                      </button>
                    </>
                  ) : (
                    <button type="button" className="link-button" onClick={() => requestReattach(orphan.id)}>
                      <Link2 size={12} aria-hidden /> Re-attach…
                    </button>
                  )}
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
