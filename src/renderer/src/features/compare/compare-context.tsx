import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { PassageGroup } from '@shared/compare';
import { useComparison, type LoadedComparison } from './use-comparison';

interface CompareContextValue {
  ids: readonly string[];
  loaded: LoadedComparison | null;
  selected: PassageGroup | null;
  /** Selects a linked passage (or clears the selection with null); every column brings it into view. */
  select: (groupId: string | null) => void;
  /** Bumped on every selection, so asking twice for the same passage scrolls again. */
  nonce: number;
}

const CompareContext = createContext<CompareContextValue | null>(null);

const NO_IDS: readonly string[] = [];

/**
 * The open comparison for everything inside, or none (`ids` null): the provider stays in the
 * tree either way, so that opening a comparison does not remount the panes around it (the
 * library would lose its filter, scroll position and chosen rows).
 */
export function CompareProvider({ ids, children }: { ids: readonly string[] | null; children: ReactNode }) {
  const loaded = useComparison(ids ?? NO_IDS);
  // A passage chosen in one comparison is not chosen in the next (the provider is not remounted).
  const idsKey = ids?.join(' ') ?? '';
  const [chosen, setChosen] = useState<{ idsKey: string; groupId: string | null }>({ idsKey, groupId: null });
  const selectedId = chosen.idsKey === idsKey ? chosen.groupId : null;
  const [nonce, setNonce] = useState(0);
  const value = useMemo<CompareContextValue | null>(
    () =>
      ids && {
        ids,
        loaded,
        selected: loaded?.comparison.groups.find((g) => g.id === selectedId) ?? null,
        select: (groupId: string | null) => {
          setChosen({ idsKey, groupId });
          setNonce((n) => n + 1);
        },
        nonce,
      },
    [ids, idsKey, loaded, selectedId, nonce],
  );
  return <CompareContext.Provider value={value}>{children}</CompareContext.Provider>;
}

export function useCompare(): CompareContextValue {
  const value = useContext(CompareContext);
  if (!value) throw new Error('useCompare must be used inside <CompareProvider>.');
  return value;
}
