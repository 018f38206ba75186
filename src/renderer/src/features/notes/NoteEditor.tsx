import { LexicalComposer, type InitialConfigType, type InitialEditorStateType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { CollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $createParagraphNode, $createTextNode, $getRoot, type EditorState } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NoteRecord, SpanCitation } from '@shared/model';
import { useServices } from '../../app/services';
import { addCitation, getCitation } from '../../db/citations';
import { saveNoteContent } from '../../db/notes';
import { INSERT_SPAN_LINK_COMMAND } from '../../editor/commands';
import { NOTE_NODES } from '../../editor/nodes';
import { CitationSourceContext, SpanLinkContext } from '../../editor/span-link-context';
import { SpanLinkPlugin } from '../../editor/SpanLinkPlugin';
import { noteSummary } from '../../editor/summary';
import { noteTheme } from '../../editor/theme';
import { isAllowedLinkUrl } from './link-url';
import { NoteToolbar } from './NoteToolbar';
import { useAutosave, type SaveStatus } from './use-autosave';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { NOTE } from '@shared/sync/layout';
import { resolveCitedArticle } from '../../db/cited-article';
import { relayProvider } from '../../sync/notes/lexical-provider';
import './notes.css';

/** What the notes pane can do with the open editor. */
export interface NoteEditorHandle {
  /** Stores the citation and inserts a span link naming it at the cursor (or at the end of the note when it has none). */
  insertCitation(citation: SpanCitation): Promise<void>;
  /** Saves what is pending now. */
  flush(): Promise<void>;
  focus(): void;
}

/** A shared note's live document: typing goes into it at once, and others' typing and cursors show. */
export interface NoteCollaboration {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  user: { name: string; colour: string };
}

export interface NoteEditorProps {
  /** Read once, when the editor mounts: mount a new editor (key it by id) for another note. */
  note: Pick<NoteRecord, 'id' | 'content' | 'plainText'>;
  /** Called with the editor's handle once it is ready, and with null when it goes. */
  onReady?: (handle: NoteEditorHandle | null) => void;
  autoFocus?: boolean;
  /** Set in a shared project: the editor is bound to the note's document instead of loading its stored state. */
  collaboration?: NoteCollaboration | null;
}

const STATUS_TEXT: Record<SaveStatus, string> = { saved: 'Saved', saving: 'Saving…', failed: 'Not saved yet, retrying…' };

function isReadable(content: string): boolean {
  try {
    noteSummary(content);
    return true;
  } catch {
    return false;
  }
}

/** The stored content, or, if it cannot be read, the note's plain text so that its words still show. */
function initialEditorState(note: NoteEditorProps['note']): InitialEditorStateType | undefined {
  if (isReadable(note.content)) return note.content;
  if (!note.plainText) return undefined;
  return () => {
    const root = $getRoot();
    for (const line of note.plainText.split('\n')) root.append($createParagraphNode().append($createTextNode(line)));
  };
}

function HandlePlugin({ onReady, flush, autoFocus }: Pick<NoteEditorProps, 'onReady' | 'autoFocus'> & { flush: () => Promise<void> }) {
  const [editor] = useLexicalComposerContext();
  const { db } = useServices();
  // Citations are stored one after another, so that links land in the order they were asked for.
  const inserting = useRef<Promise<void>>(Promise.resolve());
  useEffect(() => {
    if (autoFocus) editor.focus();
  }, [editor, autoFocus]);
  useEffect(() => {
    if (!onReady) return;
    onReady({
      insertCitation: (citation) => {
        // The row is written before the link that names it, so a saved note never names a missing row.
        inserting.current = inserting.current.then(async () => {
          const row = await addCitation(db, citation);
          editor.dispatchCommand(INSERT_SPAN_LINK_COMMAND, row.id);
        });
        return inserting.current;
      },
      flush,
      focus: () => editor.focus(),
    });
    return () => onReady(null);
  }, [editor, db, onReady, flush]);
  return null;
}

/**
 * A note's rich text: paragraphs, bold, italic, lists, links, block quotes and span links to
 * articles. Saves itself about 400 ms after typing stops, when it loses the focus and when it
 * closes. Clicking a span link opens the article at the span.
 */
export function NoteEditor({ note, onReady, autoFocus = false, collaboration = null }: NoteEditorProps) {
  const { db, navigation } = useServices();
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'parallax-note',
    nodes: NOTE_NODES,
    theme: noteTheme,
    // A collaborative editor takes its content from the document (CollaborationPlugin's rule).
    editorState: collaboration ? null : initialEditorState(note),
    onError: (error: Error) => console.error('Note editor error', error),
  }));
  const noteId = note.id;
  const save = useCallback((content: string) => saveNoteContent(db, noteId, content), [db, noteId]);
  const { status, saver } = useAutosave(save, note.content);
  const onChange = useCallback((editorState: EditorState) => saver.change(() => JSON.stringify(editorState.toJSON())), [saver]);
  const flush = useCallback(() => saver.flush(), [saver]);
  const openSpan = useCallback(
    (citation: SpanCitation) => {
      const span = { start: citation.start, end: citation.end };
      if (!citation.fingerprint) return navigation.openArticle(citation.articleId, span);
      // A citation written on another member's device names its article by their id: find ours by fingerprint.
      void resolveCitedArticle(db, citation).then((articleId) => navigation.openArticle(articleId, span));
    },
    [db, navigation],
  );
  const providerFactory = useCallback(
    (id: string, docMap: Map<string, Y.Doc>) => {
      const editorDoc = new Y.Doc();
      // The same writer as the engine's copy (this device's awareness names that client), so this
      // person's own cursor is not shown back to them as someone else's. Only one copy ever writes:
      // the engine seeds an empty note before any editor binds, then only the editor types.
      editorDoc.clientID = collaboration!.doc.clientID;
      docMap.set(id, editorDoc);
      return relayProvider(collaboration!.doc, editorDoc, collaboration!.provider);
    },
    [collaboration],
  );
  const loadCitation = useCallback((id: string) => getCitation(db, id), [db]);

  return (
    <CitationSourceContext.Provider value={loadCitation}>
      <SpanLinkContext.Provider value={openSpan}>
        <LexicalComposer initialConfig={initialConfig}>
          <div className="note-editor" onBlur={() => void flush()}>
            <div className="note-editor__bar">
              <NoteToolbar />
              <span className={`note-editor__status note-editor__status--${status}`} role={status === 'failed' ? 'alert' : undefined}>
                {STATUS_TEXT[status]}
              </span>
            </div>
            <div className="note-editor__body">
              <RichTextPlugin
                contentEditable={
                  <ContentEditable
                    className="note-text"
                    ariaLabel="Note text"
                    ariaMultiline
                    aria-placeholder="Write a note…"
                    placeholder={<div className="note-text__placeholder">Write a note…</div>}
                  />
                }
                ErrorBoundary={LexicalErrorBoundary}
              />
            </div>
            {collaboration ? (
              <CollaborationPlugin
                id={NOTE.content}
                providerFactory={providerFactory}
                shouldBootstrap={false}
                username={collaboration.user.name}
                cursorColor={collaboration.user.colour}
              />
            ) : (
              <HistoryPlugin />
            )}
            <ListPlugin />
            <LinkPlugin validateUrl={isAllowedLinkUrl} />
            <SpanLinkPlugin />
            <OnChangePlugin ignoreSelectionChange onChange={onChange} />
            <HandlePlugin onReady={onReady} flush={flush} autoFocus={autoFocus} />
          </div>
        </LexicalComposer>
      </SpanLinkContext.Provider>
    </CitationSourceContext.Provider>
  );
}
