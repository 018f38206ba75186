import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import type { SyncRole } from '@shared/sync/project';
import { useServices } from '../../app/services';
import { formatMoment } from '@shared/date-style';
import { DialogFrame, DialogProblem } from '../../ui/DialogFrame';
import { useResultAction } from './use-result-action';
import { useSync } from './use-sync';

const ROLE_WORDS: Record<SyncRole, string> = {
  owner: 'Owner: everything, plus members and rounds',
  coder: 'Coder: reads all, writes highlights, notes, tags, corrections',
  viewer: 'Viewer: reads only',
};

/** File › Project Members…: who is in the project, invitations, the blind round, leaving. */
export function ProjectDialog({ open, onOpenChange, onAnnounce }: { open: boolean; onOpenChange: (open: boolean) => void; onAnnounce: (message: string) => void }) {
  const { sync } = useServices();
  const { project } = useSync();
  const [role, setRole] = useState<SyncRole>('coder');
  const [code, setCode] = useState<string | null>(null);
  const { problem, setProblem, run } = useResultAction();
  const [confirming, setConfirming] = useState<string | null>(null);
  if (!project) return null;
  const owner = project.role === 'owner';
  const members = project.members.filter((m) => m.removedAt === null);
  return (
    <DialogFrame open={open} onOpenChange={(next) => (setProblem(null), setCode(null), setConfirming(null), onOpenChange(next))} className="project-dialog">
      <Dialog.Title className="dialog__title">{project.projectName}</Dialog.Title>
      <Dialog.Description className="dialog__description">
        Shared through {project.serverUrl}. You are {project.memberName} ({project.role}).
      </Dialog.Description>

      <h3 className="dialog__section">Members</h3>
      <ul className="member-list" aria-label="Members">
        {members.map((member) => (
          <li key={member.id} className="member-list__row">
            <span className="member-list__name">
              {member.name}
              {member.id === project.memberId && ' (you)'}
            </span>
            <span className="member-list__role">{member.role}</span>
            {owner && member.id !== project.memberId && (confirming === member.id ? (
              <span className="member-list__confirm">
                <button type="button" className="button button--danger" onClick={() => run(sync.removeMember(member.id), () => (setConfirming(null), onAnnounce(`Removed ${member.name} from the project`)))}>
                  Remove {member.name}
                </button>
                <button type="button" className="button" onClick={() => setConfirming(null)}>Keep</button>
              </span>
            ) : (
              <button type="button" className="link-button" onClick={() => setConfirming(member.id)}>Remove…</button>
            ))}
          </li>
        ))}
        {members.length === 0 && <li className="member-list__row">Asking the server…</li>}
      </ul>

      {owner && (
        <>
          <h3 className="dialog__section">Invite</h3>
          <div className="form-row form-row--inline">
            <label>
              <span className="visually-hidden">Role</span>
              <select className="text-input" value={role} onChange={(e) => setRole(e.target.value as SyncRole)} aria-label="Role of the invited person">
                {(['coder', 'viewer', 'owner'] as const).map((r) => (
                  <option key={r} value={r}>{ROLE_WORDS[r]}</option>
                ))}
              </select>
            </label>
            <button type="button" className="button" onClick={() => run(sync.invite(role), setCode)}>
              Create invitation
            </button>
          </div>
          {code && (
            <div className="form-row">
              <textarea className="text-input text-input--area invitation-code" readOnly rows={3} value={code} aria-label="Invitation" onFocus={(e) => e.currentTarget.select()} />
              <button type="button" className="button" onClick={() => void navigator.clipboard?.writeText(code).then(() => onAnnounce('Copied the invitation'))}>
                Copy
              </button>
            </div>
          )}
        </>
      )}

      <h3 className="dialog__section">Independent coding</h3>
      <p className="dialog__body" data-testid="round-status">
        {project.round.blind
          ? `A blind round is on${project.round.startedAt ? ` since ${formatMoment(project.round.startedAt)}` : ''}: each coder sees only their own highlights until the owner reveals them.`
          : 'Everyone sees everyone’s highlights.'}
      </p>
      {owner && (
        <button type="button" className="button" onClick={() => run(sync.setRound(project.round.blind ? 'reveal' : 'start'), () => onAnnounce(project.round.blind ? 'Revealed every coder’s highlights' : 'Started a blind coding round'))}>
          {project.round.blind ? 'Reveal' : 'Start a blind round'}
        </button>
      )}

      <h3 className="dialog__section">Leave</h3>
      <p className="dialog__body">Everything stays in this corpus: it becomes a plain local corpus again.</p>
      {confirming === 'leave' ? (
        <span className="member-list__confirm">
          <button type="button" className="button button--danger" onClick={() => run(sync.leave(), () => (onOpenChange(false), onAnnounce(owner ? 'Stopped sharing on this device' : `Left ${project.projectName}`)))}>
            {owner ? 'Stop sharing on this device' : 'Leave the project'}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(null)}>Stay</button>
        </span>
      ) : (
        <button type="button" className="button" onClick={() => setConfirming('leave')}>
          {owner ? 'Stop sharing on this device…' : 'Leave the project…'}
        </button>
      )}
      <DialogProblem message={problem} />
    </DialogFrame>
  );
}
