import * as Dialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import type { AppInfo } from '@shared/bridge';

export function AboutDialog({ open, onOpenChange, info }: { open: boolean; onOpenChange: (open: boolean) => void; info: AppInfo | null }) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay" />
        <Dialog.Content className="dialog__content dialog__content--narrow">
          <Dialog.Title className="dialog__title">Parallax {info?.version}</Dialog.Title>
          <Dialog.Description className="dialog__description">
            A local-first workbench for studying how an event was reported: import articles, read and code them, compare
            outlets, export a dossier.
          </Dialog.Description>
          <p className="dialog__body">
            Everything stays on this computer. Your corpus lives in this app’s local database and leaves it only as files you
            export.
          </p>
          <p className="dialog__body faint">
            {info ? `${info.mode === 'electron' ? 'Desktop app' : 'Web mode'} · ${info.platform}` : ''}
          </p>
          <Dialog.Close className="icon-button dialog__close" aria-label="Close">
            <X size={16} />
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
