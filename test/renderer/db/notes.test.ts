import { afterEach, describe, expect, it } from 'vitest';
import { describe as describeSpan } from '@shared/anchoring';
import type { HighlightRecord, NoteRecord, SpanCitation } from '@shared/model';
import {
  createNote,
  deleteNote,
  listAllNotes,
  listNotesForArticle,
  notesForHighlight,
  restoreNote,
  saveNoteContent,
} from '../../../src/renderer/src/db/notes';
import type { ParallaxDB } from '../../../src/renderer/src/db/schema';
import { emptyNoteContent, noteContentWithCitation } from '../../../src/renderer/src/editor/summary';
import { addCitation } from '../../../src/renderer/src/db/citations';
import { freshDb } from './test-db';

const TEXT = 'Blinken and Lavrov met in Reykjavik on Wednesday. Both called the talks constructive.';

function citation(articleId: string, quote: string): SpanCitation {
  const start = TEXT.indexOf(quote);
  const end = start + quote.length;
  return { articleId, start, end, selectors: describeSpan(TEXT, start, end), quote, sourceLabel: `Source of ${articleId}`, highlightId: null };
}

/** A note's content holding one span link: the citation is stored first, the link names its row. */
async function citing(target: ParallaxDB, cited: SpanCitation): Promise<string> {
  return noteContentWithCitation((await addCitation(target, cited)).id);
}

function highlight(id: string, articleId: string): HighlightRecord {
  return {
    id,
    articleId,
    start: 0,
    end: 7,
    selectors: describeSpan(TEXT, 0, 7),
    tagIds: [],
    anchorStatus: 'anchored',
    createdAt: 1,
    updatedAt: 1,
  };
}

describe('notes in the database', () => {
  let db: ParallaxDB;
  afterEach(async () => {
    await db?.delete();
  });

  it('creates an empty note on an article, a highlight or nothing', async () => {
    db = freshDb();
    const onArticle = await createNote(db, { articleId: 'a' }, 1000);
    const onHighlight = await createNote(db, { articleId: 'a', highlightId: 'h1' }, 1001);
    const standalone = await createNote(db, {}, 1002);
    expect(onArticle).toMatchObject({ articleId: 'a', highlightId: null, plainText: '', citedArticleIds: [], createdAt: 1000, updatedAt: 1000 });
    expect(onHighlight).toMatchObject({ articleId: 'a', highlightId: 'h1' });
    expect(standalone).toMatchObject({ articleId: null, highlightId: null });
    expect(await db.notes.get(onArticle.id)).toEqual(onArticle);
    expect(JSON.parse(standalone.content)).toHaveProperty('root');
    expect(new Set([onArticle.id, onHighlight.id, standalone.id]).size).toBe(3);
  });

  it('creates a note from content that cites an article, and knows it cites it', async () => {
    db = freshDb();
    const note = await createNote(db, { articleId: 'a', content: await citing(db, citation('b', 'Both called the talks constructive.')) });
    expect(note.citedArticleIds).toEqual(['b']);
    expect(note.plainText).toBe('“Both called the talks constructive.” (Source of b)');
  });

  it('keeps in the note only the id of the citation, and the citation in its own row', async () => {
    db = freshDb();
    const cited = citation('b', 'Both called the talks constructive.');
    const note = await createNote(db, { content: await citing(db, cited) });
    const link = JSON.parse(note.content).root.children[0].children[0];
    expect(Object.keys(link).sort()).toEqual(['citationId', 'type', 'version']);
    expect(link).toMatchObject({ type: 'span-link', version: 2 });
    expect(await db.citations.get(link.citationId)).toEqual({ id: link.citationId, ...cited });
    expect(note.content).not.toContain('Both called');
  });

  it('gives a link to a citation that is not stored no words and no cited article', async () => {
    db = freshDb();
    const note = await createNote(db, { content: noteContentWithCitation('no-such-row') });
    expect(note).toMatchObject({ plainText: '', citedArticleIds: [] });
  });

  it('saves content with its plain text, cited articles and a new date', async () => {
    db = freshDb();
    const note = await createNote(db, { articleId: 'a' }, 1000);
    const saved = await saveNoteContent(db, note.id, await citing(db, citation('c', 'Blinken and Lavrov')), 2000);
    expect(saved).toMatchObject({ id: note.id, articleId: 'a', createdAt: 1000, updatedAt: 2000, citedArticleIds: ['c'] });
    expect(saved?.plainText).toContain('“Blinken and Lavrov” (Source of c)');
    expect(await db.notes.get(note.id)).toEqual(saved);
  });

  it('leaves a note untouched when the content saved is what it already holds', async () => {
    db = freshDb();
    const note = await createNote(db, {}, 1000);
    await saveNoteContent(db, note.id, note.content, 5000);
    expect((await db.notes.get(note.id))?.updatedAt).toBe(1000);
  });

  it('does not bring a deleted note back when a late save arrives', async () => {
    db = freshDb();
    const note = await createNote(db, {});
    await deleteNote(db, note.id);
    expect(await saveNoteContent(db, note.id, emptyNoteContent())).toBeUndefined();
    expect(await db.notes.count()).toBe(0);
  });

  it('lists the notes of an article: on it, on its highlights and citing it, each once, newest first', async () => {
    db = freshDb();
    await db.highlights.bulkAdd([highlight('h1', 'a'), highlight('h2', 'other')]);
    const onArticle = await createNote(db, { articleId: 'a' }, 1000);
    const onHighlightOnly = await createNote(db, { highlightId: 'h1' }, 2000);
    const citingFromElsewhere = await createNote(db, { articleId: 'b', content: await citing(db, citation('a', 'Blinken')) }, 3000);
    const onArticleAndCiting = await createNote(db, { articleId: 'a', content: await citing(db, citation('a', 'Reykjavik')) }, 4000);
    await createNote(db, { articleId: 'b' }, 5000);
    await createNote(db, { highlightId: 'h2' }, 6000);
    await createNote(db, {}, 7000);

    const listed = await listNotesForArticle(db, 'a');
    expect(listed.map((note) => note.id)).toEqual([onArticleAndCiting.id, citingFromElsewhere.id, onHighlightOnly.id, onArticle.id]);
  });

  it('lists an article again in its new order after a note is edited', async () => {
    db = freshDb();
    const older = await createNote(db, { articleId: 'a' }, 1000);
    const newer = await createNote(db, { articleId: 'a' }, 2000);
    await saveNoteContent(db, older.id, await citing(db, citation('x', 'Wednesday')), 3000);
    expect((await listNotesForArticle(db, 'a')).map((note) => note.id)).toEqual([older.id, newer.id]);
    expect(await listNotesForArticle(db, 'x')).toHaveLength(1);
  });

  it('lists all notes newest first, and the notes of one highlight', async () => {
    db = freshDb();
    const first = await createNote(db, { articleId: 'a', highlightId: 'h1' }, 1000);
    const second = await createNote(db, {}, 2000);
    const third = await createNote(db, { highlightId: 'h1' }, 3000);
    expect((await listAllNotes(db)).map((note) => note.id)).toEqual([third.id, second.id, first.id]);
    expect((await notesForHighlight(db, 'h1')).map((note) => note.id)).toEqual([third.id, first.id]);
    expect(await notesForHighlight(db, 'h9')).toEqual([]);
  });

  it('deletes a note and restores it exactly as it was', async () => {
    db = freshDb();
    const note = await createNote(db, { articleId: 'a', content: await citing(db, citation('b', 'Blinken')) }, 1000);
    const deleted = (await deleteNote(db, note.id)) as NoteRecord;
    expect(deleted).toEqual(note);
    expect(await db.notes.get(note.id)).toBeUndefined();
    expect(await listNotesForArticle(db, 'b')).toEqual([]);
    await restoreNote(db, deleted);
    expect(await db.notes.get(note.id)).toEqual(note);
    expect((await listNotesForArticle(db, 'b')).map((n) => n.id)).toEqual([note.id]);
  });

  it('returns nothing when deleting a note that does not exist', async () => {
    db = freshDb();
    expect(await deleteNote(db, 'missing')).toBeUndefined();
  });
});
