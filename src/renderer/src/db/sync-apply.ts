/**
 * What other members sent, written into the corpus. Every function here writes through
 * applyRemote (changes.ts), so its changes are announced with origin `remote` and the sync
 * engine does not send them back; each writes only what differs from what is stored.
 */
import type { BoilerplateBlock, ParsedArticle } from '@shared/ingest/types';
import type { CitationRecord, CollectionRecord, HighlightRecord, Id, TagRecord } from '@shared/model';
import { articleVersionKeys } from '@shared/version-keys';
import type { ArticleEntry } from '@shared/sync/layout';
import { sameValue } from '@shared/sync/same-value';
import { noteSummary } from '../editor/summary';
import { addArticleTables, addParsedArticles, type AddArticleResult } from './add-articles';
import { applyRemote } from './changes';
import type { ParallaxDB } from './schema';

const TAG_FIELDS = ['name', 'color', 'description', 'parentId', 'order'] as const;

/**
 * The project's collections into the local ones: changed ones put (name and articles as the
 * project has them), deleted ones removed. A collection made here and not yet in the project
 * is not among `deletedIds`, so it stays. Answers how many rows changed.
 */
export async function applyRemoteCollections(db: ParallaxDB, collections: readonly CollectionRecord[], deletedIds: readonly Id[]): Promise<number> {
  return applyRemote(db, [db.collections], async () => {
    const local = new Map((await db.collections.toArray()).map((c) => [c.id, c]));
    const puts = collections.filter((c) => {
      const held = local.get(c.id);
      return !held || held.name !== c.name || !sameValue(held.articleIds, c.articleIds);
    });
    const deletes = deletedIds.filter((id) => local.has(id));
    // This device's times stay when it has the collection: the project's are only a stand-in.
    if (puts.length > 0) {
      await db.collections.bulkPut(
        puts.map((c) => {
          const held = local.get(c.id);
          return held ? { ...c, createdAt: held.createdAt, updatedAt: Math.max(held.updatedAt, c.updatedAt) } : c;
        }),
      );
    }
    if (deletes.length > 0) await db.collections.bulkDelete(deletes);
    return puts.length + deletes.length;
  });
}

/** The project's codebook into the local one: changed tags put, deleted ones removed. Answers how many rows changed. */
export async function applyRemoteCodebook(db: ParallaxDB, tags: readonly TagRecord[], deletedIds: readonly Id[]): Promise<number> {
  return applyRemote(db, [db.tags], async () => {
    const local = new Map((await db.tags.toArray()).map((tag) => [tag.id, tag]));
    const puts = tags.filter((tag) => {
      const held = local.get(tag.id);
      return !held || TAG_FIELDS.some((field) => held[field] !== tag[field]);
    });
    const deletes = deletedIds.filter((id) => local.has(id));
    if (puts.length > 0) await db.tags.bulkPut(puts.map((tag) => ({ ...tag, createdAt: local.get(tag.id)?.createdAt ?? tag.createdAt })));
    if (deletes.length > 0) await db.tags.bulkDelete(deletes);
    return puts.length + deletes.length;
  });
}

const HIGHLIGHT_FIELDS = ['articleId', 'start', 'end', 'tagIds', 'updatedAt', 'selectors'] as const;

/** Another coder's highlights, as their document holds them now: the local copy becomes exactly that set. */
export async function applyRemoteHighlights(db: ParallaxDB, coderId: string, highlights: readonly HighlightRecord[]): Promise<number> {
  return applyRemote(db, [db.highlights], async () => {
    const held = new Map((await db.highlights.filter((h) => h.coderId === coderId).toArray()).map((h) => [h.id, h]));
    const incoming = new Set(highlights.map((h) => h.id));
    const puts = highlights.filter((h) => {
      const local = held.get(h.id);
      return !local || HIGHLIGHT_FIELDS.some((field) => !sameValue(local[field], h[field]));
    });
    const deletes = [...held.keys()].filter((id) => !incoming.has(id));
    if (puts.length > 0) await db.highlights.bulkPut(puts.map((h) => ({ ...h, anchorStatus: held.get(h.id)?.anchorStatus ?? h.anchorStatus })));
    if (deletes.length > 0) await db.highlights.bulkDelete(deletes);
    return puts.length + deletes.length;
  });
}

/** Some of another coder's highlights changed (what their document's last updates touched): only those are written. */
export async function applyRemoteHighlightChanges(db: ParallaxDB, coderId: string, changed: readonly HighlightRecord[], removedIds: readonly Id[]): Promise<number> {
  if (changed.length === 0 && removedIds.length === 0) return 0;
  return applyRemote(db, [db.highlights], async () => {
    const held = await db.highlights.bulkGet([...changed.map((h) => h.id), ...removedIds]);
    const heldById = new Map(held.filter((h): h is HighlightRecord => h !== undefined).map((h) => [h.id, h]));
    // Never another coder's or this device's own highlight under the same id.
    const puts = changed.filter((h) => {
      const local = heldById.get(h.id);
      if (local && local.coderId !== coderId) return false;
      return !local || HIGHLIGHT_FIELDS.some((field) => !sameValue(local[field], h[field]));
    });
    const deletes = removedIds.filter((id) => heldById.get(id)?.coderId === coderId);
    if (puts.length > 0) await db.highlights.bulkPut(puts.map((h) => ({ ...h, anchorStatus: heldById.get(h.id)?.anchorStatus ?? h.anchorStatus })));
    if (deletes.length > 0) await db.highlights.bulkDelete(deletes);
    return puts.length + deletes.length;
  });
}

/** Other coders' highlights leave this device (a blind round began, or the project was left); they come back on reveal. */
export async function withdrawOtherCodersHighlights(db: ParallaxDB, keepCoderIds: ReadonlySet<string> = new Set()): Promise<number> {
  return applyRemote(db, [db.highlights], async () => {
    const ids = (await db.highlights.filter((h) => h.coderId !== undefined && !keepCoderIds.has(h.coderId)).primaryKeys()) as Id[];
    await db.highlights.bulkDelete(ids);
    return ids.length;
  });
}

export interface RemoteArticle {
  entry: ArticleEntry;
  text: string;
  boilerplate: BoilerplateBlock[];
  edits: Record<string, unknown>;
}

/** Articles another member shared, with their texts: stored like an import (near-duplicates and versions found as usual). */
export async function applyRemoteArticles(db: ParallaxDB, articles: readonly RemoteArticle[]): Promise<AddArticleResult[]> {
  if (articles.length === 0) return [];
  return applyRemote(db, addArticleTables(db), async () => {
    const results = await addParsedArticles(
      db,
      articles.map(({ entry, text, boilerplate }) => ({ parsed: parsedFromEntry(entry, text, boilerplate), sourceName: entry.sourceName })),
    );
    for (const [i, result] of results.entries()) {
      const edits = articles[i]!.edits;
      if (result.status !== 'duplicate' && Object.keys(edits).length > 0) {
        await db.articles.update(result.article.id, { edits, versionKeys: articleVersionKeys({ ...result.article, edits }) });
      }
    }
    return results;
  });
}

function parsedFromEntry(entry: ArticleEntry, text: string, boilerplate: BoilerplateBlock[]): ParsedArticle {
  return {
    title: entry.title,
    outlet: entry.outlet,
    authors: [...entry.authors],
    published: entry.published,
    dateline: entry.dateline,
    agencies: [...entry.agencies],
    url: entry.url,
    format: entry.format as ParsedArticle['format'],
    text,
    fingerprint: entry.fingerprint,
    warnings: [],
    provenance: {},
    boilerplate,
    lang: entry.lang,
  };
}

/** The project's corrections of one article's metadata. */
export async function applyRemoteCorrections(db: ParallaxDB, articleId: Id, edits: Record<string, unknown>): Promise<boolean> {
  return applyRemote(db, [db.articles], async () => {
    const article = await db.articles.get(articleId);
    if (!article || sameValue(article.edits, edits)) return false;
    const superseded = (await db.articles.where('previousVersionId').equals(articleId).count()) > 0;
    const next = { ...article, edits };
    await db.articles.put({ ...next, versionKeys: superseded ? [] : articleVersionKeys(next) });
    return true;
  });
}

export interface RemoteNote {
  id: Id;
  content: string;
  articleId: Id | null;
  createdAt: number;
  /** The citations its span links name, as the note's document holds them. */
  citations: readonly CitationRecord[];
}

/**
 * A note as the project holds it now: created here if new, its content replaced if it changed,
 * and its citations' rows written (in the same transaction, so a link never names a missing row).
 */
export async function applyRemoteNote(db: ParallaxDB, note: RemoteNote, now: number = Date.now()): Promise<boolean> {
  const { plainText, citedArticleIds } = noteSummary(note.content, new Map(note.citations.map((c) => [c.id, c])));
  return applyRemote(db, [db.notes, db.citations], async () => {
    const [held, heldCitations] = await Promise.all([db.notes.get(note.id), db.citations.bulkGet(note.citations.map((c) => c.id))]);
    const citations = note.citations.filter((c, i) => !sameValue(heldCitations[i], c));
    if (citations.length > 0) await db.citations.bulkPut([...citations]);
    if (held && held.content === note.content && sameValue(held.citedArticleIds, citedArticleIds)) return citations.length > 0;
    await db.notes.put({
      id: note.id,
      content: note.content,
      plainText,
      citedArticleIds,
      articleId: held?.articleId ?? note.articleId,
      highlightId: held?.highlightId ?? null,
      createdAt: held?.createdAt ?? note.createdAt,
      updatedAt: Math.max(now, held?.updatedAt ?? 0),
    });
    return true;
  });
}

/** A note its writer deleted in the project. */
export async function removeRemoteNote(db: ParallaxDB, id: Id): Promise<void> {
  await applyRemote(db, [db.notes], async () => {
    await db.notes.delete(id);
  });
}
