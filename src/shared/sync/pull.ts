/**
 * Shared documents into local records. A peer is never trusted: every entry is checked
 * (entries.ts) before it becomes a record, and one that fails is left out and counted, so a
 * bad entry from a misbehaving client never reaches the corpus or the screen.
 */
import * as Y from 'yjs';
import type { CitationRecord, HighlightRecord, TagRecord } from '../model';
import { METADATA_FIELDS } from '../ingest/types';
import { readTags } from './codebook-tree';
import { checkArticleEntry, checkCitationEntry, checkCorrection, checkHighlightEntry, checkTagField } from './entries';
import { CODER, NOTE, PROJECT, type ArticleEntry, type CitationEntry, type HighlightEntry } from './layout';
import { entryToCitation, entryToHighlight, tagsToRecords } from './mapping';

export interface Pulled<T> {
  items: T;
  /** Entries left out because they failed their checks. */
  refused: number;
}

export function readManifest(doc: Y.Doc): Pulled<Map<string, ArticleEntry>> {
  const out = new Map<string, ArticleEntry>();
  let refused = 0;
  doc.getMap<unknown>(PROJECT.articles).forEach((value, key) => {
    if (checkArticleEntry(key, value) === null) out.set(key, value as ArticleEntry);
    else refused++;
  });
  return { items: out, refused };
}

/** An article's corrected fields, as ArticleRecord.edits holds them. */
export function readCorrections(doc: Y.Doc, fingerprint: string): Record<string, unknown> {
  const register = doc.getMap<unknown>(PROJECT.corrections).get(fingerprint);
  const edits: Record<string, unknown> = {};
  if (!(register instanceof Y.Map)) return edits;
  for (const field of METADATA_FIELDS) {
    const value: unknown = register.get(field);
    if (value !== undefined && checkCorrection(field, value) === null) edits[field] = value;
  }
  return edits;
}

export interface PulledCodebook {
  /** The live codebook, its tree resolved. */
  tags: TagRecord[];
  /** Tags deleted in the project (tombstones): gone from the local codebook too. */
  deletedIds: string[];
}

export function readCodebook(doc: Y.Doc): Pulled<PulledCodebook> {
  const all = readTags(doc);
  let refused = 0;
  for (const [id, entry] of all) {
    const problem = (['name', 'color', 'description', 'placement'] as const).map((field) => checkTagField(id, field, entry[field])).find((p) => p !== null);
    if (problem) {
      all.delete(id);
      refused++;
    }
  }
  const deletedIds = [...all].filter(([, entry]) => entry.deletedAt != null).map(([id]) => id);
  return { items: { tags: tagsToRecords(all), deletedIds }, refused };
}

/**
 * One coder's highlights as local records, marked with the coder. Highlights on articles this
 * device does not hold yet are left for later (`waiting`): they come in once the article does.
 */
export function readCoderHighlights(
  doc: Y.Doc,
  coderId: string,
  articleIdOf: (fingerprint: string) => string | undefined,
  /** Only these keys (what changed); all when omitted. */
  only?: ReadonlySet<string>,
): Pulled<HighlightRecord[]> & { waiting: number } {
  const items: HighlightRecord[] = [];
  let refused = 0;
  let waiting = 0;
  const map = doc.getMap<unknown>(CODER.highlights);
  const read = (value: unknown, key: string) => {
    if (checkHighlightEntry(key, value) !== null) {
      refused++;
      return;
    }
    const entry = value as HighlightEntry;
    const articleId = articleIdOf(entry.article);
    if (!articleId) {
      waiting++;
      return;
    }
    items.push({ ...entryToHighlight(entry, articleId), coderId });
  };
  if (only) {
    for (const key of only) {
      const value = map.get(key);
      if (value !== undefined) read(value, key);
    }
  } else {
    map.forEach(read);
  }
  return { items, refused, waiting };
}

/** A note's citations as this device's rows: each article by this device's id when it has the article. */
export function readNoteCitations(doc: Y.Doc, articleIdOf: (fingerprint: string) => string | undefined): Pulled<CitationRecord[]> {
  const out: CitationRecord[] = [];
  let refused = 0;
  doc.getMap<unknown>(NOTE.citations).forEach((value, key) => {
    if (checkCitationEntry(key, value) !== null) {
      refused++;
      return;
    }
    const entry = value as CitationEntry;
    out.push(entryToCitation(key, entry, articleIdOf(entry.article)));
  });
  return { items: out, refused };
}
