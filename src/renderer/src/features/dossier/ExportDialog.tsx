import * as Dialog from '@radix-ui/react-dialog';
import * as Tabs from '@radix-ui/react-tabs';
import { useLiveQuery } from 'dexie-react-hooks';
import { FileDown } from 'lucide-react';
import { useMemo, useRef, useState } from 'react';
import type { ExportFormat } from '@shared/bridge';
import { flattenTree, listTagTree, tagPath } from '@shared/codebook/tree';
import { ALL_SECTIONS, canCompare, latestVersions, type DossierScope, type DossierSections, MAX_COMPARED_IN_DOSSIER, selectForDossier } from '@shared/dossier';
import type { Id } from '@shared/model';
import { describeThrown } from '@shared/result';
import { useServices } from '../../app/services';
import { listCollections } from '../../db/collections';
import { readShown } from '../library/use-library-collections';
import { DialogFrame, DialogProblem } from '../../ui/DialogFrame';
import { ArticleChecklist } from './ArticleChecklist';
import { type ExportChoice, type ExportProgress, runExport } from './export-job';
import { exportFormats } from './export-formats';
import { ExportPreview } from './ExportPreview';
import { ProgressLine } from './ProgressLine';
import './dossier.css';
import { countOf } from '@shared/count-words';

export interface ExportDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The articles of the comparison on screen, if one is open. */
  comparedIds: readonly Id[] | null;
  /** The article open in the reader: the first chosen one. */
  openArticleId: Id | null;
  /** Articles chosen in the library (two or more): the dialog opens on exactly these. */
  selectedIds?: readonly Id[];
  /** Told what was written, for the status line. */
  onExported: (message: string) => void;
}

/** What to export: a dossier scope, or a collection (exported as the articles it holds). */
type ScopeKind = DossierScope['kind'] | 'collection';

const SECTION_LABELS: [keyof DossierSections, string][] = [
  ['cover', 'Cover with title and date'],
  ['sources', 'Sources table'],
  ['passages', 'Passages by tag'],
  ['notes', 'Notes with the spans they cite'],
  ['comparison', 'Comparison findings'],
  ['appendix', 'Appendix: full texts with highlights marked'],
];

/** File › Export Dossier…: what to export (scope, format, sections), a preview, then progress until the file is saved. */
export function ExportDialog(props: ExportDialogProps) {
  return (
    <DialogFrame open={props.open} onOpenChange={props.onOpenChange} className="export-dialog" aria-describedby="export-dialog-description">
      {props.open && <ExportDialogBody {...props} />}
    </DialogFrame>
  );
}

function ExportDialogBody({ comparedIds, openArticleId, selectedIds = [], onExported }: ExportDialogProps) {
  const { db, bridge, mode } = useServices();
  const records = useLiveQuery(
    () =>
      db.transaction('r', [db.articles, db.tags, db.highlights, db.notes], async () => ({
        articles: await db.articles.toArray(),
        tags: await db.tags.toArray(),
        highlights: await db.highlights.toArray(),
        notes: await db.notes.toArray(),
      })),
    [db],
  );
  // Articles chosen in the library are what was asked for; then a comparison on screen; else the corpus.
  const fromLibrary = selectedIds.length > 1;
  // Then the collection the library shows, if it still exists: what the person is looking at.
  const [shownCollection] = useState(readShown);
  const [pickedKind, setScopeKind] = useState<ScopeKind | null>(null);
  const [chosen, setChosen] = useState<Set<Id>>(() => new Set(fromLibrary ? selectedIds : (comparedIds ?? (openArticleId ? [openArticleId] : []))));
  const [tagId, setTagId] = useState<Id | null>(null);
  const collections = useLiveQuery(() => listCollections(db), [db]);
  const [collectionId, setCollectionId] = useState<Id | null>(shownCollection);
  const collection = collections?.find((c) => c.id === collectionId) ?? collections?.[0] ?? null;
  const showsCollection = collections?.some((c) => c.id === shownCollection) ?? false;
  const scopeKind: ScopeKind = pickedKind ?? (fromLibrary ? 'articles' : comparedIds ? 'comparison' : showsCollection ? 'collection' : 'corpus');
  const [format, setFormat] = useState<ExportFormat>('html');
  const [sections, setSections] = useState<DossierSections>(ALL_SECTIONS);
  const [title, setTitle] = useState('Parallax dossier');
  const [tab, setTab] = useState('contents');
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);

  const formats = exportFormats(mode);
  const formatChoice = formats.find((f) => f.format === format)!;
  const tagOptions = useMemo(() => (records ? flattenTree(listTagTree(records.tags)) : []), [records]);
  const effectiveTagId = tagId ?? tagOptions[0]?.tag.id ?? null;

  const scope: DossierScope | null =
    scopeKind === 'corpus'
      ? { kind: 'corpus' }
      : scopeKind === 'articles'
        ? { kind: 'articles', ids: [...chosen] }
        : scopeKind === 'tag'
          ? effectiveTagId
            ? { kind: 'tag', tagId: effectiveTagId }
            : null
          : scopeKind === 'collection'
            ? collection
              ? { kind: 'articles', ids: collection.articleIds }
              : null
            : comparedIds
              ? { kind: 'comparison', ids: [...comparedIds] }
              : null;
  // The scope is a new object on every render: the selection is recomputed when what it says changes.
  const scopeKey = JSON.stringify(scope);
  const selection = useMemo(() => (records && scopeKey !== 'null' ? selectForDossier(JSON.parse(scopeKey) as DossierScope, records) : null), [records, scopeKey]);
  const isBackup = format === 'json';
  const comparable = selection ? canCompare(selection.articles.length) : false;
  const effectiveSections: DossierSections = { ...sections, comparison: sections.comparison && comparable };
  const empty = !isBackup && (!selection || selection.articles.length === 0);
  const choice: ExportChoice | null = scope ? { scope, format, sections: effectiveSections, title: title.trim() || 'Parallax dossier' } : null;
  const running = progress !== null;

  const start = () => {
    if (!choice || empty) return;
    setProblem(null);
    setDone(null);
    const abort = new AbortController();
    controller.current = abort;
    setProgress({ stage: 'reading', done: 0, total: selection?.articles.length ?? 0 });
    runExport(db, bridge, choice, setProgress, { signal: abort.signal })
      .then((outcome) => {
        if (outcome.status === 'cancelled') return;
        const what = countLabel(outcome.built.articleCount);
        const message =
          outcome.status === 'saved'
            ? `Exported ${formatChoice.label} (${what}, ${formatBytes(outcome.built.bytes.byteLength)}) to ${outcome.saved.location}`
            : `The dossier (${what}) is in the print dialog: choose “Save as PDF”.`;
        setDone(message);
        onExported(message);
      })
      .catch((thrown: unknown) => {
        if (abort.signal.aborted) return;
        setProblem(`The ${formatChoice.label} export failed: ${describeThrown(thrown)} Nothing was written.`);
      })
      .finally(() => {
        setProgress(null);
        controller.current = null;
      });
  };

  return (
    <>
      <Dialog.Title className="dialog__title">Export dossier</Dialog.Title>
      <Dialog.Description id="export-dialog-description" className="dialog__description">
        A document or data file of your work that keeps every quote tied to its source.
      </Dialog.Description>
      <Tabs.Root value={tab} onValueChange={setTab} className="export-dialog__tabs">
        <Tabs.List className="tabs__list" aria-label="Export">
          <Tabs.Trigger className="tabs__trigger" value="contents">
            Contents
          </Tabs.Trigger>
          <Tabs.Trigger className="tabs__trigger" value="preview" disabled={!choice || empty}>
            Preview
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="contents" className="export-dialog__contents">
          <div className="export-dialog__grid">
            <fieldset className="export-fieldset" disabled={running || isBackup}>
              <legend>What</legend>
              <label className="radio-row">
                <input type="radio" name="scope" checked={scopeKind === 'corpus'} onChange={() => setScopeKind('corpus')} />
                <span>The whole corpus</span>
                <span className="faint">{records ? countLabel(latestVersions(records.articles).length) : ''}</span>
              </label>
              <label className="radio-row">
                <input type="radio" name="scope" checked={scopeKind === 'articles'} onChange={() => setScopeKind('articles')} />
                <span>Chosen articles</span>
                <span className="faint">{chosen.size} chosen</span>
              </label>
              {scopeKind === 'articles' && records && !isBackup && <ArticleChecklist articles={records.articles} chosen={chosen} onChange={setChosen} />}
              <label className="radio-row">
                <input type="radio" name="scope" checked={scopeKind === 'tag'} disabled={tagOptions.length === 0} onChange={() => setScopeKind('tag')} />
                <span>One tag, with its children</span>
                {tagOptions.length === 0 && <span className="faint">the codebook is empty</span>}
              </label>
              {scopeKind === 'tag' && records && (
                <select className="text-input export-dialog__tag" aria-label="Tag to export" value={effectiveTagId ?? ''} onChange={(e) => setTagId(e.target.value)}>
                  {tagOptions.map((node) => (
                    <option key={node.tag.id} value={node.tag.id}>
                      {tagPath(records.tags, node.tag.id)}
                    </option>
                  ))}
                </select>
              )}
              <label className="radio-row">
                <input type="radio" name="scope" checked={scopeKind === 'collection'} disabled={!collections?.length} onChange={() => setScopeKind('collection')} />
                <span>A collection</span>
                <span className="faint">{collections?.length ? (collection ? countLabel(collection.articleIds.length) : '') : 'no collection yet'}</span>
              </label>
              {scopeKind === 'collection' && collections && collections.length > 0 && (
                <select className="text-input export-dialog__tag" aria-label="Collection to export" value={collection?.id ?? ''} onChange={(e) => setCollectionId(e.target.value)}>
                  {collections.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name} ({countLabel(c.articleIds.length)})
                    </option>
                  ))}
                </select>
              )}
              <label className="radio-row">
                <input type="radio" name="scope" checked={scopeKind === 'comparison'} disabled={!comparedIds} onChange={() => setScopeKind('comparison')} />
                <span>The current comparison</span>
                <span className="faint">{comparedIds ? countLabel(comparedIds.length) : 'no comparison is open'}</span>
              </label>
              <label className="form-row export-dialog__title">
                <span>Title</span>
                <input className="text-input" value={title} onChange={(e) => setTitle(e.target.value)} />
              </label>
            </fieldset>

            <fieldset className="export-fieldset" disabled={running}>
              <legend>Format</legend>
              {formats.map((f) => (
                <label key={f.format} className="radio-row radio-row--stacked">
                  <input type="radio" name="format" checked={format === f.format} onChange={() => setFormat(f.format)} />
                  <span>{f.label}</span>
                  <span className="faint radio-row__hint">{f.hint}</span>
                </label>
              ))}
            </fieldset>

            <fieldset className="export-fieldset" disabled={running || !formatChoice.sectioned}>
              <legend>Sections</legend>
              {SECTION_LABELS.map(([key, label]) => {
                const unavailable = key === 'comparison' && !comparable;
                return (
                  <label key={key} className="radio-row">
                    <input
                      type="checkbox"
                      checked={effectiveSections[key]}
                      disabled={unavailable}
                      onChange={(e) => setSections((s) => ({ ...s, [key]: e.target.checked }))}
                    />
                    <span>{label}</span>
                    {unavailable && <span className="faint">for 2 to {MAX_COMPARED_IN_DOSSIER} articles</span>}
                  </label>
                );
              })}
              {!formatChoice.sectioned && <p className="faint">{isBackup ? 'A backup always holds everything.' : 'This format holds the coded passages and notes of the chosen articles.'}</p>}
            </fieldset>
          </div>
        </Tabs.Content>
        <Tabs.Content value="preview" className="export-dialog__preview">
          {tab === 'preview' && choice && !empty && <ExportPreview choice={choice} />}
        </Tabs.Content>
      </Tabs.Root>

      <p className="export-dialog__summary" data-testid="export-summary">
        {isBackup
          ? records
            ? `Everything: ${countLabel(records.articles.length)} (every version), ${plural(records.highlights.length, 'highlight')}, ${plural(records.notes.length, 'note')}, ${plural(records.tags.length, 'tag')}.`
            : ''
          : selection
            ? `${countLabel(selection.articles.length)} · ${plural(selection.highlights.length, 'highlight')} · ${plural(selection.notes.length, 'note')}`
            : 'Choose what to export.'}
        {empty && selection && <span className="field__problem"> Nothing to export: choose at least one article.</span>}
      </p>
      {progress && <ProgressLine progress={progress} label="Export progress" />}
      <DialogProblem message={problem} />
      {done && (
        <p className="export-dialog__done" role="status">
          {done}
        </p>
      )}
      <div className="dialog__actions">
        {running ? (
          <button type="button" className="button" onClick={() => controller.current?.abort()}>
            Cancel export
          </button>
        ) : (
          <Dialog.Close className="button" type="button">
            {done ? 'Close' : 'Cancel'}
          </Dialog.Close>
        )}
        <button type="button" className="button button--primary" disabled={running || !choice || empty} onClick={start}>
          <FileDown size={14} aria-hidden /> Export {formatChoice.label.replace(/ \(.*\)$/, '')}…
        </button>
      </div>
    </>
  );
}

function plural(n: number, one: string): string {
  return countOf(n, one, 'en');
}

function countLabel(n: number): string {
  return plural(n, 'article');
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
