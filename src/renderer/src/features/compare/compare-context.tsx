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

export function CompareProvider({ ids, children }: { ids: readonly string[]; children: ReactNode }) {
  const loaded = useComparison(ids);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [nonce, setNonce] = useState(0);
  const value = useMemo<CompareContextValue>(
    () => ({
      ids,
      loaded,
      selected: loaded?.comparison.groups.find((g) => g.id === selectedId) ?? null,
      select: (groupId) => {
        setSelectedId(groupId);
        setNonce((n) => n + 1);
      },
      nonce,
    }),
    [ids, loaded, selectedId, nonce],
  );
  return <CompareContext.Provider value={value}>{children}</CompareContext.Provider>;
}

export function useCompare(): CompareContextValue {
  const value = useContext(CompareContext);
  if (!value) throw new Error('useCompare must be used inside <CompareProvider>.');
  return value;
}
