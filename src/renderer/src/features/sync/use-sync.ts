import { useSyncExternalStore } from 'react';
import { useServices } from '../../app/services';
import type { SyncSnapshot } from '../../sync/sync-service';

/** Where sharing stands (project, sync state, newest problem), re-rendering on every change. */
export function useSync(): SyncSnapshot {
  const { sync } = useServices();
  return useSyncExternalStore(sync.subscribe, sync.getSnapshot);
}
