import { useServices } from './services';
import { useArticleCount } from './use-article-count';
import { ImportProgress } from '../features/import/ImportProgress';
import { countOf } from '@shared/count-words';
import { useUndoState } from './use-undo-commands';
import { useStatusMessage, type Announcement } from './use-status-message';
import { SyncStatus } from '../features/sync/SyncStatus';

export function StatusBar({ mode, announcement, onOpenProject }: { mode: 'electron' | 'web'; announcement: Announcement | null; onOpenProject: () => void }) {
  const { undo } = useServices();
  const count = useArticleCount();
  const { lastEvent } = useUndoState();
  const status = useStatusMessage(announcement, lastEvent);
  return (
    <footer className="statusbar">
      <span className="status-text" data-testid="corpus-count">
        {count === undefined ? '' : countOf(count, 'article')}
      </span>
      <ImportProgress />
      <span className="status-text status-message" role="status" aria-live="polite">
        {status?.message}
        {status?.undoable && (
          <button type="button" className="link-button status-message__undo" onClick={() => void undo.undo()}>
            Undo
          </button>
        )}
      </span>
      <span className="toolbar__spacer" />
      <SyncStatus mode={mode} onOpenProject={onOpenProject} />
    </footer>
  );
}
