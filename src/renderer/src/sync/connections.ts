/**
 * The project's documents over one WebSocket (Hocuspocus multiplexes documents on a socket):
 * opening one loads what this device stored of it first, so the app works from local state
 * at once and the provider only exchanges what either side lacks.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';

/** Marks state loaded from this device's store (neither a local edit nor a peer's). */
export const RESTORE_ORIGIN = 'parallax-restore';

/** Reconnect soon after a drop, then back off to this at most: a restarted server is found within seconds. */
export const RECONNECT_MIN_DELAY_MS = 250;
export const RECONNECT_MAX_DELAY_MS = 10_000;

export interface OpenDoc {
  name: string;
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves once the server and this device have exchanged what each lacked. */
  synced: () => Promise<void>;
  /** Resolves once the server holds every change made here. */
  sent: () => Promise<void>;
}

export interface DocEvents {
  onRefused?: (name: string, reason: string) => void;
  onUnsynced?: () => void;
  /** The server closed this document's connection (rights changed: a round began, a member was removed), or the socket closed. */
  onClosed?: (name: string, reason: string) => void;
  /** A stateless signal from the server (shared/sync/signals.ts). */
  onSignal?: (payload: string) => void;
}

export function openSocket(url: string, WebSocketPolyfill?: unknown): HocuspocusProviderWebsocket {
  return new HocuspocusProviderWebsocket({
    url,
    delay: RECONNECT_MIN_DELAY_MS,
    minDelay: RECONNECT_MIN_DELAY_MS,
    maxDelay: RECONNECT_MAX_DELAY_MS,
    // Never give up: the app is offline-first, the socket keeps trying in the background.
    maxAttempts: 0,
    ...(WebSocketPolyfill ? { WebSocketPolyfill } : {}),
  } as ConstructorParameters<typeof HocuspocusProviderWebsocket>[0]);
}

function waitUntil(provider: HocuspocusProvider, check: () => boolean, events: string[]): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve) => {
    const listener = () => {
      if (!check()) return;
      for (const event of events) provider.off(event, listener);
      resolve();
    };
    for (const event of events) provider.on(event, listener);
  });
}

export function openDoc(socket: HocuspocusProviderWebsocket, name: string, token: string, stored: Uint8Array | null, events: DocEvents = {}): OpenDoc {
  const doc = new Y.Doc();
  if (stored) Y.applyUpdate(doc, stored, RESTORE_ORIGIN);
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    token,
    document: doc,
    onAuthenticationFailed: ({ reason }) => events.onRefused?.(name, reason),
    onUnsyncedChanges: () => events.onUnsynced?.(),
    onSynced: () => events.onUnsynced?.(),
    onClose: ({ event }) => events.onClosed?.(name, String(event.reason ?? '')),
    onStateless: ({ payload }) => events.onSignal?.(payload),
  });
  provider.attach();
  return {
    name,
    doc,
    provider,
    synced: () => waitUntil(provider, () => provider.isSynced, ['synced']),
    sent: () => waitUntil(provider, () => provider.isSynced && !provider.hasUnsyncedChanges, ['synced', 'unsyncedChanges']),
  };
}

export function closeDoc(open: OpenDoc): void {
  open.provider.destroy();
  open.doc.destroy();
}
