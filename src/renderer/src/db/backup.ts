/**
 * The corpus as a JSON backup (src/shared/dossier/backup.ts), and a backup back into the
 * database: replacing the corpus or merging into it. Each restore writes in one transaction, so
 * a failure leaves the corpus exactly as it was.
 *
 * A backup is a file that stands on its own: each span link in a note carries its citation
 * (beside the citation's id, src/shared/notes/citation-links.ts), as backups always have, so
 * the format is unchanged and older backups restore as they are. In the database the citations
 * are rows of their own: they are written into the notes on the way out and taken out on the
 * way in.
 */
import { type BackupCorpus, mergeBackup, type MergePlan } from '@shared/dossier/backup';
import type { ArticleRecord, ArticleTextRecord, CitationRecord, MetaRecord, NoteRecord, TagRecord } from '@shared/model';
import { embedCitations, extractCitations } from '@shared/notes/citation-links';
import { checkColour } from '@shared/sync/fields';
import { dropCandidateIndex } from './candidate-index';
import { citationsOfContents } from './citations';
import { newId } from './ids';
import { shinglesRecord } from './near-duplicates';
import type { ParallaxDB } from './schema';

/**
 * Meta keys that are caches the app rebuilds (the full-text index and its stamp): they are not
 * part of a backup, and a restore leaves the current ones to be brought up to date.
 */
export const DERIVED_META_KEYS: ReadonlySet<string> = new Set(['searchIndex', 'searchIndexDirty']);

/** Texts are read in chunks so that progress can be shown and a cancel is honoured between them. */
const TEXT_CHUNK = 250;

export interface ReadProgress {
  done: number;
  total: number;
}

/** Every record but the texts (which are large: read apart, in chunks), in one read transaction. */
async function readRecords(db: ParallaxDB): Promise<BackupCorpus> {
  return db.transaction('r', [db.articles, db.tags, db.highlights, db.notes, db.collections, db.meta], async () => ({
    articles: await db.articles.toArray(),
    articleTexts: [],
    tags: await db.tags.toArray(),
    highlights: await db.highlights.toArray(),
    notes: await db.notes.toArray(),
    collections: await db.collections.toArray(),
    meta: await db.meta.filter((m) => !DERIVED_META_KEYS.has(m.key)).toArray(),
  }));
}

/** Everything a backup holds, read from the database (notes with their citations inside). */
export async function readBackupCorpus(db: ParallaxDB, onProgress?: (progress: ReadProgress) => void, signal?: AbortSignal): Promise<BackupCorpus> {
  const records = await readRecords(db);
  const notes = await withCitationsInside(db, records.notes);
  const articleTexts = await readTexts(db, records.articles.map((a) => a.id), onProgress, signal);
  return { ...records, notes, articleTexts };
}

/** The notes as a file holds them: each span link with its citation written in (see the top of this file). */
export async function withCitationsInside(db: ParallaxDB, notes: readonly NoteRecord[]): Promise<NoteRecord[]> {
  const rows = await citationsOfContents(db, notes.map((n) => n.content));
  return notes.map((note) => {
    const content = embedCitations(note.content, (id) => rows.get(id));
    return content === note.content ? note : { ...note, content };
  });
}

/** The notes as the database holds them (span links naming rows), and the rows. */
function withCitationsApart(notes: readonly NoteRecord[]): { notes: NoteRecord[]; citations: CitationRecord[] } {
  const citations: CitationRecord[] = [];
  const apart = notes.map((note) => {
    const extracted = extractCitations(note.content, newId);
    citations.push(...extracted.citations);
    return extracted.content === note.content ? note : { ...note, content: extracted.content };
  });
  return { notes: apart, citations };
}

/** The texts of these articles, in chunks, with progress; an article without a stored text is left out. */
export async function readTexts(db: ParallaxDB, ids: readonly string[], onProgress?: (progress: ReadProgress) => void, signal?: AbortSignal): Promise<ArticleTextRecord[]> {
  const texts: ArticleTextRecord[] = [];
  onProgress?.({ done: 0, total: ids.length });
  for (let i = 0; i < ids.length; i += TEXT_CHUNK) {
    signal?.throwIfAborted();
    const chunk = await db.articleTexts.bulkGet(ids.slice(i, i + TEXT_CHUNK));
    for (const text of chunk) if (text) texts.push(text);
    onProgress?.({ done: Math.min(ids.length, i + TEXT_CHUNK), total: ids.length });
  }
  return texts;
}

/**
 * Replaces the whole corpus with `corpus`. Records are deleted by key (not cleared) so that the
 * search index hears of every change; near-duplicate shingles are recomputed from the texts.
 */
export async function replaceCorpus(db: ParallaxDB, corpus: BackupCorpus): Promise<void> {
  refuseUnsafeTags(corpus.tags);
  const shingles = corpus.articleTexts.map((t) => shinglesRecord(t.id, t.text));
  const { notes, citations } = withCitationsApart(corpus.notes);
  await db.transaction('rw', [db.articles, db.articleTexts, db.articleShingles, db.tags, db.highlights, db.notes, db.citations, db.collections, db.meta, db.snapshots], async () => {
    await Promise.all([
      // Snapshots belong to the articles being replaced; a backup carries none.
      db.snapshots.clear(),
      db.articles.bulkDelete(await db.articles.toCollection().primaryKeys()),
      db.articleTexts.bulkDelete(await db.articleTexts.toCollection().primaryKeys()),
      db.notes.bulkDelete(await db.notes.toCollection().primaryKeys()),
      db.citations.clear(),
      db.articleShingles.clear(),
      db.tags.clear(),
      db.highlights.clear(),
      db.collections.clear(),
      db.meta.bulkDelete((await db.meta.toCollection().primaryKeys()).filter((key) => !DERIVED_META_KEYS.has(key))),
    ]);
    await Promise.all([
      db.articles.bulkAdd(corpus.articles),
      db.articleTexts.bulkAdd(corpus.articleTexts),
      db.articleShingles.bulkAdd(shingles),
      db.tags.bulkAdd(corpus.tags),
      db.highlights.bulkAdd(corpus.highlights),
      db.notes.bulkAdd(notes),
      db.citations.bulkPut(citations),
      db.collections.bulkAdd(corpus.collections),
      db.meta.bulkPut(restoredMeta(corpus.meta)),
    ]);
  });
  dropCandidateIndex(db);
}

/**
 * The last check before a restore writes: every tag colour is #rrggbb (parseBackup checks this
 * and every other field; a corpus that reaches here by another way is checked again), so no
 * restored value can carry CSS into a style attribute. Throws in words, before anything is written.
 */
function refuseUnsafeTags(tags: readonly TagRecord[]): void {
  for (const tag of tags) {
    const problem = checkColour(tag.color, `The colour of the tag “${String(tag.name).slice(0, 60)}”`);
    if (problem) throw new Error(`${problem} Nothing was restored.`);
  }
}

/**
 * A restored corpus never gets the sample articles again: whatever the backup says about the
 * first launch, it has happened.
 */
function restoredMeta(meta: readonly MetaRecord[]): MetaRecord[] {
  const kept = meta.filter((m) => !DERIVED_META_KEYS.has(m.key));
  if (!kept.some((m) => m.key === 'seedCorpus')) kept.push({ key: 'seedCorpus', value: { state: 'done', at: Date.now() } });
  return kept;
}

/** What merging `incoming` would change, against the corpus as it is now (nothing written). */
export async function planMerge(db: ParallaxDB, incoming: BackupCorpus): Promise<MergePlan> {
  return mergeBackup(await readRecords(db), incoming);
}

/** Writes a merge plan: the new records added, the newer highlights and notes and the grown collections put over the old. */
export async function applyMergePlan(db: ParallaxDB, plan: MergePlan): Promise<void> {
  const { add, update } = plan;
  refuseUnsafeTags(add.tags);
  const shingles = add.articleTexts.map((t) => shinglesRecord(t.id, t.text));
  const added = withCitationsApart(add.notes);
  const updated = withCitationsApart(update.notes);
  await db.transaction('rw', [db.articles, db.articleTexts, db.articleShingles, db.tags, db.highlights, db.notes, db.citations, db.collections, db.meta], async () => {
    // A merged article may name current articles as near-duplicates: link them back.
    const backLinks = new Map<string, string[]>();
    for (const a of add.articles) for (const other of a.nearDuplicateIds) backLinks.set(other, [...(backLinks.get(other) ?? []), a.id]);
    const linked = (await db.articles.bulkGet([...backLinks.keys()])).filter((a): a is ArticleRecord => !!a);
    await Promise.all([
      db.articles.bulkAdd(add.articles),
      db.articleTexts.bulkAdd(add.articleTexts),
      db.articleShingles.bulkPut(shingles),
      db.tags.bulkAdd(add.tags),
      db.highlights.bulkAdd(add.highlights),
      db.notes.bulkAdd(added.notes),
      db.citations.bulkPut([...added.citations, ...updated.citations]),
      db.meta.bulkAdd(add.meta.filter((m) => !DERIVED_META_KEYS.has(m.key))),
      db.highlights.bulkPut(update.highlights),
      db.notes.bulkPut(updated.notes),
      db.collections.bulkAdd(add.collections),
      db.collections.bulkPut(update.collections),
      db.articles.bulkPut(linked.map((a) => ({ ...a, nearDuplicateIds: [...new Set([...a.nearDuplicateIds, ...(backLinks.get(a.id) ?? [])])] }))),
    ]);
  });
  dropCandidateIndex(db);
}
