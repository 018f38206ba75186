import { useCallback, useState } from 'react';
import type { Result } from '@shared/result';

/**
 * What the sharing dialogs do with each action they start: busy while it runs, and the problem
 * in words when it answers an error (cleared as the next one starts); `onOk` gets the value.
 */
export function useResultAction() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const run = useCallback(<T,>(work: Promise<Result<T>>, onOk?: (value: T) => void) => {
    setBusy(true);
    setProblem(null);
    void work.then((result) => {
      setBusy(false);
      if (result.ok) onOk?.(result.value);
      else setProblem(result.error.message);
    });
  }, []);
  return { busy, problem, setProblem, run };
}
