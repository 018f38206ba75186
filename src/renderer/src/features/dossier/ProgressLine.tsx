import type { ExportProgress } from './export-job';

const STAGE_WORDS: Record<ExportProgress['stage'], string> = {
  reading: 'Reading articles',
  building: 'Building',
  printing: 'Printing the PDF',
  saving: 'Saving',
};

/** A progress bar with the step in words: determinate while articles are read, indeterminate after. */
export function ProgressLine({ progress, label }: { progress: ExportProgress; label: string }) {
  const determinate = progress.stage === 'reading' && progress.total !== undefined && progress.total > 0;
  return (
    <div className="export-progress" role="status" aria-live="polite">
      {determinate ? <progress max={progress.total} value={progress.done ?? 0} aria-label={label} /> : <progress aria-label={label} />}
      <span className="status-text">
        {STAGE_WORDS[progress.stage]}
        {determinate ? ` ${progress.done ?? 0} of ${progress.total}` : '…'}
      </span>
    </div>
  );
}
