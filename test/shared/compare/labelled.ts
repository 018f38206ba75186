/**
 * The labelled fixture set (test/fixtures/compare/labelled/*.json) and how a comparison is scored
 * against it. Each story lists links (quotes or passages, each member an article id and a snippet
 * of its text) that must be found, pairs that must not be linked, and pairs that are also correct
 * if found (neither rewarded nor punished). Every predicted cross-article pair that is not a
 * labelled link or an also-correct pair counts against precision.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Comparison, PassageRef } from '../../../src/shared/compare';

type Member = [articleId: string, snippet: string];

export interface LabelledStory {
  name: string;
  story: string;
  articles: { id: string; title: string; text: string }[];
  /**
   * required: the same statement or fact in shared wording, which the comparison must find;
   * paraphrase: the same fact in other words ("made landfall" / "came ashore"), beyond word
   * overlap: reported, not required, and never counted as a false positive.
   */
  links: { kind: 'quote' | 'passage'; tier: 'required' | 'paraphrase'; speaker: string | null; members: Member[] }[];
  mustNotLink: { kind: 'quote' | 'passage'; a: Member; b: Member }[];
  alsoCorrect?: { kind: 'quote' | 'passage'; a: Member; b: Member }[];
}

export const LABELLED_DIR = resolve(import.meta.dirname, '../../fixtures/compare/labelled');

export function loadLabelled(): LabelledStory[] {
  return readdirSync(LABELLED_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), ...(JSON.parse(readFileSync(join(LABELLED_DIR, f), 'utf8')) as Omit<LabelledStory, 'name'>) }));
}

interface Span {
  articleId: string;
  start: number;
  end: number;
}

function locate(story: LabelledStory, [articleId, snippet]: Member): Span {
  const text = story.articles.find((a) => a.id === articleId)!.text;
  const start = text.indexOf(snippet);
  if (start < 0) throw new Error(`${story.name}: snippet not found in ${articleId}: ${snippet}`);
  return { articleId, start, end: start + snippet.length };
}

/** A predicted member stands for a labelled snippet when it covers it (passages) or mostly overlaps it (quotes). */
function covers(member: PassageRef, snippet: Span, kind: 'quote' | 'passage'): boolean {
  if (member.articleId !== snippet.articleId) return false;
  const overlap = Math.min(member.end, snippet.end) - Math.max(member.start, snippet.start);
  if (overlap <= 0) return false;
  if (kind === 'passage') return member.start <= snippet.start && snippet.start < member.end;
  return overlap >= 0.5 * Math.min(member.end - member.start, snippet.end - snippet.start);
}

export interface StoryScore {
  name: string;
  truePositives: number;
  falsePositives: string[];
  predicted: number;
  /** Required links: pairs expected and found. */
  expected: number;
  found: number;
  /** Paraphrase links: pairs expected and found. */
  paraphraseExpected: number;
  paraphraseFound: number;
  missed: string[];
  mustNotViolations: string[];
}

export function scoreStory(story: LabelledStory, comparison: Comparison): StoryScore {
  const links = story.links.map((l) => ({ kind: l.kind, tier: l.tier, spans: l.members.map((m) => locate(story, m)), members: l.members }));
  const also = (story.alsoCorrect ?? []).map((p) => ({ a: locate(story, p.a), b: locate(story, p.b) }));
  const mustNot = story.mustNotLink.map((p) => ({ a: locate(story, p.a), b: locate(story, p.b), label: `${p.a[1]} <> ${p.b[1]}` }));

  const predictedPairs = new Map<string, { kind: 'quote' | 'passage'; x: PassageRef; y: PassageRef }>();
  for (const g of comparison.groups) {
    for (let i = 0; i < g.members.length; i++) {
      for (let j = i + 1; j < g.members.length; j++) {
        const x = g.members[i]!;
        const y = g.members[j]!;
        if (x.articleId === y.articleId) continue;
        predictedPairs.set(`${g.kind}|${x.articleId}:${x.start}-${x.end}|${y.articleId}:${y.start}-${y.end}`, { kind: g.kind, x, y });
      }
    }
  }
  const pairIsLink = (kind: 'quote' | 'passage', x: PassageRef, y: PassageRef) =>
    links.some(
      (l) =>
        l.kind === kind &&
        l.spans.some((s, i) => covers(x, s, kind) && l.spans.some((t, j) => j !== i && t.articleId !== s.articleId && covers(y, t, kind))),
    );
  const pairMatches = (x: PassageRef, y: PassageRef, a: Span, b: Span) =>
    (covers(x, a, 'quote') || covers(x, a, 'passage')) && (covers(y, b, 'quote') || covers(y, b, 'passage'));

  let tp = 0;
  const fps: string[] = [];
  const violations: string[] = [];
  for (const { kind, x, y } of predictedPairs.values()) {
    for (const p of mustNot) if (pairMatches(x, y, p.a, p.b) || pairMatches(y, x, p.a, p.b)) violations.push(p.label);
    if (pairIsLink(kind, x, y)) tp++;
    else if (also.some((p) => pairMatches(x, y, p.a, p.b) || pairMatches(y, x, p.a, p.b))) continue;
    else fps.push(`${kind}: [${x.articleId}] ${x.text.slice(0, 70)} <> [${y.articleId}] ${y.text.slice(0, 70)}`);
  }

  let expected = 0;
  let found = 0;
  let paraphraseExpected = 0;
  let paraphraseFound = 0;
  const missed: string[] = [];
  for (const l of links) {
    const paraphrase = l.tier === 'paraphrase';
    for (let i = 0; i < l.spans.length; i++) {
      for (let j = i + 1; j < l.spans.length; j++) {
        const s = l.spans[i]!;
        const t = l.spans[j]!;
        if (s.articleId === t.articleId) continue;
        if (paraphrase) paraphraseExpected++;
        else expected++;
        const hit = [...predictedPairs.values()].some(
          (p) => p.kind === l.kind && ((covers(p.x, s, l.kind) && covers(p.y, t, l.kind)) || (covers(p.y, s, l.kind) && covers(p.x, t, l.kind))),
        );
        if (hit && paraphrase) paraphraseFound++;
        else if (hit) found++;
        else missed.push(`${paraphrase ? '(paraphrase) ' : ''}${l.kind}: ${l.members[i]![1].slice(0, 50)} <> ${l.members[j]![1].slice(0, 50)}`);
      }
    }
  }
  return {
    name: story.name,
    truePositives: tp,
    falsePositives: fps,
    predicted: tp + fps.length,
    expected,
    found,
    paraphraseExpected,
    paraphraseFound,
    missed,
    mustNotViolations: violations,
  };
}
