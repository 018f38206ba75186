import * as Dialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import { useState } from 'react';
import { readMaxImportBytes, writeMaxImportMegabytes } from './preferences';

export function PreferencesDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const [megabytes, setMegabytes] = useState(() => String(readMaxImportBytes() / (1024 * 1024)));
  const [problem, setProblem] = useState<string | null>(null);

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (next) setMegabytes(String(readMaxImportBytes() / (1024 * 1024)));
        setProblem(null);
        onOpenChange(next);
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay" />
        <Dialog.Content className="dialog__content dialog__content--narrow">
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
            {problem && (
              <p className="field__problem" role="alert">
                {problem}
              </p>
            )}
            <div className="dialog__actions">
              <Dialog.Close className="button" type="button">
                Cancel
              </Dialog.Close>
              <button className="button button--primary" type="submit">
                Save
              </button>
            </div>
          </form>
          <Dialog.Close className="icon-button dialog__close" aria-label="Close">
            <X size={16} />
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
