import * as Dialog from '@radix-ui/react-dialog';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { agreementCsv, disagreementsCsv } from '@shared/agreement/csv';
import { formatAgreementFigure } from '@shared/agreement/format';
import type { NominalAgreement } from '@shared/agreement/nominal';
import { computeAgreement, type AgreementReport } from '@shared/agreement/report';
import type { AgreementUnitKind } from '@shared/agreement/segments';
import { describeThrown } from '@shared/result';
import { useServices } from '../../app/services';
import { codersInCorpus, loadAgreementInput } from '../../db/agreement-input';
import { DialogFrame, DialogProblem } from '../../ui/DialogFrame';
import { ownCoder } from '@shared/sync/project';
import { useSync } from '../sync/use-sync';
import { agreementNames } from './agreement-names';

/** Disagreements shown at once; the CSV has them all. */
const DISAGREEMENTS_SHOWN = 200;

function FigureRow({ name, stats, twoCoders }: { name: string; stats: NominalAgreement; twoCoders: boolean }) {
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{stats.pairableUnits}</td>
      <td>{formatAgreementFigure(stats.percent, 'percent')}</td>
      {twoCoders && <td>{formatAgreementFigure(stats.kappa, 'coefficient')}</td>}
      <td>{formatAgreementFigure(stats.alpha, 'coefficient')}</td>
    </tr>
  );
}

/** View › Agreement…: how far the coders of a round agree, and where they do not. */
export function AgreementDialog({ open, onOpenChange, onAnnounce }: { open: boolean; onOpenChange: (open: boolean) => void; onAnnounce: (message: string) => void }) {
  const { db, bridge, navigation } = useServices();
  const { project } = useSync();
  const ownId = ownCoder(project);
  const [unit, setUnit] = useState<AgreementUnitKind>('word');
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  const coders = useLiveQuery(() => (open ? codersInCorpus(db, ownId) : undefined), [db, ownId, open]);
  const tags = useLiveQuery(() => (open ? db.tags.toArray() : []), [db, open]);
  const articles = useLiveQuery(() => (open ? db.articles.toArray() : []), [db, open]);
  const names = useMemo(() => agreementNames(project, ownId, tags ?? [], articles ?? []), [project, ownId, tags, articles]);
  const chosen = useMemo(() => [...(coders?.keys() ?? [])].filter((id) => !excluded.has(id)).sort((a, b) => (a === ownId ? -1 : b === ownId ? 1 : names.coder(a).localeCompare(names.coder(b)))), [coders, excluded, ownId, names]);
  const input = useLiveQuery(async () => (open && chosen.length >= 2 ? loadAgreementInput(db, ownId, chosen, unit) : null), [db, open, ownId, chosen.join(), unit]);
  const report: AgreementReport | null = useMemo(() => (input ? computeAgreement(input) : null), [input]);
  const twoCoders = chosen.length === 2;
  const unitWord = unit === 'word' ? 'words' : 'characters';

  const save = async (kind: 'figures' | 'disagreements') => {
    if (!report || !input) return;
    try {
      const text = new Map(input.articles.map((a) => [a.id, a.text]));
      const csv = kind === 'figures' ? agreementCsv(report, names) : disagreementsCsv(report, names, (id) => text.get(id));
      const saved = await bridge.saveExport({ suggestedName: `agreement-${kind}.csv`, format: 'csv', bytes: new TextEncoder().encode(csv) });
      if (!saved.ok) return setProblem(saved.error.message);
      if (saved.value) onAnnounce(`Saved the agreement ${kind} as ${saved.value.location}`);
    } catch (thrown) {
      setProblem(`The CSV could not be saved: ${describeThrown(thrown)}`);
    }
  };

  return (
    <DialogFrame open={open} onOpenChange={(next) => (setProblem(null), onOpenChange(next))} className="agreement-dialog">
      <Dialog.Title className="dialog__title">Agreement</Dialog.Title>
      <Dialog.Description className="dialog__description">
        How far the coders agree, computed only on the {unitWord} that at least one of them tagged, so untouched text does not inflate agreement. A coder who
        tagged nothing in an article counts as missing there.
      </Dialog.Description>
      {coders && coders.size < 2 ? (
        <p className="dialog__body" role="status">
          Agreement needs the coding of two or more people: {coders.size === 0 ? 'nobody has tagged a passage yet.' : `only ${names.coder([...coders.keys()][0]!)} has tagged passages.`}{' '}
          In a shared project, each coder’s highlights arrive here once the round is revealed.
        </p>
      ) : (
        <>
          <fieldset className="agreement-options">
            <legend className="visually-hidden">Coders</legend>
            {[...(coders?.entries() ?? [])].map(([id, count]) => (
              <label key={id} className="agreement-options__coder">
                <input
                  type="checkbox"
                  checked={!excluded.has(id)}
                  onChange={(event) => setExcluded((previous) => {
                    const next = new Set(previous);
                    if (event.target.checked) next.delete(id);
                    else next.add(id);
                    return next;
                  })}
                />
                {names.coder(id)} <span className="agreement-options__count">({count})</span>
              </label>
            ))}
          </fieldset>
          <div className="agreement-options" role="radiogroup" aria-label="Unit">
            <span>Units:</span>
            {(['word', 'character'] as const).map((kind) => (
              <label key={kind}>
                <input type="radio" name="agreement-unit" checked={unit === kind} onChange={() => setUnit(kind)} /> {kind === 'word' ? 'Words' : 'Characters'}
              </label>
            ))}
          </div>
          {chosen.length < 2 && <p className="dialog__body">Choose at least two coders.</p>}
          {report && (
            <div className="agreement-report">
              <table className="agreement-table" aria-label="Agreement figures">
                <thead>
                  <tr>
                    <th scope="col">Scope</th>
                    <th scope="col">{unitWord[0]!.toUpperCase() + unitWord.slice(1)} compared</th>
                    <th scope="col">Agreement</th>
                    {twoCoders && <th scope="col">Cohen’s κ</th>}
                    <th scope="col">Krippendorff’s α</th>
                  </tr>
                </thead>
                <tbody>
                  <FigureRow name="Overall" stats={report.overall} twoCoders={twoCoders} />
                  {[...report.byTag].map(([id, stats]) => (
                    <FigureRow key={`t${id}`} name={`Tag: ${names.tag(id)}`} stats={stats} twoCoders={twoCoders} />
                  ))}
                  {[...report.byArticle].map(([id, stats]) => (
                    <FigureRow key={`a${id}`} name={`Article: ${names.article(id)}`} stats={stats} twoCoders={twoCoders} />
                  ))}
                </tbody>
              </table>
              <h3 className="dialog__section">Disagreements ({report.disagreements.length})</h3>
              <ol className="disagreements" aria-label="Disagreements">
                {report.disagreements.slice(0, DISAGREEMENTS_SHOWN).map((d) => {
                  const words = input?.articles.find((a) => a.id === d.article)?.text.slice(d.start, d.end) ?? '';
                  return (
                    <li key={`${d.article}:${d.start}`}>
                      <button
                        type="button"
                        className="disagreement"
                        onClick={() => {
                          navigation.openArticle(d.article, { start: d.start, end: d.end });
                          onOpenChange(false);
                        }}
                      >
                        <span className="disagreement__words">“{words.length > 160 ? `${words.slice(0, 160)}…` : words}”</span>
                        <span className="disagreement__article">{names.article(d.article)}</span>
                        <span className="disagreement__coders">
                          {d.tagsByCoder.map((tagIds, i) => (
                            <span key={report.coders[i]} className="disagreement__coder">
                              <strong>{names.coder(report.coders[i]!)}:</strong>{' '}
                              {tagIds === null ? 'did not code this article' : tagIds.length === 0 ? 'nothing' : tagIds.map(names.tag).join(', ')}
                            </span>
                          ))}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ol>
              <div className="dialog__actions">
                <button type="button" className="button" onClick={() => void save('figures')}>
                  Save figures as CSV…
                </button>
                <button type="button" className="button" onClick={() => void save('disagreements')}>
                  Save disagreements as CSV…
                </button>
              </div>
            </div>
          )}
        </>
      )}
      <DialogProblem message={problem} />
    </DialogFrame>
  );
}
