import * as Dialog from '@radix-ui/react-dialog';
import { DialogFrame } from '../ui/DialogFrame';
import type { AppInfo } from '@shared/bridge';

export function AboutDialog({ open, onOpenChange, info }: { open: boolean; onOpenChange: (open: boolean) => void; info: AppInfo | null }) {
  return (
    <DialogFrame open={open} onOpenChange={onOpenChange} className="dialog__content--narrow">
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
    </DialogFrame>
  );
}
