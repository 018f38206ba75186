/**
 * A note's text as a Yjs document, through Lexical's own binding (@lexical/yjs), without a
 * screen: a headless editor bound to the document turns the note's stored Lexical state into
 * the document's content (to share a note that was written before sharing), and the document's
 * content back into Lexical state (to keep the corpus's copy of a note that others edit, for
 * search, previews and exports). The live editor binds to the same document through
 * @lexical/react's CollaborationPlugin, so typing is shared as it happens.
 *
 * The approach is the one Lexical's collaboration FAQ gives ("initializing EditorState from a
 * Yjs document"): a no-op provider, the binding, and the two sync functions.
 */
import { createHeadlessEditor } from '@lexical/headless';
import { createBinding, syncLexicalUpdateToYjs, syncYjsChangesToLexical, type Binding, type Provider } from '@lexical/yjs';
import type { LexicalEditor } from 'lexical';
import * as Y from 'yjs';
import { NOTE } from '@shared/sync/layout';
import { NOTE_NODES } from '../../editor/nodes';

/** A provider that goes nowhere: the headless editor only needs the binding's bookkeeping. */
function silentProvider(): Provider {
  const awareness = {
    getLocalState: () => null,
    getStates: () => new Map(),
    off: () => undefined,
    on: () => undefined,
    setLocalState: () => undefined,
    setLocalStateField: () => undefined,
  };
  return { awareness, connect: () => undefined, disconnect: () => undefined, off: () => undefined, on: () => undefined } as unknown as Provider;
}

/** A headless editor bound to `doc` for the length of `work`. */
function withBoundEditor<T>(doc: Y.Doc, work: (editor: LexicalEditor, binding: Binding) => T): T {
  const editor = createHeadlessEditor({ namespace: 'parallax-note-sync', nodes: [...NOTE_NODES], onError: (error) => { throw error; } });
  const provider = silentProvider();
  const binding = createBinding(editor, provider, NOTE.content, doc, new Map([[NOTE.content, doc]]));
  const stopUpdates = editor.registerUpdateListener(({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
    if (!tags.has('skip-collab')) syncLexicalUpdateToYjs(binding, provider, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags);
  });
  const observer = (events: Y.YEvent<Y.XmlText>[], transaction: Y.Transaction) => {
    if (transaction.origin !== binding) syncYjsChangesToLexical(binding, provider, events as never, false);
  };
  binding.root.getSharedType().observeDeep(observer as never);
  try {
    return work(editor, binding);
  } finally {
    stopUpdates();
    binding.root.getSharedType().unobserveDeep(observer as never);
  }
}

/** Whether the document holds no note text yet (never seeded, nobody typed). */
export function isNoteDocEmpty(doc: Y.Doc): boolean {
  return doc.get(NOTE.content, Y.XmlText).length === 0;
}

/** Writes a note's stored Lexical state (JSON) into an empty note document. */
export function seedNoteDoc(doc: Y.Doc, content: string, origin: unknown): void {
  if (!isNoteDocEmpty(doc)) return;
  const update = (() => {
    const scratch = new Y.Doc();
    withBoundEditor(scratch, (editor) => {
      editor.setEditorState(editor.parseEditorState(content));
      // Commit now: headless updates are otherwise flushed in a microtask.
      editor.update(() => undefined, { discrete: true });
    });
    return Y.encodeStateAsUpdate(scratch);
  })();
  Y.applyUpdate(doc, update, origin);
}

/** The note's Lexical state (JSON) as the document holds it now. */
export function readNoteDoc(doc: Y.Doc): string {
  const scratch = new Y.Doc();
  return withBoundEditor(scratch, (editor) => {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc), 'parallax-remote');
    editor.update(() => undefined, { discrete: true });
    return JSON.stringify(editor.getEditorState().toJSON());
  });
}
