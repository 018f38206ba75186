import * as Dialog from '@radix-ui/react-dialog';
import { useLiveQuery } from 'dexie-react-hooks';
import { ArchiveRestore, FileUp } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import type { AutoBackupInfo, AutoBackupList } from '@shared/bridge';
import { type Backup, type MergePlan, parseBackup } from '@shared/dossier/backup';
import { describeThrown } from '@shared/result';
import { useServices } from '../../app/services';
import { DialogFrame, DialogProblem } from '../../ui/DialogFrame';
import { planMerge } from '../../db/backup';
import { writeAutoBackup } from './auto-backup';
import { countsOf, describePlan, restoreBackup, type RestoreMode, type RestoreStage } from './restore-job';
import './dossier.css';
import { countOf } from '@shared/count-words';
import { formatMoment } from '@shared/date-style';

interface RestoreDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onRestored: (message: string) => void;
}

type Step =
  | { kind: 'choose' }
  | { kind: 'reading' }
  | { kind: 'confirm'; name: string; backup: Backup; plan: MergePlan }
  | { kind: 'running'; stage: RestoreStage }
  | { kind: 'done'; message: string };

const REASON_LABEL: Record<AutoBackupInfo['reason'], string> = { daily: 'Daily backup', 'before-restore': 'Before a restore' };

/** File › Restore from Backup…: a backup file or an automatic backup, merged into the corpus or replacing it. */
export function RestoreDialog({ open, onOpenChange, onRestored }: RestoreDialogProps) {
  return (
    <DialogFrame open={open} onOpenChange={onOpenChange} className="restore-dialog" aria-describedby="restore-dialog-description">
      {open && <RestoreBody onRestored={onRestored} />}
    </DialogFrame>
  );
}

function RestoreBody({ onRestored }: { onRestored: (message: string) => void }) {
  const { db, bridge, undo } = useServices();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [problem, setProblem] = useState<string | null>(null);
  const [list, setList] = useState<AutoBackupList | null>(null);
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [confirmingReplace, setConfirmingReplace] = useState(false);
  const current = useLiveQuery(async () => ({ articles: await db.articles.count(), highlights: await db.highlights.count(), notes: await db.notes.count() }), [db]);

  const refresh = useCallback(() => {
    void bridge.listAutoBackups().then((listed) => (listed.ok ? setList(listed.value) : setProblem(listed.error.message)));
  }, [bridge]);
  useEffect(refresh, [refresh]);

  /** Reads and checks a backup; a bad one is named in words and nothing changes. */
  const consider = async (read: () => Promise<{ name: string; text: string } | null>) => {
    setProblem(null);
    setStep({ kind: 'reading' });
    try {
      const file = await read();
      if (!file) return setStep({ kind: 'choose' });
      const parsed = parseBackup(file.text);
      if (!parsed.ok) {
        setStep({ kind: 'choose' });
        setProblem(`“${file.name}” cannot be restored: ${parsed.error.message} Your corpus is unchanged.`);
        return;
      }
      setMode('merge');
      setConfirmingReplace(false);
      setStep({ kind: 'confirm', name: file.name, backup: parsed.backup, plan: await planMerge(db, parsed.backup.corpus) });
    } catch (thrown) {
      setStep({ kind: 'choose' });
      setProblem(`The backup could not be read: ${describeThrown(thrown)} Your corpus is unchanged.`);
    }
  };

  const chooseFile = () =>
    consider(async () => {
      const chosen = await bridge.chooseBackup();
      if (!chosen.ok) throw new Error(chosen.error.message);
      return chosen.value;
    });
  const chooseAuto = (info: AutoBackupInfo) =>
    consider(async () => {
      const read = await bridge.readAutoBackup({ id: info.id });
      if (!read.ok) throw new Error(read.error.message);
      return read.value;
    });

  const restore = async (backup: Backup) => {
    setProblem(null);
    setStep({ kind: 'running', stage: 'safety-backup' });
    try {
      const report = await restoreBackup(db, bridge, undo, backup, mode, (stage) => setStep({ kind: 'running', stage }));
      const c = report.counts;
      const message =
        report.mode === 'replace'
          ? `Restored the backup: your corpus now holds ${countWords(c)}. The corpus it replaced was backed up first (Edit › Undo brings it back).`
          : `Merged the backup. ${describePlan(report.plan!)} A backup of your corpus from before the merge was kept.`;
      setStep({ kind: 'done', message });
      onRestored(message);
      refresh();
    } catch (thrown) {
      setStep({ kind: 'choose' });
      setProblem(`The backup was not restored: ${describeThrown(thrown)} Your corpus is unchanged.`);
    }
  };

  /** Web mode: an automatic backup lives in the browser's storage, which the browser can lose; this saves it as a file. */
  const saveCopy = async (info: AutoBackupInfo) => {
    setProblem(null);
    try {
      const read = await bridge.readAutoBackup({ id: info.id });
      if (!read.ok) throw new Error(read.error.message);
      const saved = await bridge.saveExport({ suggestedName: `parallax-${info.id}.json`, format: 'json', bytes: new TextEncoder().encode(read.value.text) });
      if (!saved.ok) throw new Error(saved.error.message);
    } catch (thrown) {
      setProblem(`The copy could not be saved: ${describeThrown(thrown)}`);
    }
  };

  const backUpNow = async () => {
    setProblem(null);
    try {
      await writeAutoBackup(db, bridge, 'daily');
      refresh();
    } catch (thrown) {
      setProblem(`The backup could not be made: ${describeThrown(thrown)}`);
    }
  };

  return (
    <>
      <Dialog.Title className="dialog__title">Restore from backup</Dialog.Title>
      <Dialog.Description id="restore-dialog-description" className="dialog__description">
        Bring back a Parallax backup (File › Export Dossier… › Parallax backup), or one of the automatic backups Parallax keeps.
      </Dialog.Description>

      {(step.kind === 'choose' || step.kind === 'reading') && (
        <>
          <div className="dialog__actions dialog__actions--start">
            <button type="button" className="button button--primary" disabled={step.kind === 'reading'} onClick={() => void chooseFile()}>
              <FileUp size={14} aria-hidden /> Choose a backup file…
            </button>
            <button type="button" className="button" disabled={step.kind === 'reading'} onClick={() => void backUpNow()}>
              Back up now
            </button>
          </div>
          <h3 className="section-title">Automatic backups</h3>
          <p className="faint">
            One a day and one before every restore; the newest seven of each are kept{list?.folder ? ` in ${list.folder}` : ' in this browser’s storage'}.
            {list && !list.folder && ' A browser can lose its storage (a crash, clearing site data): save a copy as a file to keep one outside it.'}
          </p>
          {list && list.backups.length === 0 && <p className="faint">None yet: the first is made a minute after launch.</p>}
          {list && list.backups.length > 0 && (
            <ul className="backup-list" aria-label="Automatic backups">
              {list.backups.map((b) => (
                <li key={b.id}>
                  <span>{formatMoment(b.createdAt)}</span>
                  <span className="faint">
                    {REASON_LABEL[b.reason]} · {(b.bytes / 1024).toFixed(0)} KB
                  </span>
                  {!list.folder && (
                    <button type="button" className="button" onClick={() => void saveCopy(b)}>
                      Save a copy…
                    </button>
                  )}
                  <button type="button" className="button" disabled={step.kind === 'reading'} onClick={() => void chooseAuto(b)}>
                    Restore…
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}

      {step.kind === 'confirm' && (
        <>
          <div className="restore-summary" data-testid="restore-summary">
            <strong>{step.name}</strong>
            <dl>
              <dt>Exported</dt>
              <dd>{formatMoment(step.backup.exportedAt)}</dd>
              <dt>Holds</dt>
              <dd>
                {(() => {
                  const c = countsOf(step.backup.corpus);
                  return countWords(c);
                })()}
              </dd>
              <dt>Your corpus</dt>
              <dd>{current ? countWords(current) : '…'}</dd>
            </dl>
          </div>
          <fieldset className="export-fieldset">
            <legend>How</legend>
            <label className="radio-row radio-row--stacked">
              <input type="radio" name="restore-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
              <span>Merge into my corpus</span>
              <span className="faint radio-row__hint">{describePlan(step.plan)}</span>
            </label>
            <label className="radio-row radio-row--stacked">
              <input type="radio" name="restore-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
              <span>Replace my corpus</span>
              <span className="faint radio-row__hint">Your corpus becomes exactly the backup’s. What it holds now is backed up first.</span>
            </label>
          </fieldset>
          {confirmingReplace && (
            <p className="restore-warning" role="alert">
              Replace your {current ? countWords(current) : 'corpus'} with the backup’s? A backup of them is kept first, and Edit › Undo brings them back.
            </p>
          )}
          <div className="dialog__actions">
            <button type="button" className="button" onClick={() => (confirmingReplace ? setConfirmingReplace(false) : setStep({ kind: 'choose' }))}>
              {confirmingReplace ? 'Keep my corpus' : 'Back'}
            </button>
            <button
              type="button"
              className={`button ${mode === 'replace' ? 'button--danger' : 'button--primary'}`}
              onClick={() => (mode === 'replace' && !confirmingReplace ? setConfirmingReplace(true) : void restore(step.backup))}
            >
              <ArchiveRestore size={14} aria-hidden /> {mode === 'merge' ? 'Merge' : confirmingReplace ? 'Replace my corpus' : 'Replace…'}
            </button>
          </div>
        </>
      )}

      {step.kind === 'running' && (
        <div className="export-progress" role="status" aria-live="polite">
          <progress aria-label="Restore progress" />
          <span className="status-text">{step.stage === 'safety-backup' ? 'Backing up your corpus first…' : 'Restoring…'}</span>
        </div>
      )}

      {step.kind === 'done' && (
        <>
          <p className="export-dialog__done" role="status">
            {step.message}
          </p>
          <div className="dialog__actions">
            <Dialog.Close className="button button--primary" type="button">
              Close
            </Dialog.Close>
          </div>
        </>
      )}

      <DialogProblem message={problem} />
    </>
  );
}

/** "5 articles, 1 highlight, 0 notes, 2 tags". */
function countWords(c: { articles: number; highlights: number; notes: number; tags?: number }): string {
  const n = (count: number, one: string) => countOf(count, one, 'en');
  return [n(c.articles, 'article'), n(c.highlights, 'highlight'), n(c.notes, 'note'), ...(c.tags === undefined ? [] : [n(c.tags, 'tag')])].join(', ');
}
