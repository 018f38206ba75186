import { useSyncExternalStore } from 'react';
import type { Id } from '@shared/model';

/**
 * An orphaned highlight waiting for a person to show where its words went: the details pane
 * starts it, the reader's selection popover offers "Attach here" while it is pending.
 */
let pending: Id | null = null;
const listeners = new Set<() => void>();

export function requestReattach(id: Id | null): void {
  pending = id;
  for (const listener of listeners) listener();
}

export function usePendingReattach(): Id | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pending,
  );
}
