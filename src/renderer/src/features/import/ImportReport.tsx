import { AlertCircle, CheckCircle2, Copy, FileX2, History, X } from 'lucide-react';
import { useState } from 'react';
import { useServices } from '../../app/services';
import { describeBatch } from './describe-batch';
import type { ImportResult } from './import-queue';
import { PasswordDialog } from './PasswordDialog';
import { useImportState } from './use-import-queue';
import { countOf } from '@shared/count-words';

const ICONS = { added: CheckCircle2, 'new-version': History, duplicate: Copy, failed: AlertCircle, skipped: FileX2 } as const;

/**
 * What the last import did, file by file: every failure and duplicate with its reason in
 * words, so nothing is refused silently. Stays until dismissed.
 */
export function ImportReport({ onOpenArticle }: { onOpenArticle: (id: string) => void }) {
  const { importQueue } = useServices();
  const state = useImportState();
  const [asking, setAsking] = useState<number | null>(null);
  const problems = state.results
    .map((result, index) => ({ result, index }))
    .filter(({ result }) => result.status !== 'added');
  const added = state.results.length - problems.length;
  const batch = describeBatch(state);
  // A cancelled import always says so, even when every file it reached was imported.
  if (state.running || (problems.length === 0 && !state.cancelled)) return null;

  const submitPassword = async (password: string): Promise<string | null> => {
    if (asking === null) return null;
    const result = await importQueue.retryWithPassword(asking, password);
    if (!result) return 'This file is no longer available; import it again.';
    return result.status === 'failed' && result.retryable ? result.message : null;
  };

  return (
    <section className="import-report" aria-label="Import report" role="region">
      <header className="import-report__header">
        <span>
          {[
            batch ?? (added > 0 ? `${added} imported` : null),
            problems.length > 0 ? `${countOf(problems.length, { one: 'file needs', other: 'files need' })} attention` : null,
            state.cancelled ? 'import cancelled: the files not reached were not imported' : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
        <button type="button" className="icon-button" aria-label="Dismiss import report" onClick={() => importQueue.dismissResults()}>
          <X size={14} />
        </button>
      </header>
      <ul className="import-report__list">
        {problems.map(({ result, index }) => (
          <ProblemRow
            key={`${result.displayPath}-${index}`}
            result={result}
            onOpenArticle={onOpenArticle}
            onAskPassword={() => setAsking(index)}
          />
        ))}
      </ul>
      <PasswordDialog
        fileName={asking === null ? null : (state.results[asking]?.displayPath ?? null)}
        onSubmit={submitPassword}
        onClose={() => setAsking(null)}
      />
    </section>
  );
}

interface ProblemRowProps {
  result: ImportResult;
  onOpenArticle: (id: string) => void;
  onAskPassword: () => void;
}

function ProblemRow({ result, onOpenArticle, onAskPassword }: ProblemRowProps) {
  const Icon = ICONS[result.status];
  const message = 'message' in result ? result.message : '';
  return (
    <li
      className={`import-report__item import-report__item--${result.status}`}
      data-status={result.status}
      data-code={result.status === 'failed' ? result.code : undefined}
    >
      <Icon size={14} aria-hidden className="import-report__icon" />
      <div>
        <div className="import-report__file">{result.displayPath}</div>
        <div className="import-report__message">{message}</div>
        {result.status === 'failed' && result.retryable && (
          <button type="button" className="link-button" onClick={onAskPassword}>
            Enter the password…
          </button>
        )}
        {result.status === 'new-version' && (
          <button type="button" className="link-button" onClick={() => onOpenArticle(result.articleId)}>
            Open the newer version
          </button>
        )}
        {result.status === 'duplicate' && (
          <button type="button" className="link-button" onClick={() => onOpenArticle(result.articleId)}>
            Open the article already in the corpus
          </button>
        )}
      </div>
    </li>
  );
}
