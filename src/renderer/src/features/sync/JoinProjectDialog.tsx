import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { useServices } from '../../app/services';
import { DialogActions, DialogFrame, DialogProblem } from '../../ui/DialogFrame';
import { MemberNameField } from './MemberNameField';
import { useResultAction } from './use-result-action';

/** File › Join Project…: paste the invitation a project's owner gave you. */
export function JoinProjectDialog({ open, onOpenChange, onJoined }: { open: boolean; onOpenChange: (open: boolean) => void; onJoined: (name: string) => void }) {
  const { sync } = useServices();
  const [invitation, setInvitation] = useState('');
  const [memberName, setMemberName] = useState('');
  const { busy, problem, setProblem, run } = useResultAction();

  return (
    <DialogFrame open={open} onOpenChange={(next) => (setProblem(null), onOpenChange(next))}>
      <Dialog.Title className="dialog__title">Join Project</Dialog.Title>
      <Dialog.Description className="dialog__description">
        Paste the invitation you were given. The project’s articles, codebook and coding come to this corpus, and what you
        have here joins the project.
      </Dialog.Description>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          run(sync.join({ invitation, memberName }), (project) => {
            onOpenChange(false);
            onJoined(project.projectName);
          });
        }}
      >
        <label className="form-row">
          <span>Invitation</span>
          <textarea
            className="text-input text-input--area"
            rows={4}
            spellCheck={false}
            value={invitation}
            onChange={(e) => setInvitation(e.target.value)}
            placeholder="parallax-invite-1:…"
          />
        </label>
        <MemberNameField value={memberName} onChange={setMemberName} />
        <DialogProblem message={problem} />
        <DialogActions>
          <button className="button button--primary" type="submit" disabled={busy}>
            {busy ? 'Joining…' : 'Join'}
          </button>
        </DialogActions>
      </form>
    </DialogFrame>
  );
}
