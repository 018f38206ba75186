import * as Tabs from '@radix-ui/react-tabs';
import { useLiveQuery } from 'dexie-react-hooks';
import { Highlighter, Quote } from 'lucide-react';
import { useMemo, useState } from 'react';
import { effectiveMetadata, formatPublished } from '@shared/article-view';
import { codeMatrix, coverageMatrix, wordDiff, type PassageGroup } from '@shared/compare';
import { provenanceLine } from '@shared/compare/provenance';
import { tagPath } from '@shared/codebook/tree';
import type { ArticleRecord, SpanCitation, TagRecord } from '@shared/model';
import { useServices } from '../../app/services';
import { addNameChoice } from '../../db/name-choices';
import { TagPicker } from '../reader/TagPicker';
import { useHighlightActions } from '../reader/use-highlight-actions';
import { useCompare } from './compare-context';
import { CoverageMatrix } from './CoverageMatrix';
import { countOf } from '@shared/count-words';

const NO_TAGS: TagRecord[] = [];

const outletOf = (article: ArticleRecord | undefined) =>
  article ? (effectiveMetadata(article).outlet ?? effectiveMetadata(article).title ?? article.sourceName) : '';

/** The comparison's findings: the selected passage in every wording, quotes, names, coverage and codes. */
export function ComparePanel({ onCite }: { onCite: (citations: SpanCitation[]) => void }) {
  const { loaded, selected } = useCompare();
  const [tab, setTab] = useState('passage');
  if (!loaded) return <div className="pane" aria-label="Comparison findings" />;
  const byId = new Map(loaded.articles.map((a) => [a.id, a]));
  return (
    <Tabs.Root className="pane compare-panel" value={tab} onValueChange={setTab} aria-label="Comparison findings">
      <Tabs.List className="tabs__list" aria-label="Findings">
        <Tabs.Trigger className="tabs__trigger" value="passage">Passage</Tabs.Trigger>
        <Tabs.Trigger className="tabs__trigger" value="quotes">Quotes</Tabs.Trigger>
        <Tabs.Trigger className="tabs__trigger" value="names">Names</Tabs.Trigger>
        <Tabs.Trigger className="tabs__trigger" value="coverage">Coverage</Tabs.Trigger>
        <Tabs.Trigger className="tabs__trigger" value="codes">Codes</Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content className="tabs__content" value="passage">
        {selected ? <SelectedPassage group={selected} byId={byId} onCite={onCite} /> : <p className="faint">Select a linked passage in any column to see every outlet’s wording side by side.</p>}
      </Tabs.Content>
      <Tabs.Content className="tabs__content" value="quotes">
        <QuoteList byId={byId} onShow={() => setTab('passage')} />
      </Tabs.Content>
      <Tabs.Content className="tabs__content" value="names">
        <NameList />
      </Tabs.Content>
      <Tabs.Content className="tabs__content" value="coverage">
        <CoverageMatrix rows={coverageMatrix(loaded.comparison)} articles={loaded.articles} />
      </Tabs.Content>
      <Tabs.Content className="tabs__content" value="codes">
        <CodeMatrix articles={loaded.articles} />
      </Tabs.Content>
    </Tabs.Root>
  );
}

function SelectedPassage({ group, byId, onCite }: { group: PassageGroup; byId: Map<string, ArticleRecord>; onCite: (c: SpanCitation[]) => void }) {
  const { db } = useServices();
  const { loaded } = useCompare();
  const actions = useHighlightActions();
  const tags = useLiveQuery(() => db.tags.toArray(), [db]) ?? NO_TAGS;
  const options = useMemo(() => tags.map((tag) => ({ tag, path: tagPath(tags, tag.id) })).sort((a, b) => a.path.localeCompare(b.path)), [tags]);
  const [done, setDone] = useState<string | null>(null);
  const reference = group.members[0]!;
  const provenance = provenanceLine(
    group.members.map((m) => m.articleId),
    [...byId.values()].map((a) => ({ id: a.id, outlet: outletOf(a) || null, published: effectiveMetadata(a).published ?? null, text: loaded?.texts.get(a.id) ?? '' })),
  );
  const codeAll = async (tag: TagRecord) => {
    for (const member of group.members) await actions.highlight(member.articleId, { start: member.start, end: member.end }, [tag.id]);
    setDone(`Highlighted in ${group.articleCount} articles and tagged “${tag.name}”.`);
  };
  const citeAll = () =>
    onCite(
      group.members.map((m) => actions.citation(byId.get(m.articleId)!, loaded!.texts.get(m.articleId) ?? '', { start: m.start, end: m.end })),
    );

  return (
    <section aria-label="Selected passage" className="compare-passage">
      <div className="compare-passage__kind">
        {group.kind === 'quote' ? `Quote${group.speaker ? ` · ${group.speaker}` : ''}` : 'Reported passage'} · {group.articleCount} articles · {group.match}
      </div>
      {provenance && <div className="compare-passage__provenance">{provenance}</div>}
      <ul className="compare-passage__members">
        {group.members.map((member, index) => (
          <li key={`${member.articleId}-${member.start}`}>
            <div className="compare-passage__outlet">
              {outletOf(byId.get(member.articleId))}
              <span className="faint"> · {member.kind === 'passage' ? 'reported' : 'quoted'}</span>
            </div>
            <blockquote>
              {index === 0
                ? member.text
                : wordDiff(reference.text, member.text).map((op, i) =>
                    op.op === 'equal' ? <span key={i}>{op.text}</span> : op.op === 'insert' ? <ins key={i}>{op.text}</ins> : <del key={i}>{op.text}</del>,
                  )}
            </blockquote>
            {member.kind === 'quote' && (
              <div className="compare-passage__who">
                {member.speaker ? <>Speaker: {member.speaker}{member.evidence && <> · from: “{member.evidence}”</>}</> : 'This article does not say who said it.'}
              </div>
            )}
          </li>
        ))}
      </ul>
      <p className="field__hint">Wordings are compared with the first: words it lacks are underlined, words it has and this one lacks are struck through.</p>
      <div className="compare-passage__actions">
        <button type="button" className="button" onClick={citeAll}>
          <Quote size={13} aria-hidden /> Cite all in a note
        </button>
      </div>
      <div className="compare-passage__code">
        <div className="section-title">
          <Highlighter size={12} aria-hidden /> Highlight in every article with a tag
        </div>
        <TagPicker options={options} onPick={(tag) => void codeAll(tag)} onCreate={(name) => void actions.newTag(name).then(codeAll)} autoFocus={false} />
        {done && <p className="field__hint" role="status">{done}</p>}
      </div>
    </section>
  );
}

function QuoteList({ byId, onShow }: { byId: Map<string, ArticleRecord>; onShow: () => void }) {
  const { loaded, select, selected } = useCompare();
  const quotes = loaded!.comparison.groups.filter((g) => g.kind === 'quote');
  if (quotes.length === 0) return <p className="faint">No quoted statement is carried by two of these articles.</p>;
  return (
    <ul className="compare-quotes" aria-label="Quotes">
      {quotes.map((group) => (
        <li key={group.id}>
          <button
            type="button"
            className={`compare-quotes__row${selected?.id === group.id ? ' compare-quotes__row--selected' : ''}`}
            onClick={() => {
              select(group.id);
              onShow();
            }}
          >
            <span className="compare-quotes__speaker">{group.speaker ?? 'Speaker not named'}</span>
            <span className="compare-quotes__count">{group.articleCount} of {loaded!.articles.length}</span>
            <q>{group.members[0]!.text}</q>
            <span className="faint">{[...new Set(group.members.map((m) => outletOf(byId.get(m.articleId))))].join(' · ')}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function NameList() {
  const { db } = useServices();
  const { loaded } = useCompare();
  const [marked, setMarked] = useState<string[]>([]);
  const entities = [...loaded!.comparison.entities].sort((a, b) => b.variants.length - a.variants.length || b.mentions.length - a.mentions.length);
  const at = () => new Date().toISOString();
  const merge = async () => {
    const forms = entities.filter((e) => marked.includes(e.name)).flatMap((e) => e.variants);
    await addNameChoice(db, { kind: 'merge', forms, at: at() });
    setMarked([]);
  };
  return (
    <>
      <div className="compare-names__actions">
        <button type="button" className="button" disabled={marked.length < 2} onClick={() => void merge()}>
          Merge {marked.length || ''} as one person
        </button>
        <span className="faint">Your merges and splits are kept with the corpus.</span>
      </div>
      <ul className="compare-names" aria-label="Names">
        {entities.map((entity) => (
          <li key={entity.name}>
            <label>
              <input
                type="checkbox"
                aria-label={`Mark ${entity.name} to merge`}
                checked={marked.includes(entity.name)}
                onChange={(e) => setMarked((m) => (e.target.checked ? [...m, entity.name] : m.filter((x) => x !== entity.name)))}
              />{' '}
              <span className="compare-names__name">{entity.name}</span>
            </label>
            <span className="faint"> · {entity.kind} · {countOf(entity.mentions.length, 'mention')}</span>
            {entity.variants.length > 1 && (
              <div className="compare-names__variants">
                Spelled: {entity.variants.join(' / ')}
                <div className="compare-names__splits">
                  {entity.variants.slice(1).map((v) => (
                    <button key={v} type="button" className="link-button" onClick={() => void addNameChoice(db, { kind: 'split', form: v, at: at() })}>
                      Split off “{v}”
                    </button>
                  ))}
                </div>
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function CodeMatrix({ articles }: { articles: ArticleRecord[] }) {
  const { db } = useServices();
  const data = useLiveQuery(async () => {
    const ids = articles.map((a) => a.id);
    const [tags, highlights] = await Promise.all([db.tags.toArray(), db.highlights.where('articleId').anyOf(ids).toArray()]);
    return { tags, highlights };
  }, [db, articles]);
  if (!data) return null;
  const rows = codeMatrix(articles, data.tags, data.highlights);
  if (rows.length === 0) return <p className="faint">No passage of these articles is tagged yet.</p>;
  return (
    <table className="code-matrix" aria-label="Code matrix">
      <thead>
        <tr>
          <th>Tag</th>
          {articles.map((a) => (
            <th key={a.id} title={effectiveMetadata(a).title ?? a.sourceName}>{outletOf(a) || formatPublished(a.published)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.tagId}>
            <th scope="row">{row.label}</th>
            {row.counts.map((count, i) => (
              <td key={i} className={count ? 'code-matrix__filled' : ''}>{count || ''}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
