import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '@shared/search';
import { percentile, syntheticArticles, syntheticQueries } from './synthetic';

/*
 * A measurement, printed rather than asserted (timings depend on the machine): building and
 * querying 2,000 synthetic 4 KB articles with our FlexSearch index and with MiniSearch on its
 * defaults. Only the sanity checks below assert. Set PARALLAX_SEARCH_BENCH_SIZE to measure
 * another size.
 */
const SIZE = Number(process.env.PARALLAX_SEARCH_BENCH_SIZE ?? 2000);

describe('search measurement (printed)', () => {
  it('builds and queries 2,000 articles with FlexSearch and with MiniSearch defaults, and both find a title word', () => {
    const docs = syntheticArticles(SIZE);
    const queries = syntheticQueries(300);

    // Wall time and this process's CPU time: on a busy machine the CPU time is the fairer comparison.
    const timed = <T,>(work: () => T): [T, number, number] => {
      const cpu = process.cpuUsage();
      const wall = performance.now();
      const value = work();
      const used = process.cpuUsage(cpu);
      return [value, performance.now() - wall, (used.user + used.system) / 1000];
    };
    const [index, flexBuild, flexCpu] = timed(() => SearchIndex.build(docs));
    const [mini, miniBuild, miniCpu] = timed(() => {
      const engine = new MiniSearch({ fields: ['title', 'outlet', 'authors', 'text'] });
      engine.addAll(docs.map((doc) => ({ ...doc, authors: doc.authors.join(', ') })));
      return engine;
    });
    let start: number;

    const flexTimes: number[] = [];
    const flexTimesNoSnippets: number[] = [];
    const miniTimes: number[] = [];
    for (const query of queries) {
      start = performance.now();
      // Ranking and the snippets of the first 20 results (what a results list shows at once).
      index.query(query, { limit: 100 }).results.slice(0, 20).forEach((result) => result.snippet);
      flexTimes.push(performance.now() - start);
      start = performance.now();
      index.query(query, { limit: 0 });
      flexTimesNoSnippets.push(performance.now() - start);
      start = performance.now();
      mini.search(query, { combineWith: 'AND', prefix: (term, i, terms) => i === terms.length - 1 });
      miniTimes.push(performance.now() - start);
    }

    start = performance.now();
    const exported = index.export();
    const exportMs = performance.now() - start;
    const json = JSON.stringify(exported);
    start = performance.now();
    const restored = SearchIndex.restore(JSON.parse(json))!;
    const restoreMs = performance.now() - start;
    start = performance.now();
    restored.remove('article', docs[0]!.id);
    const removeAfterRestoreMs = performance.now() - start;
    start = performance.now();
    restored.add(docs[0]!);
    const addAfterRestoreMs = performance.now() - start;

    const ms = (value: number) => `${value.toFixed(1)} ms`;
    console.log(
      [
        `search measurement, ${SIZE} synthetic articles of ~4 KB, ${queries.length} queries (1-3 words, 30% cut short):`,
        `  FlexSearch (ours): build ${ms(flexBuild)} (CPU ${ms(flexCpu)}), query p50 ${ms(percentile(flexTimes, 50))}, p95 ${ms(percentile(flexTimes, 95))} with 20 snippets; p95 ${ms(percentile(flexTimesNoSnippets, 95))} ranking only`,
        `  MiniSearch defaults: build ${ms(miniBuild)} (CPU ${ms(miniCpu)}), query (AND, last word prefix) p50 ${ms(percentile(miniTimes, 50))}, p95 ${ms(percentile(miniTimes, 95))}`,
        `  export ${ms(exportMs)} (${(json.length / 1e6).toFixed(1)} MB as JSON, texts included), restore ${ms(restoreMs)}, remove after restore ${ms(removeAfterRestoreMs)}, add after restore ${ms(addAfterRestoreMs)}`,
      ].join('\n'),
    );

    const probe = docs[SIZE >> 1]!;
    const word = probe.title.split(' ').sort((a, b) => b.length - a.length)[0]!;
    expect(index.search(word, { limit: SIZE }).map((r) => r.id)).toContain(probe.id);
    expect(mini.search(word).map((r) => r.id)).toContain(probe.id);
    expect(restored.search(word, { limit: SIZE }).map((r) => r.id)).toContain(probe.id);
  }, 120_000);
});
