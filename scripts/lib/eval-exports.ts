/**
 * Scores the export splitter against a labelled set (a directory with labels.json: per file,
 * the layout a person sees, the articles with their title, outlet, date and authors, and the
 * parts that cannot be taken). Prints one line per layout, file format and part of the set (the rules
 * were written on one part; the other was written after them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articlesOf, parseFile, type ParsedArticle } from '../../src/shared/ingest';

interface LabelledArticle {
  title: string;
  outlet: string;
  published: string;
  authors: string[];
}

interface LabelledFile {
  layout: string | null;
  skipped?: number[];
  articles?: LabelledArticle[];
}

interface Tally {
  files: number;
  filesRight: number;
  articles: number;
  articlesFound: number;
  fields: number;
  fieldsRight: number;
  misses: string[];
}

const FIELDS = ['title', 'outlet', 'published', 'authors'] as const;

function emptyTally(): Tally {
  return { files: 0, filesRight: 0, articles: 0, articlesFound: 0, fields: 0, fieldsRight: 0, misses: [] };
}

export async function scoreExports(label: string, dir: string): Promise<boolean> {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as { files: Record<string, LabelledFile> };
  const tallies = new Map<string, Tally>();
  let crashed = false;
  for (const [file, truth] of Object.entries(labels.files)) {
    const set = file.split('/')[0]!;
    const format = file.slice(file.lastIndexOf('.'));
    const key = `${truth.layout ?? 'near-misses (one article)'} · ${format} · ${set}`;
    const tally = tallies.get(key) ?? emptyTally();
    tallies.set(key, tally);
    const outcome = await parseFile({ name: file.split('/').pop()!, bytes: new Uint8Array(readFileSync(join(dir, file))) });
    if (!outcome.ok && outcome.error.code === 'internal') crashed = true;
    tally.files++;
    const layout = outcome.ok && 'split' in outcome ? outcome.split.layoutName : null;
    const skipped = outcome.ok && 'split' in outcome ? outcome.split.skipped.map((s) => s.index) : [];
    const ours = articlesOf(outcome);
    const fileRight = layout === truth.layout && JSON.stringify(skipped) === JSON.stringify(truth.skipped ?? []);
    if (fileRight) tally.filesRight++;
    else tally.misses.push(`${file}: layout ${layout ?? 'none'}, skipped [${skipped.join(', ')}] (expected ${truth.layout ?? 'none'}, [${(truth.skipped ?? []).join(', ')}])`);
    for (const [k, want] of (truth.articles ?? []).entries()) {
      tally.articles++;
      const got: ParsedArticle | undefined = ours[k];
      if (got) tally.articlesFound++;
      for (const field of FIELDS) {
        tally.fields++;
        const same = got !== undefined && JSON.stringify(got[field]) === JSON.stringify(want[field]);
        if (same) tally.fieldsRight++;
        else tally.misses.push(`${file} #${k + 1} ${field}: ours ${JSON.stringify(got?.[field] ?? null)} vs ${JSON.stringify(want[field])}`);
      }
    }
  }
  console.log(`\n== ${label} (labelled database exports)`);
  for (const [key, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    const articles = t.articles > 0 ? `, articles ${t.articlesFound}/${t.articles}, fields ${t.fieldsRight}/${t.fields}` : '';
    console.log(`  ${key.padEnd(46)} files right ${t.filesRight}/${t.files}${articles}`);
    for (const miss of t.misses) console.log(`    ${miss}`);
  }
  return crashed;
}
