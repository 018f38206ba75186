/**
 * full-text search over 10,000 articles: Parallax's SearchIndex (src/shared/search) against
 * MiniSearch with its defaults, on the same generated articles. Two figures: the p95 time of a
 * query (a fixed, seeded mix of common words, rare names, two-word queries and word prefixes being
 * typed) and the time to build the index from scratch.
 */
import MiniSearch from 'minisearch';
import { SearchIndex, type SearchDocument } from '@shared/search';
import { generateCorpus, type GeneratedArticle } from '../corpus/generate';
import { makeRng } from '../corpus/rng';
import { median, percentile, timeTasks } from '../measure';
import type { Benchmark } from '../types';

function toSearchDocument(a: GeneratedArticle): SearchDocument {
  const id = `article-${a.index}`;
  return { kind: 'article', id, articleId: id, title: a.title, outlet: a.outlet, authors: a.authors, text: a.body, published: a.published };
}

/** Queries a researcher types: taken from the corpus itself, seeded, so most of them have answers. */
function makeQueries(articles: SearchDocument[], count: number): string[] {
  const rng = makeRng(7);
  const queries: string[] = [];
  const common = ['government', 'said', 'talks', 'officials', 'the meeting', 'inflation', 'election results', 'border troops'];
  for (let i = 0; queries.length < count; i++) {
    const a = rng.pick(articles);
    const words = a.text.match(/\p{L}{4,}/gu) ?? ['talks'];
    const name = (a.authors[0] ?? a.title).split(' ').pop() ?? 'talks';
    switch (i % 5) {
      case 0:
        queries.push(rng.pick(common));
        break;
      case 1:
        queries.push(rng.pick(words)); // a word of some article, often a rare name
        break;
      case 2:
        queries.push(`${rng.pick(words)} ${rng.pick(words)}`.toLowerCase());
        break;
      case 3:
        queries.push(rng.pick(words).slice(0, 4).toLowerCase()); // a word being typed
        break;
      default:
        queries.push(name);
    }
  }
  return queries;
}

function buildMiniSearch(docs: SearchDocument[]): MiniSearch {
  // Defaults for everything but what MiniSearch cannot guess: which fields to index.
  const mini = new MiniSearch({ fields: ['title', 'outlet', 'authors', 'text'], extractField: (doc, field) => {
    const value = (doc as Record<string, unknown>)[field];
    return Array.isArray(value) ? value.join(', ') : (value as string);
  } });
  mini.addAll(docs);
  return mini;
}

export const search: Benchmark = {
  name: 'full-text search over 10,000 articles',
  kind: 'node',
  async run(ctx) {
    const n = ctx.tiny ? 300 : 10_000;
    const docs = generateCorpus({ articles: n, files: false }).map(toSearchDocument);
    const queries = makeQueries(docs, ctx.tiny ? 50 : 300);
    ctx.log(`${n} articles, ${(docs.reduce((s, d) => s + d.text.length, 0) / 1e6).toFixed(1)} M characters; ${queries.length} queries`);

    // Build: from scratch, each run.
    let ours: SearchIndex | null = null;
    let mini: MiniSearch | null = null;
    const build = await timeTasks(
      {
        ours: () => {
          ours = null;
          ours = SearchIndex.build(docs);
        },
        baseline: () => {
          mini = null;
          mini = buildMiniSearch(docs);
        },
      },
      ctx,
    );
    const oursIndex = ours as SearchIndex | null;
    const miniIndex = mini as MiniSearch | null;
    if (!oursIndex || !miniIndex) throw new Error('an index was not built');

    // Queries: one warm-up pass, then `runs` passes; per pass the p95 over queries, reported as the median of those.
    const pass = (fn: (q: string) => unknown) =>
      queries.map((q) => {
        const started = performance.now();
        fn(q);
        return performance.now() - started;
      });
    const ourQuery = (q: string) => oursIndex.query(q);
    const miniQuery = (q: string) => miniIndex.search(q);
    for (let w = 0; w < Math.max(1, ctx.warmups); w++) {
      pass(ourQuery);
      pass(miniQuery);
    }
    const ourP95: number[] = [];
    const miniP95: number[] = [];
    for (let r = 0; r < ctx.runs; r++) {
      ourP95.push(percentile(pass(ourQuery), 95));
      miniP95.push(percentile(pass(miniQuery), 95));
    }
    const p95 = median(ourP95);
    const p95Base = median(miniP95);
    const label = ctx.tiny ? `full-text search over ${n} articles` : 'full-text search over 10,000 articles';
    const buildRatio = build.ours.median / build.baseline.median;
    return [
      { name: `${label}: p95 query`, value: p95, unit: 'ms', baseline: p95Base, ratio: p95 / p95Base, target: 'p95 <= 20 ms', met: p95 <= 20 },
      { name: `${label}: build`, value: build.ours.median, unit: 'ms', baseline: build.baseline.median, ratio: buildRatio, target: 'build <= 1.0x', met: buildRatio <= 1.0 },
    ];
  },
};
