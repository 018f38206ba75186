/**
 * Local records into shared documents: each function writes only what differs, so writing the
 * whole corpus again (as the engine does on every start) sends nothing when nothing changed.
 * Callers run these inside `doc.transact(fn, LOCAL_ORIGIN)`, one transaction per batch.
 */
import * as Y from 'yjs';
import type { ArticleRecord, CitationRecord, HighlightRecord, TagRecord } from '../model';
import { METADATA_FIELDS } from '../ingest/types';
import { addTag, deleteTag, moveTag, readTags, resolveParents } from './codebook-tree';
import { CODER, NOTE, PROJECT, type ArticleEntry, type CitationEntry, type HighlightEntry } from './layout';
import { articleToEntry, citationToEntry, highlightToEntry } from './mapping';
import { sameValue } from './same-value';

/** Marks a transaction as this device's own writing (the engine ignores its own echoes). */
export const LOCAL_ORIGIN = 'parallax-local';

/** Manifest fields an article's sharer fills in once: not compared when the article is written again. */
const ENTRY_SHARER_FIELDS = new Set(['addedBy', 'addedAt']);

function sameEntry(a: ArticleEntry, b: ArticleEntry): boolean {
  return Object.keys(a).every((key) => ENTRY_SHARER_FIELDS.has(key) || sameValue(a[key as keyof ArticleEntry], b[key as keyof ArticleEntry]));
}

/** The article's manifest entry (added once; its extracted metadata never changes) and its corrections. Answers whether anything was written. */
export function pushArticle(doc: Y.Doc, record: ArticleRecord, by: string, now: number): boolean {
  let changed = false;
  const articles = doc.getMap<ArticleEntry>(PROJECT.articles);
  const existing = articles.get(record.fingerprint);
  const entry = articleToEntry(record, by, now);
  if (!existing || !sameEntry(existing, entry)) {
    articles.set(record.fingerprint, existing ? { ...entry, addedBy: existing.addedBy, addedAt: existing.addedAt } : entry);
    changed = true;
  }
  const corrections = doc.getMap<Y.Map<unknown>>(PROJECT.corrections);
  const edits = record.edits as Record<string, unknown>;
  const fields = METADATA_FIELDS.filter((field) => edits[field] !== undefined);
  let register = corrections.get(record.fingerprint);
  if (!register && fields.length === 0) return changed;
  if (!register) {
    register = new Y.Map<unknown>();
    corrections.set(record.fingerprint, register);
  }
  for (const field of METADATA_FIELDS) {
    const value = edits[field];
    if (value === undefined) {
      if (register.has(field)) {
        register.delete(field);
        changed = true;
      }
    } else if (!sameValue(register.get(field), value)) {
      register.set(field, Array.isArray(value) ? [...(value as string[])] : value);
      changed = true;
    }
  }
  return changed;
}

/**
 * The local codebook into the project document: new tags added, changed fields set, moves
 * made as placements (codebook-tree.ts keeps the shared tree acyclic), and tags no longer in
 * `records` among `removedIds` left as tombstones.
 */
export function pushTags(doc: Y.Doc, records: readonly TagRecord[], removedIds: readonly string[], by: string, now: number): number {
  let changed = 0;
  const map = doc.getMap<Y.Map<unknown>>(PROJECT.tags);
  const live = new Set(records.map((tag) => tag.id));
  for (const tag of records) {
    const fields = map.get(tag.id);
    if (!fields || !fields.has('placement')) {
      addTag(doc, tag.id, { name: tag.name, color: tag.color, description: tag.description, parentId: tag.parentId, order: tag.order }, by, tag.createdAt);
      changed++;
      continue;
    }
    let touched = false;
    for (const key of ['name', 'color', 'description'] as const) {
      if (fields.get(key) !== tag[key]) {
        fields.set(key, tag[key]);
        touched = true;
      }
    }
    if (fields.get('deletedAt') != null) {
      // Put back (an undo of a deletion): the tombstone is lifted.
      fields.set('deletedAt', null);
      fields.set('mergedInto', null);
      touched = true;
    }
    const parent = resolveParents(readTags(doc)).get(tag.id) ?? null;
    const order = (fields.get('placement') as { order: number }).order;
    if (parent !== tag.parentId || order !== tag.order) {
      moveTag(doc, tag.id, tag.parentId, tag.order, by);
      touched = true;
    }
    if (touched) changed++;
  }
  for (const id of removedIds) {
    const fields = map.get(id);
    if (live.has(id) || !fields || fields.get('deletedAt') != null) continue;
    deleteTag(doc, id, now);
    changed++;
  }
  return changed;
}

/** This member's highlights into their coder document; `removedIds` are deleted from it. */
export function pushHighlights(
  doc: Y.Doc,
  records: readonly HighlightRecord[],
  removedIds: readonly string[],
  fingerprintOf: (articleId: string) => string | undefined,
): number {
  let changed = 0;
  const map = doc.getMap<HighlightEntry>(CODER.highlights);
  for (const record of records) {
    const fingerprint = fingerprintOf(record.articleId);
    if (!fingerprint || record.coderId !== undefined) continue;
    const entry = highlightToEntry(record, fingerprint);
    if (!sameValue(map.get(record.id), entry)) {
      map.set(record.id, entry);
      changed++;
    }
  }
  for (const id of removedIds) {
    if (map.has(id)) {
      map.delete(id);
      changed++;
    }
  }
  return changed;
}

/**
 * A note's citations into its document. `onlyKnown`: only entries the document holds already are
 * rewritten (a re-anchored row, which the engine offers to every note document it has open).
 * A citation of an article whose fingerprint is unknown is left out.
 */
export function pushCitations(
  doc: Y.Doc,
  records: readonly CitationRecord[],
  fingerprintOf: (articleId: string) => string | undefined,
  onlyKnown = false,
): number {
  let changed = 0;
  const map = doc.getMap<CitationEntry>(NOTE.citations);
  for (const record of records) {
    if (onlyKnown && !map.has(record.id)) continue;
    const fingerprint = record.fingerprint ?? fingerprintOf(record.articleId);
    if (!fingerprint) continue;
    const entry = citationToEntry(record, fingerprint);
    if (!sameValue(map.get(record.id), entry)) {
      map.set(record.id, entry);
      changed++;
    }
  }
  return changed;
}
