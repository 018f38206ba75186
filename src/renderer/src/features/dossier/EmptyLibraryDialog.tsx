import * as Dialog from '@radix-ui/react-dialog';
import { ArchiveRestore } from 'lucide-react';
import { useState } from 'react';
import { countOf } from '@shared/count-words';
import { formatMoment } from '@shared/date-style';
import { parseBackup } from '@shared/dossier/backup';
import { describeThrown } from '@shared/result';
import { acceptEmptyLibrary, type LaunchCheck } from '../../app/corpus-guard';
import { useServices } from '../../app/services';
import { DialogFrame, DialogProblem } from '../../ui/DialogFrame';
import { restoreBackup } from './restore-job';

type Empty = Extract<LaunchCheck, { kind: 'unexpectedly-empty' }>;

interface EmptyLibraryDialogProps {
  check: Empty;
  /** The question is settled (restored, or the person keeps the library empty); the message says how. */
  onSettled: (message: string) => void;
  /** The person wants to pick another backup (File › Restore from Backup…). */
  onChooseAnother: () => void;
}

/**
 * Shown at launch when the library came back empty but held articles: the newest automatic
 * backup is offered at once. Closing the dialog decides nothing; it asks again at the next launch.
 */
export function EmptyLibraryDialog({ check, onSettled, onChooseAnother }: EmptyLibraryDialogProps) {
  const { db, bridge, undo } = useServices();
  const [open, setOpen] = useState(true);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { marker, newest } = check;

  const restoreNewest = async () => {
    if (!newest) return;
    setBusy(true);
    setProblem(null);
    try {
      const read = await bridge.readAutoBackup({ id: newest.id });
      if (!read.ok) throw new Error(read.error.message);
      const parsed = parseBackup(read.value.text);
      if (!parsed.ok) throw new Error(parsed.error.message);
      const report = await restoreBackup(db, bridge, undo, parsed.backup, 'replace', () => undefined);
      setOpen(false);
      onSettled(`Restored the automatic backup of ${formatMoment(newest.createdAt)}: the library holds ${countOf(report.counts.articles, 'article', 'en')} again.`);
    } catch (thrown) {
      setProblem(`The backup could not be restored: ${describeThrown(thrown)} Try another one with “Choose another backup…”.`);
    } finally {
      setBusy(false);
    }
  };

  const keepEmpty = async () => {
    setBusy(true);
    try {
      await acceptEmptyLibrary(db, bridge);
      setOpen(false);
      onSettled('The library stays empty. Import articles with File › Import, or restore a backup with File › Restore from Backup….');
    } catch (thrown) {
      setProblem(describeThrown(thrown));
    } finally {
      setBusy(false);
    }
  };

  return (
    <DialogFrame open={open} onOpenChange={setOpen} className="restore-dialog" aria-describedby="empty-library-description" role="alertdialog">
      <Dialog.Title className="dialog__title">Your library is empty</Dialog.Title>
      <Dialog.Description id="empty-library-description" className="dialog__description">
        {marker
          ? `It held ${countOf(marker.articles, 'article', 'en')} on ${formatMoment(marker.at)}. `
          : 'Automatic backups of an earlier library were found. '}
        Its storage may have been lost when the app or the computer stopped suddenly, or cleared by the browser. The sample articles were not imported.
      </Dialog.Description>
      <p data-testid="empty-library-newest">
        {newest
          ? `The newest automatic backup is from ${formatMoment(newest.createdAt)} (${(newest.bytes / 1024).toFixed(0)} KB).`
          : 'No automatic backup is kept here; a backup file you saved can still be restored.'}
      </p>
      <div className="dialog__actions">
        <button type="button" className="button" disabled={busy} onClick={() => void keepEmpty()}>
          Keep the library empty
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => {
            setOpen(false);
            onChooseAnother();
          }}
        >
          Choose another backup…
        </button>
        {newest && (
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void restoreNewest()}>
            <ArchiveRestore size={14} aria-hidden /> Restore the newest backup
          </button>
        )}
      </div>
      <DialogProblem message={problem} />
    </DialogFrame>
  );
}
