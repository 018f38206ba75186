import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { useServices } from '../../app/services';
import { DialogActions, DialogFrame, DialogProblem } from '../../ui/DialogFrame';

/** File › Join Project…: paste the invitation a project's owner gave you. */
export function JoinProjectDialog({ open, onOpenChange, onJoined }: { open: boolean; onOpenChange: (open: boolean) => void; onJoined: (name: string) => void }) {
  const { sync } = useServices();
  const [invitation, setInvitation] = useState('');
  const [memberName, setMemberName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

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
          setBusy(true);
          setProblem(null);
          void sync.join({ invitation, memberName }).then((result) => {
            setBusy(false);
            if (!result.ok) return setProblem(result.error.message);
            onOpenChange(false);
            onJoined(result.value.projectName);
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
        <label className="form-row">
          <span>Your name</span>
          <input className="text-input" value={memberName} onChange={(e) => setMemberName(e.target.value)} placeholder="As your team will see it" />
        </label>
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
