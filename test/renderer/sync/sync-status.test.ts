import { describe, expect, it } from 'vitest';
import { describeSyncStatus, initialSyncState, nextSyncState, type SyncEvent, type SyncState } from '../../../src/renderer/src/sync/sync-status';

const at1042 = new Date(2026, 0, 5, 10, 42).getTime();
const run = (events: SyncEvent[], start: SyncState = initialSyncState(at1042)): SyncState =>
  events.reduce(nextSyncState, start);

describe('the sync status', () => {
  it('says synced once connected with nothing to send', () => {
    expect(describeSyncStatus(run([{ type: 'connected', pending: 0 }]))).toBe('Synced');
  });

  it('counts the changes still being sent, then settles to synced', () => {
    const sending = run([{ type: 'connected', pending: 0 }, { type: 'pending-changed', pending: 3 }]);
    expect(describeSyncStatus(sending)).toBe('Sending 3 changes');
    expect(describeSyncStatus(nextSyncState(sending, { type: 'pending-changed', pending: 1 }))).toBe('Sending 1 change');
    expect(describeSyncStatus(nextSyncState(sending, { type: 'pending-changed', pending: 0 }))).toBe('Synced');
  });

  it('says since when it is offline and keeps the first moment, counting edits made meanwhile', () => {
    const later = at1042 + 5 * 60_000;
    const state = run([
      { type: 'connected', pending: 0 },
      { type: 'went-offline', at: at1042 },
      { type: 'went-offline', at: later },
      { type: 'pending-changed', pending: 2 },
    ]);
    expect(describeSyncStatus(state, 'en-GB')).toBe('Offline since 10:42 (2 changes waiting)');
  });

  it('says the server is unreachable while retrying, and sends what waited on reconnect', () => {
    const down = run([
      { type: 'pending-changed', pending: 4 },
      { type: 'connect-failed', at: at1042 },
      { type: 'connect-failed', at: at1042 + 1000 },
    ]);
    expect(down).toMatchObject({ kind: 'unreachable', attempts: 2, pending: 4 });
    expect(describeSyncStatus(down)).toBe('Server unreachable (retrying); 4 changes waiting');
    expect(describeSyncStatus(nextSyncState(down, { type: 'connected', pending: 4 }))).toBe('Sending 4 changes');
  });

  it('stays refused with the reason until a new token is given, whatever the socket does', () => {
    const refused = run([{ type: 'auth-refused', reason: 'you were removed from the project' }, { type: 'connected', pending: 0 }, { type: 'connect-failed', at: at1042 }]);
    expect(describeSyncStatus(refused)).toBe('The server refused the token: you were removed from the project');
    const replaced = nextSyncState(refused, { type: 'token-replaced', at: at1042 });
    expect(replaced).toEqual({ kind: 'offline', since: at1042, pending: 0 });
  });
});
