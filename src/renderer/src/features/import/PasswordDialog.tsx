import * as Dialog from '@radix-ui/react-dialog';
import { useState } from 'react';
import { DialogActions, DialogFrame, DialogProblem } from '../../ui/DialogFrame';

interface PasswordDialogProps {
  fileName: string | null;
  /** Resolves to a message in words when the password did not open the file, or null when it did. */
  onSubmit: (password: string) => Promise<string | null>;
  onClose: () => void;
}

/** Asks for the password of an encrypted PDF, and says so plainly when it is wrong. */
export function PasswordDialog({ fileName, onSubmit, onClose }: PasswordDialogProps) {
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  return (
    <DialogFrame
      open={fileName !== null}
      onOpenChange={(open) => {
        if (!open) {
          setPassword('');
          setProblem(null);
          onClose();
        }
      }}
      className="dialog__content--narrow"
    >
      <Dialog.Title className="dialog__title">Password needed</Dialog.Title>
      <Dialog.Description className="dialog__description">
        “{fileName}” is protected by a password. It is used once to read the file and is not stored.
      </Dialog.Description>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          const result = await onSubmit(password);
          setBusy(false);
          if (result) setProblem(result);
          else {
            setPassword('');
            setProblem(null);
            onClose();
          }
        }}
      >
        <input
          className="text-input"
          type="password"
          autoFocus
          aria-label="Password"
          aria-invalid={problem !== null}
          value={password}
          onChange={(event) => {
            setPassword(event.target.value);
            setProblem(null);
          }}
        />
        <DialogProblem message={problem} />
        <DialogActions>
          <button className="button button--primary" type="submit" disabled={busy || password.length === 0}>
            {busy ? 'Opening…' : 'Open'}
          </button>
        </DialogActions>
      </form>
    </DialogFrame>
  );
}
