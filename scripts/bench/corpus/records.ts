import { createHash } from 'node:crypto';
import type { ArticleRecord } from '@shared/model';
import { articleVersionKeys } from '@shared/version-keys';
import type { GeneratedArticle } from './generate';

/**
 * A generated article as the app stores it, without parsing it: its metadata as extracted (with
 * where each value was found), its version keys, and the fingerprint of `text`, the stored text.
 */
export function storedArticleRecord(g: GeneratedArticle, id: string, text: string, importedAt: number): ArticleRecord {
  const record: ArticleRecord = {
    id,
    title: g.title,
    outlet: g.outlet,
    authors: g.authors,
    published: g.published,
    dateline: g.dateline || null,
    agencies: g.agencies,
    url: null,
    format: g.format,
    fingerprint: createHash('sha256').update(text).digest('hex'),
    sourceName: g.name,
    importedAt,
    length: text.length,
    warnings: [],
    provenance: {
      title: { source: 'first line', evidence: g.title },
      outlet: { source: 'page name', evidence: g.outlet },
      ...(g.authors.length ? { authors: { source: 'byline', evidence: `By ${g.authors.join(' and ')}` } } : {}),
      ...(g.dateline ? { published: { source: 'dateline', evidence: g.dateline }, dateline: { source: 'first line', evidence: g.dateline } } : {}),
      ...(g.agencies.length ? { agencies: { source: 'credit line', evidence: `(${g.agencies.join(', ')})` } } : {}),
    },
    edits: {},
    nearDuplicateIds: [],
    previousVersionId: null,
    versionKeys: [],
    lang: g.format === 'html' ? 'en' : null,
  };
  record.versionKeys = articleVersionKeys(record);
  return record;
}

/** The page furniture a generated article carries, as the importer keeps it apart. */
export function furnitureOf(g: GeneratedArticle): { text: string; reason: string }[] {
  return g.furniture.map((line) => ({ text: line, reason: 'page furniture' }));
}
