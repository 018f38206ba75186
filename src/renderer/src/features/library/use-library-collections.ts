import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import type { CollectionRecord, Id } from '@shared/model';
import { useServices } from '../../app/services';
import { listCollections } from '../../db/collections';

/** Which collection the library showed last (its id), so that the next launch opens on it. */
const SHOWN_KEY = 'parallax.libraryCollection';

/** The collection the library shows (its id), or null for the whole library: what other dialogs start from. */
export function readShown(): Id | null {
  try {
    return localStorage.getItem(SHOWN_KEY);
  } catch {
    return null;
  }
}

function writeShown(id: Id | null): void {
  try {
    if (id) localStorage.setItem(SHOWN_KEY, id);
    else localStorage.removeItem(SHOWN_KEY);
  } catch {
    // Storage refused (full, or private mode): the choice is simply not remembered.
  }
}

export interface LibraryCollections {
  /** Every collection in menu order (empty while reading). */
  collections: CollectionRecord[];
  /** The collection the library shows, or null for the whole library. */
  current: CollectionRecord | null;
  /** The ids the library may show while a collection is shown; null for the whole library. */
  members: ReadonlySet<Id> | null;
  /** True while a remembered collection is still being read: the list waits rather than flash the whole library. */
  reading: boolean;
  show: (collection: CollectionRecord | null) => void;
}

/**
 * The library's collections, kept live, and which one it shows (remembered between launches).
 * A collection that is deleted (here, by Undo, or by restoring a backup) falls back to the
 * whole library.
 */
export function useLibraryCollections(): LibraryCollections {
  const { db } = useServices();
  const read = useLiveQuery(() => listCollections(db), [db]);
  const [shownId, setShownId] = useState<Id | null>(readShown);
  const current = (shownId && read?.find((c) => c.id === shownId)) || null;
  const members = useMemo(() => (current ? new Set(current.articleIds) : null), [current]);
  const show = useCallback((collection: CollectionRecord | null) => {
    setShownId(collection?.id ?? null);
    writeShown(collection?.id ?? null);
  }, []);
  return { collections: read ?? [], current, members, reading: shownId !== null && read === undefined, show };
}
