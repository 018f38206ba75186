/**
 * Which sentences only one article carries something of, strongest first, and how many of them
 * are shown by default.
 */
import type { QuoteSpan } from './quotes';
import type { CompareInput, Entity, PassageRef } from './types';
import { hasOwnContent, isOwnFigure, isUniqueCandidate, properNounKeys, UNIQUE_SHOWN_SHARE, uniqueStrength } from './unique';
import type { Unit } from './units';
import { tokensOf } from './words';

export interface UniqueInput {
  inputs: CompareInput[];
  units: Unit[];
  /** Quotations of each article, by article index. */
  quotes: QuoteSpan[][];
  /** Sentences already in a group with another article. */
  grouped: Set<Unit>;
  linkedQuotes: Unit[];
  entities: Entity[];
}

/**
 * The articles each content key occurs in. A name's words count for every article that names the
 * same person, however it spells the name: "Kim Yo Jong" is not news of its own next to "Kim Yo-jong".
 */
function articlesOfKeys(input: UniqueInput): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const add = (k: string, articles: Iterable<number>) => {
    let set = out.get(k);
    if (!set) out.set(k, (set = new Set()));
    for (const a of articles) set.add(a);
  };
  for (const u of input.units) if (u.kind === 'passage') for (const k of u.contentSet) add(k, [u.article]);
  const indexOf = new Map(input.inputs.map((a, i) => [a.id, i]));
  for (const e of input.entities) {
    const articles = new Set(e.mentions.map((m) => indexOf.get(m.articleId)!));
    if (articles.size < 2) continue;
    for (const m of e.mentions) for (const t of tokensOf(m.text)) if (t.content) add(t.key, articles);
  }
  return out;
}

export function selectUnique(input: UniqueInput): { unique: PassageRef[]; uniqueShown: number } {
  const { inputs, units, grouped, linkedQuotes } = input;
  const articlesOfKey = articlesOfKeys(input);
  const sentenceCount = units.filter((u) => u.kind === 'passage').length;
  const candidates: Candidate[] = [];
  inputs.forEach((article, ai) => {
    const text = article.text;
    const quotesHere = input.quotes[ai]!;
    for (const u of units) {
      if (u.article !== ai || u.kind !== 'passage' || grouped.has(u)) continue;
      let covered = 0;
      for (const q of linkedQuotes) if (q.article === ai && q.start < u.end && q.end > u.start) covered += Math.min(q.end, u.end) - Math.max(q.start, u.start);
      if (covered >= 0.5 * (u.end - u.start)) continue;
      if (!isUniqueCandidate(text, u.start, u.end)) continue;
      const own = [...u.contentSet].filter((k) => articlesOfKey.get(k)!.size === 1);
      const proper = properNounKeys(text, u.start, u.end);
      const evidence = {
        ownWords: own.length,
        contentWords: u.contentSet.size,
        ownFigures: own.filter(isOwnFigure).length,
        quoted: quotesHere.some((q) => q.start < u.end && q.end > u.start),
        ownNames: own.filter((k) => u.names.has(k) || proper.has(k)).length,
      };
      if (!hasOwnContent(evidence)) continue;
      const strength = uniqueStrength(evidence);
      candidates.push({ ref: { articleId: article.id, start: u.start, end: u.end, text: text.slice(u.start, u.end), kind: 'passage' }, strength, article: ai, sentences: 1 });
    }
  });
  const passages = joinWithinParagraphs(candidates, inputs);
  // Strongest first, taking turns between articles: each outlet's best fact comes before any outlet's second best.
  passages.sort((a, b) => b.strength - a.strength || a.article - b.article || a.ref.start - b.ref.start);
  const rankInArticle = new Map<number, number>();
  const ranked = passages.map((c) => {
    const r = rankInArticle.get(c.article) ?? 0;
    rankInArticle.set(c.article, r + 1);
    return { ...c, r };
  });
  ranked.sort((a, b) => a.r - b.r || b.strength - a.strength || a.article - b.article);
  // Shown: the strongest passages whose sentences fit within the share of all sentences; one too
  // long to fit waits below, and the next that fits takes its place (the list shows a prefix).
  const budget = Math.max(1, Math.floor(UNIQUE_SHOWN_SHARE * sentenceCount));
  const shown: Candidate[] = [];
  const rest: Candidate[] = [];
  let used = 0;
  for (const c of ranked) {
    if (shown.length === 0 || used + c.sentences <= budget) {
      shown.push(c);
      used += c.sentences;
    } else rest.push(c);
  }
  return { unique: [...shown, ...rest].map((c) => c.ref), uniqueShown: shown.length };
}

interface Candidate {
  ref: PassageRef;
  strength: number;
  article: number;
  /** Sentences the passage spans. */
  sentences: number;
}

/**
 * Unique sentences next to each other in one paragraph are one passage: a claim and the quotation
 * that backs it ("Federal aid has not been approved. 'We are waiting on Washington,' an official
 * said.") are one fact, listed once and as strong as its strongest sentence.
 */
function joinWithinParagraphs(candidates: Candidate[], inputs: CompareInput[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const last = out[out.length - 1];
    const text = inputs[c.article]!.text;
    if (last && last.article === c.article && !/\n/.test(text.slice(last.ref.end, c.ref.start)) && /^\s*$/.test(text.slice(last.ref.end, c.ref.start))) {
      last.ref = { ...last.ref, end: c.ref.end, text: text.slice(last.ref.start, c.ref.end) };
      last.strength = Math.max(last.strength, c.strength);
      last.sentences += c.sentences;
    } else out.push({ ...c, ref: { ...c.ref } });
  }
  return out;
}
