/**
 * What @lexical/react's CollaborationPlugin needs to edit a shared note: a Provider and a Y.Doc.
 *
 * The sync engine owns the note's document and its connection (they stay open for sync whether
 * or not the note is on screen). Lexical's binding only loads content that arrives after it is
 * made, so the editor gets a document of its own, filled when the plugin connects and kept in
 * step with the engine's both ways (a local relay): typing reaches the engine's document (and
 * the server) at once, and others' typing reaches the editor. Cursors travel on the engine's
 * provider's awareness (their positions are relative to Yjs items, the same in both copies).
 */
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { Provider, ProviderAwareness } from '@lexical/yjs';
import * as Y from 'yjs';

const FROM_ENGINE = 'parallax-relay-from-engine';
const FROM_EDITOR = 'parallax-relay-from-editor';

type SyncListener = (synced: boolean) => void;
type StatusListener = (status: { status: string }) => void;

export function relayProvider(engineDoc: Y.Doc, editorDoc: Y.Doc, provider: HocuspocusProvider): Provider {
  const syncListeners = new Set<SyncListener>();
  const statusListeners = new Set<StatusListener>();
  const toEditor = (update: Uint8Array, origin: unknown) => {
    if (origin !== FROM_EDITOR) Y.applyUpdate(editorDoc, update, FROM_ENGINE);
  };
  const toEngine = (update: Uint8Array, origin: unknown) => {
    if (origin !== FROM_ENGINE) Y.applyUpdate(engineDoc, update, FROM_EDITOR);
  };
  return {
    awareness: provider.awareness as unknown as ProviderAwareness,
    connect: () => {
      Y.applyUpdate(editorDoc, Y.encodeStateAsUpdate(engineDoc), FROM_ENGINE);
      engineDoc.on('update', toEditor);
      editorDoc.on('update', toEngine);
      for (const listener of statusListeners) listener({ status: 'connected' });
      for (const listener of syncListeners) listener(true);
    },
    disconnect: () => {
      engineDoc.off('update', toEditor);
      editorDoc.off('update', toEngine);
    },
    on: (type: string, listener: SyncListener & StatusListener) => {
      if (type === 'sync') syncListeners.add(listener);
      if (type === 'status') statusListeners.add(listener);
    },
    off: (type: string, listener: SyncListener & StatusListener) => {
      if (type === 'sync') syncListeners.delete(listener);
      if (type === 'status') statusListeners.delete(listener);
    },
  } as unknown as Provider;
}
