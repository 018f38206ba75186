/**
 * import 1,000 articles into IndexedDB in Chromium: the app's import path (the ImportQueue, as a
 * drop of files runs it: shingling off the page's thread, batches through addParsedArticles with
 * duplicate, version and near-duplicate detection, the library's count as a live query meanwhile,
 * and the queue's yield between batches so that live queries read) against one Dexie bulkAdd of
 * the same article and text records in one transaction. The articles are generated (mixed
 * formats) and parsed in Node first, untimed: this measures storing, not parsing.
 *
 * The figure runs until the queue is done: every article stored, linked and listed. The shingles
 * records (what later imports find near-duplicates by) are written after that, in a transaction
 * of their own; the time until they are is logged beside the figure, and every run checks that
 * each stored article got one.
 */
import { parseArticleFile, type ParsedArticle } from '@shared/ingest';
import { generateCorpus } from '../corpus/generate';
import { median } from '../measure';
import { browserUnavailable, withBenchPage } from '../browser/harness';
import type { ImportBenchApi } from '../browser/import-api';
import type { Benchmark } from '../types';

type PageApi = { parallaxBench: ImportBenchApi };

export const importIndexedDb: Benchmark = {
  name: 'import 1,000 articles into IndexedDB in Chromium',
  kind: 'browser',
  unavailable: () => browserUnavailable(),
  async run(ctx) {
    const n = ctx.tiny ? 50 : 1000;
    const parsed: ParsedArticle[] = [];
    const names: string[] = [];
    for (const file of generateCorpus({ articles: n, seed: 1000 })) {
      const outcome = await parseArticleFile({ name: file.name, bytes: file.bytes });
      if (!outcome.ok) throw new Error(`generated ${file.name} did not parse: ${outcome.error.message}`);
      parsed.push(outcome.article);
      names.push(file.name);
    }
    ctx.log(`${n} generated articles parsed in Node; building the benchmark page`);

    return withBenchPage(ctx.repo, 'import.html', async ({ page, errors }) => {
      await page.waitForFunction(() => 'parallaxBench' in globalThis);
      await page.evaluate((value) => (globalThis as unknown as PageApi).parallaxBench.setInput(value), { parsed, names });
      const ours: number[] = [];
      const baseline: number[] = [];
      const saved: number[] = [];
      let links = 0;
      let liveCounts = 0;
      for (let r = 0; r < ctx.warmups + ctx.runs; r++) {
        const a = await page.evaluate(() => (globalThis as unknown as PageApi).parallaxBench.ours());
        const b = await page.evaluate(() => (globalThis as unknown as PageApi).parallaxBench.baseline());
        if (a.added !== n || b.added !== n) throw new Error(`expected ${n} articles stored, got ${a.added} (ours, ${a.duplicates} duplicates) and ${b.added} (bulkAdd)`);
        if (a.shinglesStored !== a.added) throw new Error(`expected shingles for each of the ${a.added} articles, found ${a.shinglesStored}`);
        links = a.nearDuplicateLinks;
        liveCounts = a.liveCounts;
        if (r < ctx.warmups) continue;
        ours.push(a.ms);
        baseline.push(b.ms);
        saved.push(a.shinglesSavedMs);
      }
      if (errors.length) throw new Error(`the benchmark page logged errors: ${errors.join('; ')}`);
      ctx.log(`${links} near-duplicate links made by the app's import; the live count showed ${liveCounts} counts on the way`);
      ctx.log(`shingles records written ${Math.round(median(saved))} ms after the import started (median; done in idle time after it)`);
      const value = median(ours);
      const base = median(baseline);
      const ratio = base / value;
      const label = ctx.tiny ? `import ${n} articles into IndexedDB in Chromium` : 'import 1,000 articles into IndexedDB in Chromium';
      return [{ name: label, value, unit: 'ms', baseline: base, ratio, target: 'ratio >= 0.5; < 3 s', met: ratio >= 0.5 && value < 3000 }];
    });
  },
};
