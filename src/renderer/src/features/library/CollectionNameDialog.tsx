import * as Dialog from '@radix-ui/react-dialog';
import { useId, useState } from 'react';
import { MAX_COLLECTION_NAME_LENGTH } from '@shared/library/collections';
import type { Result } from '@shared/result';
import { DialogActions, DialogFrame, DialogProblem } from '../../ui/DialogFrame';

interface CollectionNameDialogProps {
  title: string;
  /** What the collection will hold, or what renaming changes: one sentence under the title. */
  description: string;
  initialName: string;
  submitLabel: string;
  /** Saves the name; a refusal's words are shown in the dialog, which stays open. */
  onSubmit: (name: string) => Promise<Result<unknown>>;
  onClose: () => void;
}

/** Asks for a collection's name (to create one, or to rename one); open while mounted. */
export function CollectionNameDialog({ title, description, initialName, submitLabel, onSubmit, onClose }: CollectionNameDialogProps) {
  const [name, setName] = useState(initialName);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  return (
    <DialogFrame open onOpenChange={(open) => !open && onClose()} className="dialog__content--narrow collection-dialog">
      <Dialog.Title className="dialog__title">{title}</Dialog.Title>
      <Dialog.Description className="dialog__description">{description}</Dialog.Description>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          const result = await onSubmit(name);
          setBusy(false);
          if (result.ok) onClose();
          else setProblem(result.error.message);
        }}
      >
        <label className="form-row" htmlFor={id}>
          <span>Name</span>
        </label>
        <input
          id={id}
          className="text-input collection-dialog__name"
          value={name}
          maxLength={MAX_COLLECTION_NAME_LENGTH * 2}
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => {
            setName(event.target.value);
            setProblem(null);
          }}
          aria-invalid={problem !== null}
        />
        <DialogProblem message={problem} />
        <DialogActions>
          <button className="button button--primary" type="submit" disabled={busy}>
            {submitLabel}
          </button>
        </DialogActions>
      </form>
    </DialogFrame>
  );
}
