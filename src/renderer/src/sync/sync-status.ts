/**
 * Where sync stands, as a pure state machine: the provider's events go in, one state comes
 * out, and `describeSyncStatus` says it in the words the status bar shows. Pure so every
 * transition is tested without a socket, and so the words never drift from the state.
 */
export type SyncState =
  | { kind: 'synced' }
  | { kind: 'sending'; pending: number }
  | { kind: 'offline'; since: number; pending: number }
  | { kind: 'refused'; reason: string }
  | { kind: 'unreachable'; since: number; pending: number; attempts: number };

export type SyncEvent =
  | { type: 'connected'; pending: number }
  | { type: 'pending-changed'; pending: number }
  | { type: 'went-offline'; at: number }
  | { type: 'connect-failed'; at: number }
  | { type: 'auth-refused'; reason: string }
  | { type: 'token-replaced'; at: number };

export const initialSyncState = (at: number): SyncState => ({ kind: 'offline', since: at, pending: 0 });

function pendingOf(state: SyncState): number {
  return state.kind === 'synced' || state.kind === 'refused' ? 0 : state.pending;
}

const settled = (pending: number): SyncState => (pending > 0 ? { kind: 'sending', pending } : { kind: 'synced' });

export function nextSyncState(state: SyncState, event: SyncEvent): SyncState {
  // A refused token stays refused until someone gives a new one: retrying it only hammers the server.
  if (state.kind === 'refused' && event.type !== 'token-replaced') return state;
  switch (event.type) {
    case 'connected':
      return settled(event.pending);
    case 'pending-changed':
      if (state.kind === 'offline' || state.kind === 'unreachable') return { ...state, pending: event.pending };
      return state.kind === 'refused' ? state : settled(event.pending);
    case 'went-offline':
      if (state.kind === 'offline' || state.kind === 'unreachable') return state;
      return { kind: 'offline', since: event.at, pending: pendingOf(state) };
    case 'connect-failed':
      if (state.kind === 'unreachable') return { ...state, attempts: state.attempts + 1 };
      return {
        kind: 'unreachable',
        since: state.kind === 'offline' ? state.since : event.at,
        pending: pendingOf(state),
        attempts: 1,
      };
    case 'auth-refused':
      return { kind: 'refused', reason: event.reason };
    case 'token-replaced':
      return state.kind === 'refused' ? { kind: 'offline', since: event.at, pending: 0 } : state;
  }
}

const changes = (count: number): string => (count === 1 ? '1 change' : `${count} changes`);

/** Clock time as people read it in the status bar (their own locale, hours and minutes). */
export function clockTime(at: number, locale?: string): string {
  return new Date(at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
}

export function describeSyncStatus(state: SyncState, locale?: string): string {
  switch (state.kind) {
    case 'synced':
      return 'Synced';
    case 'sending':
      return `Sending ${changes(state.pending)}`;
    case 'offline':
      return `Offline since ${clockTime(state.since, locale)}` + (state.pending > 0 ? ` (${changes(state.pending)} waiting)` : '');
    case 'refused':
      return `The server refused the token: ${state.reason}`;
    case 'unreachable':
      return 'Server unreachable (retrying)' + (state.pending > 0 ? `; ${changes(state.pending)} waiting` : '');
  }
}
