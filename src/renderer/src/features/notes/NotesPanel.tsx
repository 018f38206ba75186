import { useLiveQuery } from 'dexie-react-hooks';
import { Plus, StickyNote, Trash2, X } from 'lucide-react';
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { displayTitle } from '@shared/article-view';
import type { Id, NoteRecord, SpanCitation } from '@shared/model';
import { useServices } from '../../app/services';
import { useNavigationState } from '../../app/use-navigation';
import { addCitation } from '../../db/citations';
import { deleteNote, listAllNotes, listNotesForArticle, newNoteRecord, restoreNote, type NewNote } from '../../db/notes';
import { noteContentWithCitation } from '../../editor/summary';
import { NoteEditor, type NoteEditorHandle } from './NoteEditor';
import { useNoteCollaboration } from './use-note-collaboration';
import { describeAttachment, formatNoteDate, noteTitle } from './note-labels';
import './notes.css';

/** The note left open when the pane last closed (switching tabs unmounts it): reopened on return. */
let lastOpenNoteId: Id | null = null;

function undoLabelFor(note: Pick<NoteRecord, 'plainText'>): string {
  const title = noteTitle(note.plainText);
  if (!title) return 'Delete empty note';
  return `Delete note “${title.length > 40 ? `${title.slice(0, 39)}…` : title}”`;
}

/**
 * The notes pane: the notes of the open article (on it, on its highlights, and notes citing it),
 * or all notes; a new note; the open note's editor. "Cite in note" requests from the reader
 * land in the open note at its cursor, or in a new note on the cited article.
 */
export function NotesPanel() {
  const { db, undo, citations } = useServices();
  const { articleId } = useNavigationState();
  const [showAll, setShowAll] = useState(false);
  const [openId, setOpenId] = useState<Id | null>(() => lastOpenNoteId);
  const [focusOnOpen, setFocusOnOpen] = useState(false);
  const editorRef = useRef<NoteEditorHandle | null>(null);
  const collaboration = useNoteCollaboration(openId);
  /** Citations that arrived while a note was being created or loaded: inserted once its editor is ready. */
  const waiting = useRef<SpanCitation[]>([]);
  const creating = useRef(false);

  const listingAll = showAll || articleId === null;
  const notes = useLiveQuery(
    () => (listingAll || articleId === null ? listAllNotes(db) : listNotesForArticle(db, articleId)),
    [db, articleId, listingAll],
  );
  // undefined while loading, null when the note no longer exists (deleted, or its creation undone).
  const openNote = useLiveQuery(async () => (openId ? ((await db.notes.get(openId)) ?? null) : null), [db, openId]);
  const articleIds = [...new Set((notes ?? []).map((note) => note.articleId).filter((id): id is Id => id !== null))];
  const articleKey = articleIds.join(',');
  const titles = useLiveQuery(async () => {
    const articles = await db.articles.bulkGet(articleKey ? articleKey.split(',') : []);
    return new Map(articles.filter((article) => article !== undefined).map((article) => [article.id, displayTitle(article)]));
  }, [db, articleKey]);

  useEffect(() => {
    lastOpenNoteId = openNote === null ? null : openId;
  }, [openId, openNote]);

  const open = useCallback((id: Id | null, focus = false) => {
    setFocusOnOpen(focus);
    setOpenId(id);
  }, []);

  /** Creates a note through the undo history (Undo deletes it, Redo puts it back as it was then) and opens it. */
  const createAndOpen = useCallback(
    async (input: NewNote, focus: boolean) => {
      let row = newNoteRecord(input);
      await undo.perform({
        label: 'New note',
        redo: () => restoreNote(db, row),
        undo: async () => {
          row = (await deleteNote(db, row.id)) ?? row;
        },
      });
      open(row.id, focus);
    },
    [db, undo, open],
  );

  /** A new note on the cited article holding the citation; citations arriving meanwhile wait for its editor. */
  const citeInNewNote = useEffectEvent((citation: SpanCitation) => {
    creating.current = true;
    addCitation(db, citation)
      .then((row) =>
        createAndOpen(
          { articleId: citation.articleId, highlightId: citation.highlightId, content: noteContentWithCitation(row.id), citations: [row] },
          false,
        ),
      )
      .catch((error: unknown) => {
        creating.current = false;
        console.error('Could not create a note for the citation', error);
      });
  });

  const onCitation = useEffectEvent((citation: SpanCitation) => {
    if (editorRef.current) void editorRef.current.insertCitation(citation);
    else if (creating.current || (openId !== null && openNote === undefined)) waiting.current.push(citation);
    else citeInNewNote(citation);
  });

  // The note that was open turned out to be gone (deleted, or its creation undone): citations
  // that waited for it go to a new note instead.
  useEffect(() => {
    if (openNote !== null || creating.current) return;
    const [first, ...rest] = waiting.current;
    if (!first) return;
    waiting.current = rest;
    citeInNewNote(first);
  }, [openNote]);

  useEffect(() => citations.listen((citation) => onCitation(citation)), [citations]);

  const onEditorReady = useCallback((handle: NoteEditorHandle | null) => {
    editorRef.current = handle;
    if (!handle) return;
    creating.current = false;
    const pending = waiting.current;
    waiting.current = [];
    for (const citation of pending) void handle.insertCitation(citation);
  }, []);

  const newNote = () => {
    void createAndOpen({ articleId }, true);
  };

  const removeNote = async (note: NoteRecord) => {
    if (note.id === openId) await editorRef.current?.flush();
    let row: NoteRecord = (await db.notes.get(note.id)) ?? note;
    await undo.perform({
      label: undoLabelFor(row),
      redo: async () => {
        row = (await deleteNote(db, row.id)) ?? row;
      },
      undo: () => restoreNote(db, row),
    });
    if (note.id === openId) open(null);
  };

  const liveOpenNote = openNote ?? null;
  const count = notes?.length ?? 0;
  const titleOf = (id: Id) => titles?.get(id);

  return (
    <section className="notes" aria-label="Notes">
      <div className="notes__header">
        <span className="pane__title">{listingAll ? 'All notes' : 'Notes on this article'}</span>
        <span className="pane__count" aria-label="Note count">
          {notes ? count : ''}
        </span>
        <span className="notes__spacer" />
        <button
          type="button"
          className="notes__toggle"
          aria-pressed={listingAll}
          disabled={articleId === null}
          title={articleId === null ? 'No article is open: every note is listed' : undefined}
          onClick={() => setShowAll((value) => !value)}
        >
          All notes
        </button>
        <button type="button" className="button button--primary notes__new" onClick={newNote}>
          <Plus size={14} aria-hidden />
          New note
        </button>
      </div>

      <div className="notes__list-scroll">
        {notes && notes.length === 0 ? (
          <div className="notes__empty">
            <StickyNote size={22} strokeWidth={1.25} aria-hidden />
            <p>{listingAll ? 'No notes yet.' : 'No notes on this article yet.'}</p>
            <p className="notes__hint">Use “New note”, or cite a passage from the reader.</p>
          </div>
        ) : (
          <ul className="notes__list" aria-label={listingAll ? 'All notes' : 'Notes on this article'}>
            {(notes ?? []).map((note) => {
              const title = noteTitle(note.plainText);
              const attachment = describeAttachment(note, listingAll ? null : articleId, titleOf);
              const selected = note.id === openId && liveOpenNote !== null;
              return (
                <li key={note.id}>
                  <button
                    type="button"
                    className={`note-row${selected ? ' note-row--open' : ''}`}
                    aria-current={selected ? 'true' : undefined}
                    onClick={() => open(note.id)}
                  >
                    <span className={`note-row__title${title ? '' : ' note-row__title--empty'}`}>{title ?? 'Empty note'}</span>
                    <span className="note-row__meta">
                      <time dateTime={new Date(note.updatedAt).toISOString()}>{formatNoteDate(note.updatedAt)}</time>
                      <span aria-hidden> · </span>
                      <span className={`note-row__attachment note-row__attachment--${attachment.kind}`}>{attachment.text}</span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>

      {liveOpenNote && (
        <div className="notes__open" aria-label="Open note" role="region">
          <div className="notes__open-header">
            <span className="notes__open-attachment">
              {describeAttachment(liveOpenNote, articleId, titleOf).text}
            </span>
            <button
              type="button"
              className="icon-button icon-button--small"
              aria-label="Delete note"
              title="Delete note"
              onClick={() => void removeNote(liveOpenNote)}
            >
              <Trash2 size={14} aria-hidden />
            </button>
            <button
              type="button"
              className="icon-button icon-button--small"
              aria-label="Close note"
              title="Close note"
              onClick={() => open(null)}
            >
              <X size={14} aria-hidden />
            </button>
          </div>
          <NoteEditor
            key={`${liveOpenNote.id}:${collaboration ? 'shared' : 'local'}`}
            note={liveOpenNote}
            onReady={onEditorReady}
            autoFocus={focusOnOpen}
            collaboration={collaboration}
          />
        </div>
      )}
    </section>
  );
}
