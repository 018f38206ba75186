import { useServices } from '../../app/services';
import { describeBatch } from './describe-batch';
import { useImportState } from './use-import-queue';

/** The status bar's view of a running import: a determinate bar, the file at hand, and Cancel. */
export function ImportProgress() {
  const { importQueue } = useServices();
  const state = useImportState();
  if (!state.running) {
    const added = state.results.filter((r) => r.status === 'added').length;
    return added > 0 ? <span className="status-text">{describeBatch(state) ?? `${added} imported`}</span> : null;
  }
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <progress max={state.total} value={state.done} aria-label="Import progress" />
      {/* Cancel stands before the changing file name so that it never moves while a person aims at it. */}
      <button type="button" className="link-button" onClick={() => importQueue.cancel()}>
        Cancel
      </button>
      <span className="status-text import-progress__label">
        Importing {Math.min(state.done + 1, state.total)} of {state.total}
        {state.current ? ` · ${state.current}` : ''}
      </span>
    </div>
  );
}
