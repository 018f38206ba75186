import { Cloud, CloudOff, HardDrive } from 'lucide-react';
import { describeSyncStatus } from '../../sync/sync-status';
import { useSync } from './use-sync';

/** The status bar's word on where the corpus lives: this computer only, or a shared project and how its sync stands. */
export function SyncStatus({ mode, onOpenProject }: { mode: 'electron' | 'web'; onOpenProject: () => void }) {
  const { project, state } = useSync();
  if (!project) {
    return (
      <span className="status-text" title="Your corpus is stored on this computer only">
        <HardDrive size={12} aria-hidden /> Local · {mode === 'electron' ? 'Desktop' : 'Web mode'}
      </span>
    );
  }
  const words = state ? describeSyncStatus(state) : 'Connecting';
  const trouble = state?.kind === 'refused' || state?.kind === 'unreachable' || state?.kind === 'offline';
  const viewer = project.role === 'viewer' ? ' · Viewer: your changes stay on this device' : '';
  return (
    <button type="button" className={`status-text status-sync${trouble ? ' status-sync--trouble' : ''}`} data-testid="sync-status" onClick={onOpenProject} title="Project members, invitations and rounds">
      {trouble ? <CloudOff size={12} aria-hidden /> : <Cloud size={12} aria-hidden />} {project.projectName} · {words}
      {project.round.blind ? ' · Blind round' : ''}
      {viewer}
    </button>
  );
}
