import { useLiveQuery } from 'dexie-react-hooks';
import { BookOpen } from 'lucide-react';
import { useMemo } from 'react';
import { effectiveMetadata, formatPublished } from '@shared/article-view';
import { splitParagraphs } from '@shared/paragraphs';
import { useServices } from '../../app/services';
import { getArticle, getArticleText } from '../../db/articles';

/**
 * The article, as text (never as HTML: a hostile article cannot inject markup), with its
 * metadata above it in the typography of a reader.
 */
export function ReaderPane({ articleId }: { articleId: string | null }) {
  const { db } = useServices();
  const article = useLiveQuery(() => (articleId ? getArticle(db, articleId) : undefined), [db, articleId]);
  const text = useLiveQuery(() => (articleId ? getArticleText(db, articleId) : undefined), [db, articleId]);
  const paragraphs = useMemo(() => (text ? splitParagraphs(text.text) : []), [text]);

  if (!articleId || !article) {
    return (
      <div className="pane reader reader--empty" aria-label="Reader">
        <div className="empty-state">
          <BookOpen size={32} strokeWidth={1.25} aria-hidden />
          <p>Choose an article in the library to read it.</p>
          <p className="empty-state__hint">
            <kbd>↑</kbd> <kbd>↓</kbd> move through the library
          </p>
        </div>
      </div>
    );
  }

  const meta = effectiveMetadata(article);
  const byline = [meta.authors.length ? `By ${meta.authors.join(', ')}` : null, meta.outlet].filter(Boolean).join(' · ');
  return (
    <div className="pane reader" aria-label="Reader">
      <article className="reader__scroll" lang={article.lang ?? undefined}>
        <header className="reader__header">
          <div className="reader__kicker">
            {[formatPublished(meta.published), meta.dateline, meta.agencies.length ? meta.agencies.join(', ') : null]
              .filter(Boolean)
              .join(' · ') || 'Date unknown'}
          </div>
          <h1 className={`reader__title${meta.title ? '' : ' reader__title--untitled'}`}>{meta.title ?? 'Untitled article'}</h1>
          {byline && <div className="reader__byline">{byline}</div>}
          <div className="reader__source">
            {article.sourceName} · {article.format.toUpperCase()} · {article.length.toLocaleString()} characters
          </div>
        </header>
        <div className="reader__body" data-testid="article-body">
          {paragraphs.map((paragraph) => (
            <p key={paragraph.start} data-start={paragraph.start} data-end={paragraph.end}>
              {paragraph.text}
            </p>
          ))}
        </div>
      </article>
    </div>
  );
}
