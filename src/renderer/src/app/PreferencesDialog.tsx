import * as Dialog from '@radix-ui/react-dialog';
import { DialogActions, DialogFrame, DialogProblem } from '../ui/DialogFrame';
import { useState } from 'react';
import { readMaxImportBytes, writeMaxImportMegabytes } from './preferences';

export function PreferencesDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const [megabytes, setMegabytes] = useState(() => String(readMaxImportBytes() / (1024 * 1024)));
  const [problem, setProblem] = useState<string | null>(null);

  return (
    <DialogFrame
      open={open}
      onOpenChange={(next) => {
        if (next) setMegabytes(String(readMaxImportBytes() / (1024 * 1024)));
        setProblem(null);
        onOpenChange(next);
      }}
      className="dialog__content--narrow"
    >
      <Dialog.Title className="dialog__title">Preferences</Dialog.Title>
      <Dialog.Description className="dialog__description">Settings for this computer.</Dialog.Description>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const error = writeMaxImportMegabytes(megabytes);
          setProblem(error);
          if (!error) onOpenChange(false);
        }}
      >
        <label className="form-row">
          <span>Largest file to import (MB)</span>
          <input
            className="text-input"
            inputMode="decimal"
            aria-invalid={problem !== null}
            value={megabytes}
            onChange={(event) => setMegabytes(event.target.value)}
          />
        </label>
        <p className="field__hint">Larger files are refused before they are read. Default: 50 MB.</p>
        <DialogProblem message={problem} />
        <DialogActions>
          <button className="button button--primary" type="submit">
            Save
          </button>
        </DialogActions>
      </form>
    </DialogFrame>
  );
}
