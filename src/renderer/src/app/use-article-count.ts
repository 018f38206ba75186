import { liveQuery, type Subscription } from 'dexie';
import { useCallback, useSyncExternalStore } from 'react';
import { countArticles } from '../db/articles';
import type { ParallaxDB } from '../db/schema';
import { useServices } from './services';

/**
 * How many articles the library holds, counted once for the whole window. The status bar and
 * the library both show it; two live queries would each count every article again after every
 * change (IndexedDB counts a store by walking it: about 0.25 s at 100,000 articles in
 * Chromium), and at launch the second count would queue behind the first.
 */
interface SharedCount {
  value: number | undefined;
  listeners: Set<() => void>;
  subscription: Subscription | null;
}

const counts = new WeakMap<ParallaxDB, SharedCount>();

function sharedCount(db: ParallaxDB): SharedCount {
  let shared = counts.get(db);
  if (!shared) counts.set(db, (shared = { value: undefined, listeners: new Set(), subscription: null }));
  return shared;
}

function subscribe(db: ParallaxDB, listener: () => void): () => void {
  const shared = sharedCount(db);
  shared.listeners.add(listener);
  shared.subscription ??= liveQuery(() => countArticles(db)).subscribe({
    next: (value) => {
      shared.value = value;
      for (const notify of shared.listeners) notify();
    },
    // A failed count leaves the last one shown; the next change counts again.
    error: (error: unknown) => console.error('Counting the articles failed', error),
  });
  return () => {
    shared.listeners.delete(listener);
    if (shared.listeners.size > 0) return;
    shared.subscription?.unsubscribe();
    shared.subscription = null;
  };
}

/** The number of articles (latest versions), or undefined until first counted. */
export function useArticleCount(): number | undefined {
  const { db } = useServices();
  const subscribeToCount = useCallback((listener: () => void) => subscribe(db, listener), [db]);
  return useSyncExternalStore(subscribeToCount, () => sharedCount(db).value);
}
