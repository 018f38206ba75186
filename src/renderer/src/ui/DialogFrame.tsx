import * as Dialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import type { ComponentProps, ReactNode } from 'react';

type ContentProps = Omit<ComponentProps<typeof Dialog.Content>, 'children' | 'className'>;

interface DialogFrameProps extends ContentProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Classes besides `dialog__content` (a width, a feature's own class). */
  className?: string;
  children: ReactNode;
}

/**
 * Every dialog of the app: a Radix Dialog (focus trapped, Escape closes, focus returns) with the
 * overlay, the content box and the × in its corner. The dialog supplies its title and body.
 */
export function DialogFrame({ open, onOpenChange, className, children, ...contentProps }: DialogFrameProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay" />
        <Dialog.Content className={className ? `dialog__content ${className}` : 'dialog__content'} {...contentProps}>
          {children}
          <Dialog.Close className="icon-button dialog__close" aria-label="Close">
            <X size={16} />
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** A dialog's button row: Cancel (closes the dialog), then the dialog's own buttons. */
export function DialogActions({ children }: { children?: ReactNode }) {
  return (
    <div className="dialog__actions">
      <Dialog.Close className="button" type="button">
        Cancel
      </Dialog.Close>
      {children}
    </div>
  );
}

/** What went wrong, in words, announced to screen readers; nothing when all is well. */
export function DialogProblem({ message }: { message: string | null }) {
  return message ? (
    <p className="field__problem" role="alert">
      {message}
    </p>
  ) : null;
}
