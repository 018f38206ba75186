import * as Tabs from '@radix-ui/react-tabs';
import { useLiveQuery } from 'dexie-react-hooks';
import { Info } from 'lucide-react';
import { displayTitle, effectiveMetadata } from '@shared/article-view';
import { describeArticlePart, describeExportFields } from '@shared/ingest/exports/describe';
import type { ArticleMetadata, MetadataField } from '@shared/ingest/types';
import { useServices } from '../../app/services';
import { editArticleMetadata, getArticle, getArticleText, revertArticleMetadata } from '../../db/articles';
import { collectionsHolding } from '../../db/collections';
import { FurnitureList } from './FurnitureList';
import { MetadataFieldRow } from './MetadataField';
import { VersionSection } from './VersionSection';
import { formatMoment } from '@shared/date-style';

const FIELD_LABELS: Record<MetadataField, string> = {
  title: 'Title',
  outlet: 'Outlet',
  authors: 'Authors',
  published: 'Published',
  dateline: 'Dateline',
  agencies: 'Agencies',
  url: 'URL',
};

/**
 * The right pane: every metadata field with where it was found and an editor for it, the
 * articles that share this one's text, and the page furniture kept apart from the text.
 */
export function DetailsPane({ articleId, onOpenArticle }: { articleId: string | null; onOpenArticle: (id: string) => void }) {
  const { db, undo } = useServices();
  const article = useLiveQuery(() => (articleId ? getArticle(db, articleId) : undefined), [db, articleId]);
  const text = useLiveQuery(() => (articleId ? getArticleText(db, articleId) : undefined), [db, articleId]);
  const collections = useLiveQuery(async () => (articleId ? collectionsHolding(db, articleId) : []), [db, articleId]);
  const nearDuplicates = useLiveQuery(
    async () => (article ? (await db.articles.bulkGet(article.nearDuplicateIds)).filter((a) => a !== undefined) : []),
    [db, article],
  );

  if (!article) {
    return (
      <div className="pane details" aria-label="Details">
        <div className="empty-state">
          <Info size={24} strokeWidth={1.25} aria-hidden />
          <p>Details of the open article appear here.</p>
        </div>
      </div>
    );
  }
  const meta = effectiveMetadata(article);
  /** One correction (or its removal, when `next` is null), recorded so that Undo reverses it. */
  const changeField = (field: MetadataField, next: { value: ArticleMetadata[MetadataField] } | null) => {
    const id = article.id;
    const previous = field in article.edits ? { value: article.edits[field] as ArticleMetadata[MetadataField] } : null;
    const apply = (state: typeof next) =>
      state === null ? revertArticleMetadata(db, id, field) : editArticleMetadata(db, id, field, state.value);
    const label = next === null ? `Restore the extracted ${FIELD_LABELS[field].toLowerCase()}` : `Edit ${FIELD_LABELS[field].toLowerCase()}`;
    return undo.perform({ label, redo: () => apply(next), undo: () => apply(previous) });
  };

  return (
    <Tabs.Root className="pane details" defaultValue="metadata" aria-label="Details">
      <Tabs.List className="tabs__list" aria-label="Article details">
        <Tabs.Trigger className="tabs__trigger" value="metadata">
          Metadata
        </Tabs.Trigger>
        <Tabs.Trigger className="tabs__trigger" value="furniture">
          Page furniture{text && text.boilerplate.length > 0 ? ` (${text.boilerplate.length})` : ''}
        </Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content className="tabs__content" value="metadata">
        <dl className="field-list">
          {(Object.keys(FIELD_LABELS) as MetadataField[]).map((field) => (
            <MetadataFieldRow
              key={`${article.id}-${field}`}
              field={field}
              label={FIELD_LABELS[field]}
              value={meta[field]}
              provenance={article.provenance[field]}
              edited={field in article.edits}
              onSave={(value) => void changeField(field, { value })}
              onRevert={() => void changeField(field, null)}
            />
          ))}
          <div className="field">
            <dt>File</dt>
            <dd>
              {article.sourceName} <span className="faint">({article.format})</span>
            </dd>
          </div>
          {article.web && (
            <div className="field" data-field="web">
              <dt>Fetched</dt>
              <dd>
                {formatMoment(article.web.fetchedAt)}
                {article.web.finalUrl !== article.web.url && <div className="faint">redirected to {article.web.finalUrl}</div>}
              </dd>
            </div>
          )}
          {article.part && (
            <div className="field" data-field="part">
              <dt>Export</dt>
              <dd>
                {describeArticlePart(article.part, article.sourceName)}
                {describeExportFields(article.part) && <div className="faint">{describeExportFields(article.part)}</div>}
              </dd>
            </div>
          )}
          <div className="field">
            <dt>Imported</dt>
            <dd>{formatMoment(article.importedAt)}</dd>
          </div>
          {collections && collections.length > 0 && (
            <div className="field">
              <dt>Collections</dt>
              <dd>{collections.map((c) => c.name).join(', ')}</dd>
            </div>
          )}
        </dl>
        <VersionSection article={article} />
        {nearDuplicates && nearDuplicates.length > 0 && (
          <section className="related" aria-label="Near-duplicates">
            <h3 className="section-title">Shares its text with</h3>
            <ul>
              {nearDuplicates.map((other) => (
                <li key={other.id}>
                  <button type="button" className="link-button" onClick={() => onOpenArticle(other.id)}>
                    {displayTitle(other)}
                  </button>
                  <span className="faint"> · {effectiveMetadata(other).outlet ?? other.sourceName}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {article.warnings.length > 0 && (
          <div className="callout callout--warning">
            {article.warnings.map((warning) => (
              <p key={warning}>{warning}</p>
            ))}
          </div>
        )}
      </Tabs.Content>
      <Tabs.Content className="tabs__content" value="furniture">
        <FurnitureList articleId={article.id} text={text} />
      </Tabs.Content>
    </Tabs.Root>
  );
}
