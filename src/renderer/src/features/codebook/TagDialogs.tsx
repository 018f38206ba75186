import * as Dialog from '@radix-ui/react-dialog';
import { useLiveQuery } from 'dexie-react-hooks';
import { DialogActions, DialogFrame, DialogProblem } from '../../ui/DialogFrame';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { descendantIds, flattenTree, listTagTree, tagPath } from '@shared/codebook/tree';
import type { TagRecord } from '@shared/model';
import { useServices } from '../../app/services';
import { tagImpact, type TagImpact } from '../../db/tags';
import { problemMessage, type CodebookActions } from './use-codebook-actions';
import { countOf } from '@shared/count-words';

function plural(count: number, one: string, other: string = `${one}s`): string {
  return countOf(count, { one, other });
}

interface ShellProps {
  title: string;
  description?: ReactNode;
  onClose: () => void;
  /** Where focus goes when the dialog closes (the tree item it was opened for). */
  onCloseFocus: () => void;
  children: ReactNode;
}

/** A Radix dialog, open while mounted, in the app's dialog style. */
function DialogShell({ title, description, onClose, onCloseFocus, children }: ShellProps) {
  return (
    <DialogFrame
      open
      onOpenChange={(open) => !open && onClose()}
      className="dialog__content--narrow codebook-dialog"
      onCloseAutoFocus={(event) => {
        event.preventDefault();
        onCloseFocus();
      }}
      {...(description ? {} : { 'aria-describedby': undefined })}
    >
      <Dialog.Title className="dialog__title">{title}</Dialog.Title>
      {description && <Dialog.Description className="dialog__description">{description}</Dialog.Description>}
      {children}
    </DialogFrame>
  );
}

interface TagDialogProps {
  tag: TagRecord;
  tags: TagRecord[];
  actions: CodebookActions;
  onClose: () => void;
  onCloseFocus: () => void;
}

/** The sentence the delete dialog asks: what goes, and what the highlights lose. */
export function deleteQuestion(tag: TagRecord, tags: readonly TagRecord[], impact: TagImpact): { question: string; consequence: string } {
  const children = tags.filter((t) => t.parentId === tag.id).length;
  const under =
    impact.descendants === 0
      ? ''
      : children === impact.descendants
        ? ` and its ${plural(children, 'child tag')}`
        : ` and the ${plural(impact.descendants, 'tag')} under it`;
  const these = impact.descendants === 0 ? 'this tag' : 'these tags';
  const consequence =
    impact.highlights === 0
      ? `No highlight is coded with ${these}.`
      : impact.highlights === 1
        ? `1 highlight in 1 article loses ${these}; the highlight stays.`
        : `${plural(impact.highlights, 'highlight')} in ${plural(impact.articles, 'article')} lose ${these}; the highlights stay.`;
  return { question: `Delete “${tag.name}”${under}?`, consequence };
}

export function DeleteTagDialog({ tag, tags, actions, onClose, onCloseFocus }: TagDialogProps) {
  const { db } = useServices();
  const impact = useLiveQuery(() => tagImpact(db, tag.id), [db, tag.id]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const words = impact ? deleteQuestion(tag, tags, impact) : null;
  return (
    <DialogShell
      title="Delete tag"
      description={words ? `${words.question} ${words.consequence}` : `Counting what “${tag.name}” codes…`}
      onClose={onClose}
      onCloseFocus={onCloseFocus}
    >
      <p className="dialog__body codebook-dialog__hint">Edit › Undo brings it back.</p>
      <DialogProblem message={problem} />
      <DialogActions>
        <button
          type="button"
          className="button button--danger"
          disabled={!impact || busy}
          onClick={async () => {
            setBusy(true);
            try {
              await actions.remove(tag);
              onClose();
            } catch (error) {
              setProblem(problemMessage(error, `delete “${tag.name}”`));
              setBusy(false);
            }
          }}
        >
          Delete
        </button>
      </DialogActions>
    </DialogShell>
  );
}

export function DescribeTagDialog({ tag, actions, onClose, onCloseFocus }: TagDialogProps) {
  const [text, setText] = useState(tag.description);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  return (
    <DialogShell title={`Description of “${tag.name}”`} description="What the tag means and when to apply it: the codebook’s definition." onClose={onClose} onCloseFocus={onCloseFocus}>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if (text.trim() === tag.description) return onClose();
          try {
            await actions.describe(tag, text);
            onClose();
          } catch (error) {
            setProblem(problemMessage(error, 'save the description'));
          }
        }}
      >
        <label className="form-row" htmlFor={id}>
          <span>Description</span>
        </label>
        <textarea
          id={id}
          className="text-input codebook-dialog__textarea"
          rows={5}
          value={text}
          autoFocus
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) event.currentTarget.form?.requestSubmit();
          }}
        />
        <DialogProblem message={problem} />
        <DialogActions>
          <button className="button button--primary" type="submit">
            Save
          </button>
        </DialogActions>
      </form>
    </DialogShell>
  );
}

interface TagChoice {
  tag: TagRecord | null;
  depth: number;
  path: string;
}

/** Tags a tag may go under or merge into: not itself, nothing inside it. */
function choicesFor(tag: TagRecord, tags: TagRecord[], includeTopLevel: boolean): TagChoice[] {
  const excluded = new Set([tag.id, ...descendantIds(tags, tag.id)]);
  const choices: TagChoice[] = flattenTree(listTagTree(tags))
    .filter((node) => !excluded.has(node.tag.id))
    .map((node) => ({ tag: node.tag, depth: node.depth + (includeTopLevel ? 1 : 0), path: tagPath(tags, node.tag.id) }));
  return includeTopLevel ? [{ tag: null, depth: 0, path: 'Top level' }, ...choices] : choices;
}

function ChoiceList({
  choices,
  label,
  isCurrent,
  chosen,
  onChoose,
}: {
  choices: TagChoice[];
  label: string;
  isCurrent: (choice: TagChoice) => boolean;
  chosen: TagChoice | null;
  onChoose: (choice: TagChoice) => void;
}) {
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLocaleLowerCase();
  const visible = needle ? choices.filter((c) => c.path.toLocaleLowerCase().includes(needle)) : choices;
  return (
    <>
      {choices.length > 8 && (
        <input
          className="text-input codebook-dialog__filter"
          type="search"
          aria-label={`Filter ${label.toLocaleLowerCase()}`}
          placeholder="Filter tags"
          value={filter}
          autoFocus
          onChange={(event) => setFilter(event.target.value)}
        />
      )}
      <ul className="codebook-choices" aria-label={label}>
        {visible.map((choice) => {
          const current = isCurrent(choice);
          const selected = chosen !== null && chosen.tag?.id === choice.tag?.id;
          return (
            <li key={choice.tag?.id ?? 'top'}>
              <button
                type="button"
                className={`codebook-choice${selected ? ' codebook-choice--chosen' : ''}`}
                style={{ paddingLeft: `calc(var(--space-4) + ${choice.depth} * var(--space-6))` }}
                disabled={current}
                aria-pressed={selected}
                title={choice.path}
                onClick={() => onChoose(choice)}
              >
                {choice.tag ? (
                  <span className="codebook-swatch codebook-swatch--small" style={{ background: choice.tag.color }} aria-hidden />
                ) : null}
                <span className={choice.tag ? '' : 'codebook-choice__top'}>{choice.tag?.name ?? 'Top level'}</span>
                {current && <span className="faint"> (where it is now)</span>}
              </button>
            </li>
          );
        })}
        {visible.length === 0 && <li className="codebook-choices__empty">No tag matches “{filter.trim()}”.</li>}
      </ul>
    </>
  );
}

export function MoveTagDialog({ tag, tags, actions, onClose, onCloseFocus }: TagDialogProps) {
  const choices = useMemo(() => choicesFor(tag, tags, true), [tag, tags]);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <DialogShell title={`Move “${tag.name}”`} description="Choose where it goes; its child tags go with it." onClose={onClose} onCloseFocus={onCloseFocus}>
      <ChoiceList
        choices={choices}
        label="Possible parents"
        chosen={null}
        isCurrent={(choice) => (choice.tag?.id ?? null) === tag.parentId}
        onChoose={async (choice) => {
          try {
            await actions.move(tag, choice.tag);
            onClose();
          } catch (error) {
            setProblem(problemMessage(error, `move “${tag.name}”`));
          }
        }}
      />
      <DialogProblem message={problem} />
      <DialogActions />
    </DialogShell>
  );
}

export function MergeTagDialog({ tag, tags, actions, counts, onClose, onCloseFocus }: TagDialogProps & { counts: Map<string, number> }) {
  const choices = useMemo(() => choicesFor(tag, tags, false), [tag, tags]);
  const [chosen, setChosen] = useState<TagChoice | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const target = chosen?.tag ?? null;
  const own = counts.get(tag.id) ?? 0;
  const children = tags.filter((t) => t.parentId === tag.id).length;
  const summary = target
    ? [
        own === 0
          ? `No highlight is coded with “${tag.name}” itself.`
          : `${plural(own, 'highlight')} coded with “${tag.name}” will be coded with “${target.name}” instead.`,
        children > 0 ? `Its ${plural(children, 'child tag')} move under “${target.name}”.` : '',
        `“${tag.name}” is then deleted.`,
      ]
        .filter(Boolean)
        .join(' ')
    : null;
  return (
    <DialogShell title={`Merge “${tag.name}” into…`} description="Choose the tag that replaces it." onClose={onClose} onCloseFocus={onCloseFocus}>
      {choices.length === 0 ? (
        <p className="dialog__body">There is no other tag to merge it into.</p>
      ) : (
        <ChoiceList choices={choices} label="Tags to merge into" chosen={chosen} isCurrent={() => false} onChoose={setChosen} />
      )}
      {summary && (
        <p className="dialog__body codebook-dialog__summary" aria-live="polite">
          {summary}
        </p>
      )}
      <DialogProblem message={problem} />
      <DialogActions>
        <button
          type="button"
          className="button button--primary"
          disabled={!target}
          onClick={async () => {
            if (!target) return;
            try {
              await actions.merge(tag, target);
              onClose();
            } catch (error) {
              setProblem(problemMessage(error, `merge “${tag.name}”`));
            }
          }}
        >
          {target ? `Merge into “${target.name}”` : 'Merge'}
        </button>
      </DialogActions>
    </DialogShell>
  );
}
