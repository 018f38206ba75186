/**
 * Between the local records (src/shared/model.ts, what Dexie stores and the UI reads) and the
 * shared entries (layout.ts). Local ids of articles differ between members; shared entries name
 * articles by fingerprint, so the caller passes the fingerprint (outgoing) or the local id
 * (incoming).
 */
import type { ArticleRecord, CitationRecord, HighlightRecord, TagRecord } from '../model';
import { resolveTagTree } from './codebook-tree';
import type { ArticleEntry, CitationEntry, HighlightEntry, TagEntry } from './layout';

export function highlightToEntry(record: HighlightRecord, fingerprint: string): HighlightEntry {
  const { quote } = record.selectors;
  return {
    id: record.id,
    article: fingerprint,
    start: record.start,
    end: record.end,
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    tagIds: [...record.tagIds],
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

export function entryToHighlight(entry: HighlightEntry, articleId: string): HighlightRecord {
  return {
    id: entry.id,
    articleId,
    start: entry.start,
    end: entry.end,
    selectors: {
      position: { type: 'TextPositionSelector', start: entry.start, end: entry.end },
      quote: { type: 'TextQuoteSelector', exact: entry.exact, prefix: entry.prefix, suffix: entry.suffix },
    },
    tagIds: [...entry.tagIds],
    anchorStatus: 'anchored',
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
  };
}

/** A note's citation as its document shares it (a citation's offsets are its position selector's). */
export function citationToEntry(record: CitationRecord, fingerprint: string): CitationEntry {
  const { quote } = record.selectors;
  return {
    article: fingerprint,
    start: record.start,
    end: record.end,
    quote: record.quote,
    prefix: quote.prefix,
    suffix: quote.suffix,
    sourceLabel: record.sourceLabel,
    highlight: record.highlightId,
    orphan: record.orphan === true,
  };
}

/**
 * A shared citation as a row of this device's citations table. `articleId` is this device's id
 * for the article when it has it; until then the fingerprint lets the note find it later.
 */
export function entryToCitation(id: string, entry: CitationEntry, articleId: string | undefined): CitationRecord {
  return {
    id,
    articleId: articleId ?? entry.article,
    fingerprint: entry.article,
    start: entry.start,
    end: entry.end,
    selectors: {
      position: { type: 'TextPositionSelector', start: entry.start, end: entry.end },
      quote: { type: 'TextQuoteSelector', exact: entry.quote, prefix: entry.prefix, suffix: entry.suffix },
    },
    quote: entry.quote,
    sourceLabel: entry.sourceLabel,
    highlightId: entry.highlight,
    ...(entry.orphan ? { orphan: true as const } : {}),
  };
}

/** The manifest entry of an article: its metadata as extracted (corrections are shared apart, per field). */
export function articleToEntry(record: ArticleRecord, addedBy: string, addedAt: number): ArticleEntry {
  return {
    fingerprint: record.fingerprint,
    title: record.title,
    outlet: record.outlet,
    authors: [...record.authors],
    published: record.published,
    dateline: record.dateline,
    agencies: [...record.agencies],
    url: record.url,
    lang: record.lang,
    format: record.format,
    sourceName: record.sourceName,
    length: record.length,
    addedBy,
    addedAt,
  };
}

/** The live codebook as local tag records, with the tree resolved (no cycles, tombstones left out). */
export function tagsToRecords(tags: ReadonlyMap<string, TagEntry>): TagRecord[] {
  return resolveTagTree(tags).map(({ id, entry, parentId }) => ({
    id,
    name: entry.name,
    color: entry.color,
    description: entry.description,
    parentId,
    order: entry.placement.order,
    createdAt: entry.createdAt,
  }));
}
