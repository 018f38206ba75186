import * as Tabs from '@radix-ui/react-tabs';
import { useLiveQuery } from 'dexie-react-hooks';
import { Info } from 'lucide-react';
import { effectiveMetadata, formatPublished } from '@shared/article-view';
import type { MetadataField } from '@shared/ingest/types';
import { useServices } from '../../app/services';
import { getArticle, getArticleText } from '../../db/articles';

const FIELD_LABELS: Record<MetadataField, string> = {
  title: 'Title',
  outlet: 'Outlet',
  authors: 'Authors',
  published: 'Published',
  dateline: 'Dateline',
  agencies: 'Agencies',
  url: 'URL',
};

/** The right pane: where each metadata value came from, and the page furniture kept apart from the text. */
export function DetailsPane({ articleId }: { articleId: string | null }) {
  const { db } = useServices();
  const article = useLiveQuery(() => (articleId ? getArticle(db, articleId) : undefined), [db, articleId]);
  const text = useLiveQuery(() => (articleId ? getArticleText(db, articleId) : undefined), [db, articleId]);

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
  const valueOf = (field: MetadataField): string | null => {
    const value = meta[field];
    if (field === 'published') return formatPublished(meta.published);
    if (Array.isArray(value)) return value.length ? value.join(', ') : null;
    return value;
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
          {(Object.keys(FIELD_LABELS) as MetadataField[]).map((field) => {
            const value = valueOf(field);
            const provenance = field in article.edits ? { source: 'your edit', evidence: '' } : article.provenance[field];
            return (
              <div className="field" key={field}>
                <dt>{FIELD_LABELS[field]}</dt>
                <dd>
                  {value ?? <span className="faint">Not found</span>}
                  {provenance && value && (
                    <div className="field__provenance" title={provenance.evidence}>
                      from {provenance.source}
                      {provenance.evidence ? `: “${truncate(provenance.evidence, 80)}”` : ''}
                    </div>
                  )}
                </dd>
              </div>
            );
          })}
          <div className="field">
            <dt>File</dt>
            <dd>
              {article.sourceName} <span className="faint">({article.format})</span>
            </dd>
          </div>
          <div className="field">
            <dt>Imported</dt>
            <dd>{new Date(article.importedAt).toLocaleString()}</dd>
          </div>
        </dl>
        {article.warnings.length > 0 && (
          <div className="callout callout--warning">
            {article.warnings.map((warning) => (
              <p key={warning}>{warning}</p>
            ))}
          </div>
        )}
      </Tabs.Content>
      <Tabs.Content className="tabs__content" value="furniture">
        {text && text.boilerplate.length === 0 && <p className="faint">Nothing was set apart from this article’s text.</p>}
        {text?.boilerplate.map((block, index) => (
          <figure className="boilerplate-block" key={index}>
            <figcaption>{block.reason}</figcaption>
            <blockquote>{block.text}</blockquote>
          </figure>
        ))}
      </Tabs.Content>
    </Tabs.Root>
  );
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
