import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { useServices } from '../../app/services';
import { DialogActions, DialogFrame, DialogProblem } from '../../ui/DialogFrame';
import { MemberNameField } from './MemberNameField';
import { useResultAction } from './use-result-action';

/** File › Share Project…: the owner names the team's sync server and makes a project of this corpus. */
export function ShareProjectDialog({ open, onOpenChange, onShared }: { open: boolean; onOpenChange: (open: boolean) => void; onShared: () => void }) {
  const { sync } = useServices();
  const [serverUrl, setServerUrl] = useState('ws://127.0.0.1:1234');
  const [adminKey, setAdminKey] = useState('');
  const [projectName, setProjectName] = useState('');
  const [memberName, setMemberName] = useState('');
  const { busy, problem, setProblem, run } = useResultAction();

  return (
    <DialogFrame open={open} onOpenChange={(next) => (setProblem(null), onOpenChange(next))}>
      <Dialog.Title className="dialog__title">Share Project</Dialog.Title>
      <Dialog.Description className="dialog__description">
        Share this corpus with your team through a sync server you run (npm run sync-server). Its articles, codebook,
        highlights and notes go to that server only; you keep working offline, and changes are sent when it is reachable.
      </Dialog.Description>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          run(sync.share({ serverUrl, adminKey, projectName, memberName }), () => {
            onOpenChange(false);
            onShared();
          });
        }}
      >
        <label className="form-row">
          <span>Server address</span>
          <input className="text-input" value={serverUrl} onChange={(e) => setServerUrl(e.target.value)} spellCheck={false} autoComplete="off" />
        </label>
        <label className="form-row">
          <span>Admin key</span>
          <input className="text-input" type="password" value={adminKey} onChange={(e) => setAdminKey(e.target.value)} autoComplete="off" aria-describedby="admin-key-help" />
        </label>
        <p className="dialog__hint" id="admin-key-help">
          The server writes its admin key to the file admin-key in its data folder (DATA_DIR, ./sync-data by default).
        </p>
        <label className="form-row">
          <span>Project name</span>
          <input className="text-input" value={projectName} onChange={(e) => setProjectName(e.target.value)} placeholder="Reykjavik talks, May 2021" />
        </label>
        <MemberNameField value={memberName} onChange={setMemberName} />
        <DialogProblem message={problem} />
        <DialogActions>
          <button className="button button--primary" type="submit" disabled={busy}>
            {busy ? 'Sharing…' : 'Share'}
          </button>
        </DialogActions>
      </form>
    </DialogFrame>
  );
}
