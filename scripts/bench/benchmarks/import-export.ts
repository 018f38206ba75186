/**
 * split and import a 1,000-article export into IndexedDB in Chromium, end to end: one Factiva
 * export of 1,000 generated articles dropped on the page, split and parsed in web mode's Web
 * Worker, stored by the app's import queue; against the same 1,000 articles dropped as 1,000
 * separate .txt files through the same worker and queue. Target: under 5 s.
 */
import { generateCorpus, type GeneratedArticle } from '../corpus/generate';
import { median } from '../measure';
import { browserUnavailable, withBenchPage } from '../browser/harness';
import type { ExportBenchApi } from '../browser/export-api';
import type { Benchmark } from '../types';

type PageApi = { parallaxExportBench: ExportBenchApi };

const TARGET_MS = 5000;

/** One article as a Factiva record (field codes, as the layout's public descriptions give them). */
function factivaRecord(article: GeneratedArticle, k: number): string {
  const [lead, ...rest] = article.body.split('\n\n');
  const date = new Date(`${article.published}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return [
    `HD ${article.title}`,
    article.authors.length ? `BY By ${article.authors.join(' and ')}` : null,
    `WC ${article.body.split(/\s+/).length} words`,
    `PD ${date}`,
    `SN ${article.outlet}`,
    'LA English',
    'LP',
    lead ?? '',
    '',
    'TD',
    rest.join('\n\n'),
    '',
    `AN Document BENCH00${String(k).padStart(8, '0')}`,
    '',
    '',
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
}

export const importExport: Benchmark = {
  name: 'split and import a 1,000-article export into IndexedDB in Chromium',
  kind: 'browser',
  unavailable: () => browserUnavailable(),
  async run(ctx) {
    const n = ctx.tiny ? 50 : 1000;
    const articles = generateCorpus({ articles: n, seed: 1212, files: false });
    const exportText = articles.map(factivaRecord).join('\n');
    const files = articles.map((a, k) => ({ name: `${String(k).padStart(5, '0')}.txt`, text: `${a.title}\n\n${a.body}\n` }));
    ctx.log(`a Factiva export of ${n} generated articles (${Math.round(exportText.length / 1024)} KB); building the benchmark page`);

    return withBenchPage(ctx.repo, 'export.html', async ({ page, errors }) => {
      await page.waitForFunction(() => 'parallaxExportBench' in globalThis);
      await page.evaluate((value) => (globalThis as unknown as PageApi).parallaxExportBench.setInput(value), { exportName: 'factiva-export.txt', exportText, files });
      const ours: number[] = [];
      const baseline: number[] = [];
      for (let r = 0; r < ctx.warmups + ctx.runs; r++) {
        const a = await page.evaluate(() => (globalThis as unknown as PageApi).parallaxExportBench.exportRun());
        const b = await page.evaluate(() => (globalThis as unknown as PageApi).parallaxExportBench.filesRun());
        if (a.added !== n) throw new Error(`the export gave ${a.added} articles (${a.skipped} not taken), not ${n}`);
        if (b.added !== n) throw new Error(`the separate files gave ${b.added} articles (${b.skipped} not taken), not ${n}`);
        if (r < ctx.warmups) continue;
        ours.push(a.ms);
        baseline.push(b.ms);
      }
      if (errors.length) throw new Error(`the benchmark page logged errors: ${errors.join('; ')}`);
      const value = median(ours);
      const base = median(baseline);
      const label = ctx.tiny ? `split and import a ${n}-article export into IndexedDB in Chromium` : importExport.name;
      return [{ name: label, value, unit: 'ms', baseline: base, ratio: value / base, target: '< 5 s (baseline: the same articles as separate files)', met: value < TARGET_MS }];
    });
  },
};
