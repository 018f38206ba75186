/**
 * parse 130 Readability pages: Parallax's whole HTML import (decode, linkedom, page metadata,
 * Readability, text, news metadata, furniture, fingerprint) against @mozilla/readability alone
 * on the same DOM implementation (linkedom), on Mozilla's own test pages.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseArticleFile } from '@shared/ingest';
import { timeTasks, tick } from '../measure';
import type { Benchmark } from '../types';

const PAGES_DIR = 'readability-test-pages';

function pagesDir(repo: string): string {
  return resolve(repo, '../shared/corpora', PAGES_DIR);
}

export const parseReadability: Benchmark = {
  name: 'parse 130 Readability pages',
  kind: 'node',
  unavailable: (ctx) => (existsSync(pagesDir(ctx.repo)) ? null : `${pagesDir(ctx.repo)} is missing`),
  async run(ctx) {
    const dir = pagesDir(ctx.repo);
    let pages = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'source.html')))
      .map((d) => d.name)
      .sort()
      .map((name) => {
        const bytes = new Uint8Array(readFileSync(join(dir, name, 'source.html')));
        return { name: `${name}.html`, bytes, html: new TextDecoder().decode(bytes) };
      });
    if (ctx.tiny) pages = pages.slice(0, 8);
    ctx.log(`${pages.length} pages, ${(pages.reduce((s, p) => s + p.bytes.byteLength, 0) / 1e6).toFixed(1)} MB`);

    let ourFailures = 0;
    const timings = await timeTasks(
      {
        ours: async () => {
          ourFailures = 0;
          for (const page of pages) {
            const outcome = await parseArticleFile({ name: page.name, bytes: page.bytes });
            if (!outcome.ok) ourFailures++;
            await tick();
          }
        },
        baseline: async () => {
          for (const page of pages) {
            const { document } = parseHTML(page.html);
            new Readability(document).parse();
            await tick();
          }
        },
      },
      ctx,
    );
    if (ourFailures) ctx.log(`(Parallax refused ${ourFailures} of the pages as not articles; they are still timed)`);
    const ours = (pages.length * 1000) / timings.ours.median;
    const baseline = (pages.length * 1000) / timings.baseline.median;
    const ratio = ours / baseline;
    return [{ name: ctx.tiny ? `parse ${pages.length} Readability pages` : 'parse 130 Readability pages', value: ours, unit: 'pages/s', baseline, ratio, target: 'ratio >= 0.8', met: ratio >= 0.8 }];
  },
};
