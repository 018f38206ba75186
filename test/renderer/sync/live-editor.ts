import { createHeadlessEditor } from '@lexical/headless';
import { createBinding, syncLexicalUpdateToYjs, syncYjsChangesToLexical, type Provider } from '@lexical/yjs';
import type { LexicalEditor } from 'lexical';
import type * as Y from 'yjs';
import { NOTE_NODES } from '../../../src/renderer/src/editor/nodes';

/** A device's live editor on a note document (what CollaborationPlugin does), without a screen. */
export function liveEditor(doc: Y.Doc): LexicalEditor {
  const editor = createHeadlessEditor({ nodes: [...NOTE_NODES], onError: (e) => { throw e; } });
  const provider = { awareness: { getLocalState: () => null, getStates: () => new Map(), on() {}, off() {}, setLocalState() {}, setLocalStateField() {} }, connect() {}, disconnect() {}, on() {}, off() {} } as unknown as Provider;
  const binding = createBinding(editor, provider, 'root', doc, new Map([['root', doc]]));
  editor.registerUpdateListener(({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
    if (!tags.has('skip-collab')) syncLexicalUpdateToYjs(binding, provider, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags);
  });
  binding.root.getSharedType().observeDeep(((events: Y.YEvent<Y.XmlText>[], transaction: Y.Transaction) => {
    if (transaction.origin !== binding) syncYjsChangesToLexical(binding, provider, events as never, false);
  }) as never);
  return editor;
}

/** Lexical applies a document's changes in its next update: commit them now. */
export const flush = (...editors: LexicalEditor[]) => editors.forEach((editor) => editor.update(() => undefined, { discrete: true }));
