/**
 * import 1,000 articles into IndexedDB in Chromium: the app's repository code (addParsedArticle,
 * one article at a time, as the import queue stores them) against one Dexie bulkAdd of the same
 * records in one transaction. The articles are generated (mixed formats) and parsed in Node first,
 * untimed: this measures storing, not parsing.
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
      let links = 0;
      for (let r = 0; r < ctx.warmups + ctx.runs; r++) {
        const a = await page.evaluate(() => (globalThis as unknown as PageApi).parallaxBench.ours());
        const b = await page.evaluate(() => (globalThis as unknown as PageApi).parallaxBench.baseline());
        if (a.added !== n || b.added !== n) throw new Error(`expected ${n} articles stored, got ${a.added} (ours, ${a.duplicates} duplicates) and ${b.added} (bulkAdd)`);
        links = a.nearDuplicateLinks;
        if (r < ctx.warmups) continue;
        ours.push(a.ms);
        baseline.push(b.ms);
      }
      if (errors.length) throw new Error(`the benchmark page logged errors: ${errors.join('; ')}`);
      ctx.log(`${links} near-duplicate links made by the app's import`);
      const value = median(ours);
      const base = median(baseline);
      const ratio = base / value;
      const label = ctx.tiny ? `import ${n} articles into IndexedDB in Chromium` : 'import 1,000 articles into IndexedDB in Chromium';
      return [{ name: label, value, unit: 'ms', baseline: base, ratio, target: 'ratio >= 0.5; < 3 s', met: ratio >= 0.5 && value < 3000 }];
    });
  },
};
