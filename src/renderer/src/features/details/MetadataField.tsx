import { Pencil, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import { formatPublished } from '@shared/article-view';
import type { ArticleMetadata, MetadataField, Provenance } from '@shared/ingest/types';
import { metadataInputValue, parseMetadataInput } from '@shared/metadata-edit';

interface MetadataFieldRowProps {
  field: MetadataField;
  label: string;
  value: ArticleMetadata[MetadataField];
  provenance: Provenance | undefined;
  edited: boolean;
  onSave: (value: ArticleMetadata[MetadataField]) => void;
  onRevert: () => void;
}

const HINTS: Partial<Record<MetadataField, string>> = {
  authors: 'Separate names with commas',
  agencies: 'Separate agencies with commas',
  published: 'YYYY-MM-DD, or --MM-DD without a year',
};

/** One metadata field: its value, where it came from, and an inline editor (Enter saves, Escape cancels). */
export function MetadataFieldRow({ field, label, value, provenance, edited, onSave, onRevert }: MetadataFieldRowProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const shown = field === 'published' ? formatPublished(value as string | null) : metadataInputValue(value) || null;

  const save = () => {
    if (draft === null) return;
    const parsed = parseMetadataInput(field, draft);
    if (!parsed.ok) {
      setProblem(parsed.message);
      return;
    }
    onSave(parsed.value);
    setDraft(null);
    setProblem(null);
  };

  return (
    <div className="field" data-field={field}>
      <dt>{label}</dt>
      <dd>
        {draft === null ? (
          <div className="field__value">
            <span>{shown ?? <span className="faint">Not found</span>}</span>
            <span className="field__actions">
              <button type="button" className="icon-button icon-button--small" aria-label={`Edit ${label.toLowerCase()}`} onClick={() => setDraft(metadataInputValue(value))}>
                <Pencil size={12} />
              </button>
              {edited && (
                <button type="button" className="icon-button icon-button--small" aria-label={`Restore the extracted ${label.toLowerCase()}`} onClick={onRevert}>
                  <RotateCcw size={12} />
                </button>
              )}
            </span>
          </div>
        ) : (
          <form
            className="field__editor"
            onSubmit={(event) => {
              event.preventDefault();
              save();
            }}
          >
            <input
              autoFocus
              aria-label={label}
              aria-invalid={problem !== null}
              value={draft}
              placeholder={HINTS[field] ?? ''}
              onChange={(event) => {
                setDraft(event.target.value);
                setProblem(null);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.preventDefault();
                  setDraft(null);
                  setProblem(null);
                }
              }}
            />
            {problem && (
              <div className="field__problem" role="alert">
                {problem}
              </div>
            )}
            <div className="field__hint">{HINTS[field] ? `${HINTS[field]} · ` : ''}Enter to save, Escape to cancel</div>
          </form>
        )}
        {draft === null && edited && <div className="field__provenance">your correction</div>}
        {draft === null && !edited && provenance && shown && (
          <div className="field__provenance" title={provenance.evidence}>
            from {provenance.source}
            {provenance.evidence ? `: “${truncate(provenance.evidence, 80)}”` : ''}
          </div>
        )}
      </dd>
    </div>
  );
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
