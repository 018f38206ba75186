import type { CitationRecord, Id, NoteRecord } from '@shared/model';
import { emptyNoteContent, noteSummary } from '../editor/summary';
import { citationsOfContents } from './citations';
import { newId } from './ids';
import type { ParallaxDB } from './schema';

export interface NewNote {
  /** The article the note is about, or none for a standalone note. */
  articleId?: Id | null;
  /** The highlight the note is about, if any. */
  highlightId?: Id | null;
  /** Serialised Lexical editor state; an empty note when omitted. */
  content?: string;
  /** The stored citations the content's span links name (its plain text quotes their words). */
  citations?: readonly CitationRecord[];
}

/** Newest first; ties by creation, then id, so the order never flickers. */
function newestFirst(a: NoteRecord, b: NoteRecord): number {
  return b.updatedAt - a.updatedAt || b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A new note record, not yet stored: its plain text and cited articles come from its content. */
export function newNoteRecord(input: NewNote = {}, now: number = Date.now()): NoteRecord {
  const content = input.content ?? emptyNoteContent();
  const { plainText, citedArticleIds } = noteSummary(content, new Map((input.citations ?? []).map((c) => [c.id, c])));
  return {
    id: newId(),
    content,
    plainText,
    articleId: input.articleId ?? null,
    highlightId: input.highlightId ?? null,
    citedArticleIds,
    createdAt: now,
    updatedAt: now,
  };
}

/** Stores a new note (on an article, on a highlight, or standalone) and returns it. */
export async function createNote(db: ParallaxDB, input: NewNote = {}, now: number = Date.now()): Promise<NoteRecord> {
  const citations = input.citations ?? [...(await citationsOfContents(db, [input.content ?? ''])).values()];
  const note = newNoteRecord({ ...input, citations }, now);
  await db.notes.add(note);
  return note;
}

/**
 * Saves a note's content, with the plain text and cited articles derived from it. Returns the
 * saved note, or undefined when the note no longer exists (it was deleted meanwhile: a save
 * never brings a deleted note back). Saving unchanged content changes nothing.
 */
export async function saveNoteContent(
  db: ParallaxDB,
  id: Id,
  content: string,
  now: number = Date.now(),
): Promise<NoteRecord | undefined> {
  // The summary is pure work on the content and its citations: done before the transaction so
  // it holds no lock meanwhile (citation rows are written before any link to them is inserted).
  const { plainText, citedArticleIds } = noteSummary(content, await citationsOfContents(db, [content]));
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (!note) return undefined;
    if (note.content === content) return note;
    const saved: NoteRecord = { ...note, content, plainText, citedArticleIds, updatedAt: Math.max(now, note.updatedAt) };
    await db.notes.put(saved);
    return saved;
  });
}

/** Deletes a note and returns the row as it was, so that Undo can put it back with restoreNote. */
export async function deleteNote(db: ParallaxDB, id: Id): Promise<NoteRecord | undefined> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (note) await db.notes.delete(id);
    return note;
  });
}

/** Puts a deleted note back exactly as it was (same id, dates and content). */
export async function restoreNote(db: ParallaxDB, note: NoteRecord): Promise<void> {
  await db.notes.put(note);
}

export async function getNote(db: ParallaxDB, id: Id): Promise<NoteRecord | undefined> {
  return db.notes.get(id);
}

/**
 * Every note about an article: notes on the article, notes on its highlights, and notes citing
 * a span of it from anywhere. Each note once, newest first.
 */
export async function listNotesForArticle(db: ParallaxDB, articleId: Id): Promise<NoteRecord[]> {
  return db.transaction('r', db.notes, db.highlights, async () => {
    const highlightIds = (await db.highlights.where('articleId').equals(articleId).primaryKeys()) as Id[];
    const [onArticle, onHighlights, citing] = await Promise.all([
      db.notes.where('articleId').equals(articleId).toArray(),
      highlightIds.length ? db.notes.where('highlightId').anyOf(highlightIds).toArray() : Promise.resolve([]),
      db.notes.where('citedArticleIds').equals(articleId).toArray(),
    ]);
    const byId = new Map<Id, NoteRecord>();
    for (const note of [...onArticle, ...onHighlights, ...citing]) byId.set(note.id, note);
    return [...byId.values()].sort(newestFirst);
  });
}

/** Every note in the corpus, newest first. */
export async function listAllNotes(db: ParallaxDB): Promise<NoteRecord[]> {
  return (await db.notes.orderBy('updatedAt').reverse().toArray()).sort(newestFirst);
}

/** The notes on one highlight, newest first. */
export async function notesForHighlight(db: ParallaxDB, highlightId: Id): Promise<NoteRecord[]> {
  return (await db.notes.where('highlightId').equals(highlightId).toArray()).sort(newestFirst);
}
