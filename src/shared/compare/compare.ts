/**
 * compareArticles: sentences and quotes of every article, who said each quote, which of them
 * report the same thing across articles, which sentences only one article carries, and the
 * people and places named, grouped across spellings.
 */
import { fnv1a } from '../similarity/shingles';
import { attributeQuotes } from './attribution';
import { cluster } from './cluster';
import { buildEntities, type PersonMention } from './entities';
import {
  candidatePairs,
  FIGURE_WEIGHT,
  isFigure,
  type Link,
  type PassageStats,
  passageMatch,
  passageScore,
  passagesCompatible,
  quoteSimilarity,
  round,
  scorePassages,
  scoreQuotes,
} from './link';
import { findQuotes, type QuoteSpan } from './quotes';
import { sentences as splitSentences, type Span } from './sentences';
import type { CompareInput, CompareOptions, Comparison, MatchKind, PassageGroup, PassageRef } from './types';
import { reportedSpeaker } from './reported-speaker';
import { selectUnique } from './unique-select';
import { articleUnits, type Unit } from './units';

export const DEFAULT_QUOTE_SIMILARITY = 0.6;
export const DEFAULT_PASSAGE_SIMILARITY = 0.45;

const MATCH_ORDER: MatchKind[] = ['exact', 'partial', 'reworded'];

/**
 * Groups of quotation pieces that hold the same quotations in two or more articles are one
 * statement cut at a sentence end ("He should pay for it. He's got the money."): one group.
 * One shared quotation is not enough: a long speech quoted whole in one outlet holds many
 * statements that others quote apart.
 */
function joinPiecesOfQuotations(groups: Unit[][]): Unit[][] {
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const byQuote = new Map<string, number[]>();
  groups.forEach((g, gi) => {
    for (const k of new Set(g.map((u) => `${u.article}:${u.quote}`))) {
      const list = byQuote.get(k);
      if (list) list.push(gi);
      else byQuote.set(k, [gi]);
    }
  });
  const sharedArticles = new Map<string, Set<number>>();
  for (const [k, list] of byQuote) {
    const article = Number(k.split(':')[0]);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = `${list[i]}:${list[j]}`;
        let set = sharedArticles.get(key);
        if (!set) sharedArticles.set(key, (set = new Set()));
        set.add(article);
      }
    }
  }
  for (const [key, set] of sharedArticles) {
    if (set.size < 2) continue;
    const [a, b] = key.split(':').map(Number) as [number, number];
    parent[find(a)] = find(b);
  }
  const joined = new Map<number, Unit[]>();
  groups.forEach((g, gi) => {
    const r = find(gi);
    joined.set(r, [...(joined.get(r) ?? []), ...g]);
  });
  return [...joined.values()];
}

/** A sentence reports a quotation when it holds at least this share of the quotation's words, in order. */
const REPORTED_QUOTE_COVER = 0.85;

/** A sentence is the quotation's report when the quotation fills at least this share of it. */
const QUOTE_FILLS_SENTENCE = 0.5;

/**
 * One group per statement, whatever its kind: a passage group whose sentence in some article is
 * mostly a quotation of a quote group reports that statement, so its members from the other
 * articles (who put it in their own words) join the quote group, marked as reported; the
 * passage group goes.
 */
/** Whether a reported sentence credits someone other than `speaker` (false when either is unknown). */
type CreditsOther = (member: PassageRef, speaker: string | null) => boolean;

function foldReportedIntoQuotes(groups: PassageGroup[], order: string[], creditsOther: CreditsOther): void {
  const quoteGroups = groups.filter((g) => g.kind === 'quote');
  for (let i = groups.length - 1; i >= 0; i--) {
    const p = groups[i]!;
    if (p.kind !== 'passage') continue;
    const q = quoteGroups.find((qg) =>
      p.members.some((pm) => qg.members.some((qm) => qm.articleId === pm.articleId && qm.start >= pm.start && qm.end <= pm.end && qm.end - qm.start >= QUOTE_FILLS_SENTENCE * (pm.end - pm.start))),
    );
    if (!q) continue;
    const added = p.members.filter((pm) => !q.members.some((qm) => qm.articleId === pm.articleId) && !creditsOther(pm, q.speaker));
    q.members.push(...added);
    q.members.sort((a, b) => order.indexOf(a.articleId) - order.indexOf(b.articleId) || a.start - b.start);
    q.articleCount = new Set(q.members.map((m) => m.articleId)).size;
    if (added.length) q.match = 'reworded';
    groups.splice(i, 1);
  }
}

export function compareArticles(inputs: CompareInput[], options: CompareOptions = {}): Comparison {
  const articles = inputs.map((a) => ({ id: a.id, title: a.title ?? null }));
  const table = buildEntities(inputs);

  const perArticle: { sentences: Span[]; quotes: QuoteSpan[]; speakers: (number | null)[]; evidence: (number | null)[]; people: PersonMention[] }[] = [];
  const units: Unit[] = [];
  inputs.forEach((input, ai) => {
    const text = input.text;
    const sents = splitSentences(text);
    const quotes = findQuotes(text);
    const evidence: (number | null)[] = [];
    const speakers = attributeQuotes({ text, sentences: sents, quotes, people: table.people.get(input.id) ?? [], roles: table.roles }, evidence);
    perArticle.push({ sentences: sents, quotes, speakers, evidence, people: table.people.get(input.id) ?? [] });
    units.push(...articleUnits(ai, text, sents, quotes, speakers, table.nameSpans.get(input.id) ?? [], units.length));
  });

  const quoteUnits = units.filter((u) => u.kind === 'quote');
  const passageUnits = units.filter((u) => u.kind === 'passage' && u.contentSet.size >= 4);

  // Document frequency of content words over sentences: rare words anchor a passage link.
  const df = new Map<string, number>();
  for (const u of units) if (u.kind === 'passage') for (const k of u.contentSet) df.set(k, (df.get(k) ?? 0) + 1);
  const sentenceCount = units.filter((u) => u.kind === 'passage').length;
  const idf = new Map<string, number>();
  for (const [k, n] of df) idf.set(k, Math.log(1 + sentenceCount / n) * (isFigure(k) ? FIGURE_WEIGHT : 1));
  const maxIdf = Math.log(1 + sentenceCount);
  const stats: PassageStats = {
    df: (k) => df.get(k) ?? 1,
    idf: (k) => idf.get(k) ?? maxIdf,
    rareCap: Math.max(2, Math.min(2 * inputs.length, Math.ceil(0.25 * sentenceCount))),
    sentences: sentenceCount,
  };

  const quoteMin = options.minSimilarity ?? DEFAULT_QUOTE_SIMILARITY;
  const passageMin = options.minSimilarity ?? DEFAULT_PASSAGE_SIMILARITY;

  const quoteLinks: Link[] = [];
  for (const [x, y] of candidatePairs(quoteUnits, 1, Infinity)) {
    const link = scoreQuotes(x, y, quoteMin);
    if (link) quoteLinks.push(link);
  }
  const passageLinks: Link[] = [];
  const maxPosting = Math.max(20, Math.ceil(0.2 * sentenceCount));
  for (const [x, y] of candidatePairs(passageUnits, 3, maxPosting)) {
    const link = scorePassages(x, y, stats, passageMin);
    if (link) passageLinks.push(link);
  }

  const groups: PassageGroup[] = [];
  /** A quotation's matched pieces as one span (the whole quotation when all of it matched), with the speaker its article credits. */
  const quoteRef = (pieces: Unit[]): PassageRef => {
    const u = pieces[0]!;
    const text = inputs[u.article]!.text;
    const pa = perArticle[u.article]!;
    const start = Math.min(...pieces.map((p) => p.start));
    const end = Math.max(...pieces.map((p) => p.end));
    const speaker = pa.speakers[u.quote] ?? null;
    const from = pa.evidence[u.quote];
    let evidence: string | null = null;
    if (speaker !== null && from !== null && from !== undefined) {
      const s = pa.sentences[from]!;
      let said = '';
      let at = s.start;
      for (const o of pa.quotes) {
        if (o.close <= s.start || o.open >= s.end) continue;
        said += text.slice(at, Math.max(at, o.open)) + '…';
        at = Math.max(at, o.close);
      }
      said += text.slice(at, Math.max(at, s.end));
      evidence = said.replace(/\s+/g, ' ').trim();
    }
    return { articleId: inputs[u.article]!.id, start, end, text: text.slice(start, end), kind: 'quote', speaker: speaker === null ? null : table.entities[speaker]!.name, evidence };
  };
  const makeGroup = (kind: 'quote' | 'passage', members: Unit[]) => {
    members.sort((a, b) => a.article - b.article || a.start - b.start);
    // Per pair of articles, their closest members; the group is as alike as its least alike pair of articles.
    const best = new Map<string, { similarity: number; match: MatchKind }>();
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const x = members[i]!;
        const y = members[j]!;
        if (x.article === y.article) continue;
        const pair =
          kind === 'quote' ? quoteSimilarity(x, y) : { similarity: round(passageScore(x, y, stats).weighted), match: passageMatch(x, y) };
        const key = `${x.article}:${y.article}`;
        const prev = best.get(key);
        if (!prev || pair.similarity > prev.similarity || (pair.similarity === prev.similarity && MATCH_ORDER.indexOf(pair.match) < MATCH_ORDER.indexOf(prev.match))) {
          best.set(key, pair);
        }
      }
    }
    let similarity = 1;
    let match: MatchKind = 'exact';
    for (const pair of best.values()) {
      similarity = Math.min(similarity, pair.similarity);
      if (MATCH_ORDER.indexOf(pair.match) > MATCH_ORDER.indexOf(match)) match = pair.match;
    }
    const refs: PassageRef[] = [];
    const pieces = new Map<string, Unit[]>();
    for (const u of members) {
      if (kind === 'quote') {
        const k = `${u.article}:${u.quote}`;
        const list = pieces.get(k);
        if (list) list.push(u);
        else {
          pieces.set(k, [u]);
          refs.push({ articleId: '', start: 0, end: 0, text: k });
        }
      } else refs.push({ articleId: inputs[u.article]!.id, start: u.start, end: u.end, text: inputs[u.article]!.text.slice(u.start, u.end), kind: 'passage' });
    }
    if (kind === 'quote') refs.forEach((r, i) => (refs[i] = quoteRef(pieces.get(r.text)!)));
    const key = `${kind}|${refs.map((r) => `${r.articleId}:${r.start}-${r.end}`).join(',')}`;
    // The group's speaker: the one most of its quotations are credited to (ties: the first named).
    const speakerCounts = new Map<string, number>();
    for (const r of refs) if (r.speaker) speakerCounts.set(r.speaker, (speakerCounts.get(r.speaker) ?? 0) + 1);
    let top: string | null = null;
    for (const [name, n] of speakerCounts) if (top === null || n > speakerCounts.get(top)!) top = name;
    groups.push({
      id: `${kind === 'quote' ? 'q' : 'p'}-${fnv1a(key).toString(16).padStart(8, '0')}`,
      kind,
      speaker: kind === 'quote' ? top : null,
      members: refs,
      similarity: round(similarity),
      match,
      articleCount: new Set(members.map((u) => u.article)).size,
    });
    return members;
  };
  const quoteGroups = joinPiecesOfQuotations(cluster(quoteUnits, quoteLinks, () => true));
  const quoteGroupIds = quoteGroups.map((g) => {
    makeGroup('quote', g);
    return groups[groups.length - 1]!.id;
  });
  const compatible = new Map<number, boolean>();
  const passageGroups = cluster(passageUnits, passageLinks, (x, y) => {
    const key = x.index < y.index ? x.index * 1e6 + y.index : y.index * 1e6 + x.index;
    let ok = compatible.get(key);
    if (ok === undefined) compatible.set(key, (ok = passagesCompatible(x, y, stats)));
    return ok;
  }).map((g) => makeGroup('passage', g));
  const indexOfArticle = new Map(inputs.map((a, i) => [a.id, i]));
  const creditsOther: CreditsOther = (m, speaker) => {
    if (speaker === null) return false;
    const ai = indexOfArticle.get(m.articleId)!;
    const pa = perArticle[ai]!;
    const by = reportedSpeaker({ text: inputs[ai]!.text, sentences: pa.sentences, quotes: pa.quotes, people: pa.people, roles: table.roles }, m.start, m.end);
    return by !== null && table.entities[by]!.name !== speaker;
  };
  foldReportedIntoQuotes(groups, inputs.map((a) => a.id), creditsOther);

  // A quoted statement that another article reports in its own sentence, with the quote's words
  // (nearly) all there in order, is the same statement: that sentence joins the quote group, marked reported.
  const groupOfQuoteUnit = new Map<Unit, PassageGroup>();
  quoteGroups.forEach((members, gi) => {
    const g = groups.find((x) => x.id === quoteGroupIds[gi]);
    if (g) for (const u of members) groupOfQuoteUnit.set(u, g);
  });
  const grouped = [...groupOfQuoteUnit.keys()];
  const reported = new Set<Unit>();
  const passageSentences = units.filter((u) => u.kind === 'passage' && u.contentSet.size >= 3);
  for (const [x, y] of candidatePairs([...grouped, ...passageSentences], 3, Math.max(20, Math.ceil(0.2 * sentenceCount)))) {
    const [q, p] = x.kind === 'quote' ? [x, y] : [y, x];
    if (q.kind !== 'quote' || p.kind !== 'passage' || q.article === p.article) continue;
    const g = groupOfQuoteUnit.get(q);
    if (!g || g.members.some((m) => m.articleId === inputs[p.article]!.id)) continue;
    if (q.contentSet.size < 3 || !scoreQuotes(q, p, REPORTED_QUOTE_COVER)) continue;
    const text = inputs[p.article]!.text;
    // Words alike are not one statement when the report credits someone else than the quote does.
    if (creditsOther({ articleId: inputs[p.article]!.id, start: p.start, end: p.end, text: '', kind: 'passage' }, g.speaker)) continue;
    g.members.push({ articleId: inputs[p.article]!.id, start: p.start, end: p.end, text: text.slice(p.start, p.end), kind: 'passage' });
    reported.add(p);
    g.members.sort((a, b) => inputs.findIndex((i) => i.id === a.articleId) - inputs.findIndex((i) => i.id === b.articleId) || a.start - b.start);
    g.articleCount = new Set(g.members.map((m) => m.articleId)).size;
    g.match = 'reworded';
  }

  const firstOf = (g: PassageGroup) => {
    const m = g.members[0]!;
    return [inputs.findIndex((a) => a.id === m.articleId), m.start] as const;
  };
  groups.sort((a, b) => {
    if (b.articleCount !== a.articleCount) return b.articleCount - a.articleCount;
    const [aa, as] = firstOf(a);
    const [ba, bs] = firstOf(b);
    return aa - ba || as - bs || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
  });

  const { unique, uniqueShown } = selectUnique({
    inputs,
    units,
    quotes: perArticle.map((p) => p.quotes),
    grouped: new Set<Unit>([...passageGroups.flat(), ...reported]),
    linkedQuotes: quoteGroups.flat(),
    entities: table.entities,
  });

  return { articles, groups, unique, uniqueShown, entities: table.entities };
}
