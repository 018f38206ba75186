/**
 * The labelled comparison set (test/fixtures/compare-labelled, see its README) and how the
 * comparison and the story grouping are scored against it. Used by `npm run eval:compare` and by
 * the unit test that holds the held-out half to the targets.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Comparison, PassageRef } from '../../src/shared/compare';
import { sentences } from '../../src/shared/compare/sentences';

export type Split = 'dev' | 'heldout';
export const SPLITS: Split[] = ['dev', 'heldout'];
export const LABELLED_ROOT = resolve(import.meta.dirname, '../../test/fixtures/compare-labelled');

export interface LabelledArticle {
  id: string;
  outlet: string;
  published: string;
  title: string;
  text: string;
}

export interface LabelledStory {
  name: string;
  story: string;
  /** Written by a helper session that never read the code (README: "Added blind"). */
  blind?: boolean;
  articles: LabelledArticle[];
  quotes: { paraphrase?: boolean; members: [string, string, string | null][] }[];
  people: { name: string; forms: string[] }[];
  different: [string, string][];
  unique: [string, string][];
}

export interface CorpusArticle extends LabelledArticle {
  story: string;
  blind?: boolean;
}

export function loadStories(split: Split): LabelledStory[] {
  const dir = join(LABELLED_ROOT, split);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<LabelledStory, 'name'>) }));
}

/** The articles of one mixed-corpus file, marked blind when the file says so. */
function corpusFile(name: string): CorpusArticle[] {
  const path = join(LABELLED_ROOT, name);
  if (!existsSync(path)) return [];
  const file = JSON.parse(readFileSync(path, 'utf8')) as { blind?: boolean; articles: CorpusArticle[] };
  return file.articles.map((a) => (file.blind ? { ...a, blind: true } : a));
}

/** The mixed corpus of one split: its own articles (the first set and the blind one) plus every article of the split's quote stories. */
export function loadCorpus(split: Split): CorpusArticle[] {
  const own = [...corpusFile(`stories-${split}.json`), ...corpusFile(`stories-${split}-blind.json`)];
  const fromStories = loadStories(split).flatMap((s) => s.articles.map((a) => ({ ...a, id: `${s.name}-${a.id}`, story: s.name, ...(s.blind ? { blind: true } : {}) })));
  return [...own, ...fromStories];
}

interface Span {
  articleId: string;
  start: number;
  end: number;
}

function locate(story: LabelledStory, articleId: string, snippet: string): Span {
  const text = story.articles.find((a) => a.id === articleId)?.text ?? '';
  const start = text.indexOf(snippet);
  if (start < 0) throw new Error(`${story.name}: snippet not found in ${articleId}: ${snippet}`);
  return { articleId, start, end: start + snippet.length };
}

/** A predicted member stands for a labelled snippet when they overlap by half the shorter of the two. */
function covers(m: PassageRef | Span, s: Span): boolean {
  if (m.articleId !== s.articleId) return false;
  const overlap = Math.min(m.end, s.end) - Math.max(m.start, s.start);
  return overlap > 0 && overlap >= 0.5 * Math.min(m.end - m.start, s.end - s.start);
}

export interface Tally {
  hit: number;
  of: number;
  misses: string[];
}
const tally = (): Tally => ({ hit: 0, of: 0, misses: [] });
const count = (t: Tally, ok: boolean, miss: string) => {
  t.of++;
  if (ok) t.hit++;
  else t.misses.push(miss);
};

export interface CompareFigures {
  /** Required cross-article pairs of the labelled quotes found in one group. */
  quoteRecall: Tally;
  /** Cross-article pairs in quote groups that belong to one labelled statement. */
  quotePrecision: Tally;
  /** Labelled quote members found in a quote group whose speaker the text names: named right. */
  speakerNamed: Tally;
  /** ... and whose speaker it does not name: no speaker shown. */
  speakerNone: Tally;
  /** People with several spellings, all in one entity. */
  variantsGrouped: Tally;
  /** Pairs of different people kept apart. */
  differentApart: Tally;
  /** Entities listing a case-only variant or a fragment ("Jr", one half of a given name). */
  badVariants: string[];
  uniqueSentences: number;
  sentences: number;
  /** Hand-marked unique facts among the unique passages shown by default. */
  uniqueKept: Tally;
}

export function emptyFigures(): CompareFigures {
  return {
    quoteRecall: tally(),
    quotePrecision: tally(),
    speakerNamed: tally(),
    speakerNone: tally(),
    variantsGrouped: tally(),
    differentApart: tally(),
    badVariants: [],
    uniqueSentences: 0,
    sentences: 0,
    uniqueKept: tally(),
  };
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

export function scoreComparison(story: LabelledStory, c: Comparison, f: CompareFigures): void {
  const labelled = story.quotes.map((q) => ({ q, spans: q.members.map(([id, snip]) => locate(story, id, snip)) }));
  const groupsWith = (s: Span) => c.groups.filter((g) => g.members.some((m) => covers(m, s)));

  // Recall: every cross-article pair of a labelled statement in one group (any kind).
  for (const { q, spans } of labelled) {
    if (q.paraphrase) continue;
    for (let i = 0; i < spans.length; i++) {
      for (let j = i + 1; j < spans.length; j++) {
        const [a, b] = [spans[i]!, spans[j]!];
        if (a.articleId === b.articleId) continue;
        const ok = groupsWith(a).some((g) => g.members.some((m) => covers(m, b)));
        count(f.quoteRecall, ok, `${story.name}: ${q.members[i]![1].slice(0, 50)} [${a.articleId}<>${b.articleId}]`);
      }
    }
  }
  // Precision: every cross-article pair in a quote group.
  for (const g of c.groups) {
    if (g.kind !== 'quote') continue;
    for (let i = 0; i < g.members.length; i++) {
      for (let j = i + 1; j < g.members.length; j++) {
        const [x, y] = [g.members[i]!, g.members[j]!];
        if (x.articleId === y.articleId) continue;
        const ok = labelled.some(({ spans }) => spans.some((s) => covers(x, s)) && spans.some((t) => covers(y, t)));
        count(f.quotePrecision, ok, `${story.name}: [${x.articleId}] ${x.text.slice(0, 50)} <> [${y.articleId}] ${y.text.slice(0, 50)}`);
      }
    }
  }
  // Speakers: per labelled member found in a quote group.
  const formsOf = (name: string) => new Set([name, ...(story.people.find((p) => p.name === name)?.forms ?? [])].map(norm));
  for (const { q, spans } of labelled) {
    if (q.paraphrase) continue;
    spans.forEach((s, i) => {
      const expected = q.members[i]![2];
      const g = c.groups.find((x) => x.kind === 'quote' && x.members.some((m) => covers(m, s)));
      if (!g) return;
      const member = g.members.find((m) => covers(m, s))!;
      const said = member.speaker !== undefined ? member.speaker : g.speaker;
      const label = `${story.name}[${s.articleId}] ${q.members[i]![1].slice(0, 40)}: expected ${expected ?? 'none'}, got ${said ?? 'none'}`;
      if (expected === null) count(f.speakerNone, said === null, label);
      else {
        const entity = c.entities.find((e) => e.name === said);
        const names = [said ?? '', ...(entity?.variants ?? [])].map(norm);
        const forms = formsOf(expected);
        count(f.speakerNamed, names.some((n) => forms.has(n)), label);
      }
    });
  }
  // Names.
  const entityOf = (form: string) => c.entities.findIndex((e) => e.variants.some((v) => norm(v) === norm(form)));
  for (const p of story.people) {
    const forms = [...new Set(p.forms.map(norm))];
    if (forms.length < 2) continue;
    const ids = forms.map(entityOf);
    count(f.variantsGrouped, ids[0]! >= 0 && ids.every((i) => i === ids[0]), `${story.name}: ${forms.join(' / ')} -> ${ids.join(',')}`);
  }
  for (const [a, b] of story.different) {
    const [x, y] = [entityOf(a), entityOf(b)];
    count(f.differentApart, x < 0 || y < 0 || x !== y, `${story.name}: ${a} merged with ${b}`);
  }
  for (const e of c.entities) {
    for (const v of e.variants) {
      if (v === e.name) continue;
      if (v.toLowerCase() === e.name.toLowerCase()) f.badVariants.push(`${story.name}: case-only ${v} / ${e.name}`);
      else if (/^(?:jr|sr|ii|iii|iv)\.?$/i.test(v)) f.badVariants.push(`${story.name}: fragment ${v} of ${e.name}`);
    }
  }
  // Unique.
  for (const a of story.articles) f.sentences += sentences(a.text).length;
  const shown = c.unique.slice(0, c.uniqueShown);
  // Sentences, not passages: a shown passage may span several sentences of one paragraph.
  for (const u of shown) f.uniqueSentences += sentences(story.articles.find((a) => a.id === u.articleId)!.text).filter((x) => x.start < u.end && x.end > u.start).length;
  for (const [id, snip] of story.unique) {
    const s = locate(story, id, snip);
    count(f.uniqueKept, shown.some((u) => covers(u, s)), `${story.name}[${id}] ${snip.slice(0, 60)}`);
  }
}

/** B-cubed precision, recall and F1 of predicted clusters against the labelled stories. */
export function bcubed(predicted: string[][], gold: Map<string, string>): { precision: number; recall: number; f1: number } {
  const clusterOf = new Map<string, number>();
  predicted.forEach((c, i) => c.forEach((id) => clusterOf.set(id, i)));
  const ids = [...gold.keys()];
  let p = 0;
  let r = 0;
  for (const id of ids) {
    const mine = predicted[clusterOf.get(id) ?? -1] ?? [id];
    const sameGold = ids.filter((o) => gold.get(o) === gold.get(id));
    const correct = mine.filter((o) => gold.get(o) === gold.get(id)).length;
    p += correct / mine.length;
    r += correct / sameGold.length;
  }
  p /= ids.length;
  r /= ids.length;
  return { precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export const ratio = (t: Tally) => (t.of === 0 ? 1 : t.hit / t.of);
