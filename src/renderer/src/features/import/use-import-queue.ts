import { useSyncExternalStore } from 'react';
import { useServices } from '../../app/services';
import type { ImportState } from './import-queue';

export function useImportState(): ImportState {
  const { importQueue } = useServices();
  return useSyncExternalStore(importQueue.subscribe, importQueue.getState);
}
