import * as Dialog from '@radix-ui/react-dialog';
import { DialogActions, DialogFrame, DialogProblem } from '../ui/DialogFrame';
import { useState } from 'react';
import { readMaxImportBytes, readParseBudget, writeMaxImportMegabytes, writeParseBudget } from './preferences';

export function PreferencesDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const [megabytes, setMegabytes] = useState(() => String(readMaxImportBytes() / (1024 * 1024)));
  const [seconds, setSeconds] = useState(() => String(readParseBudget().timeBudgetMs / 1000));
  const [memory, setMemory] = useState(() => String(readParseBudget().memoryBudgetMb));
  const [problem, setProblem] = useState<string | null>(null);

  return (
    <DialogFrame
      open={open}
      onOpenChange={(next) => {
        if (next) {
          setMegabytes(String(readMaxImportBytes() / (1024 * 1024)));
          setSeconds(String(readParseBudget().timeBudgetMs / 1000));
          setMemory(String(readParseBudget().memoryBudgetMb));
        }
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
          const error = writeMaxImportMegabytes(megabytes) ?? writeParseBudget(seconds, memory);
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
        <label className="form-row">
          <span>Longest time to read one file (seconds)</span>
          <input className="text-input" inputMode="decimal" value={seconds} onChange={(event) => setSeconds(event.target.value)} />
        </label>
        <label className="form-row">
          <span>Most memory to read one file (MB)</span>
          <input className="text-input" inputMode="numeric" value={memory} onChange={(event) => setMemory(event.target.value)} />
        </label>
        <p className="field__hint">
          A file that takes longer or needs more is stopped, listed with the reason, and the import goes on. Defaults: 30 seconds, 768 MB
          (the memory bound applies in the desktop app; a browser cannot bound it).
        </p>
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
