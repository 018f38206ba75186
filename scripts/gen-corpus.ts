/**
 * Writes a synthetic corpus of article files for benchmarks and manual testing:
 *   npm run gen:corpus -- --articles N --out DIR [--seed S] [--formats txt,md,html,docx]
 * Stories covered by several outlets with shared (sometimes reworded) quotes, wire paragraphs,
 * datelines, agencies and page furniture; mostly .txt, some .md, .html and .docx. The same seed
 * gives the same files. The generator itself is scripts/bench/corpus/generate.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type CorpusFormat, DEFAULT_SEED, generateCorpus } from './bench/corpus/generate';

const USAGE = 'usage: npm run gen:corpus -- --articles N --out DIR [--seed S] [--formats txt,md,html,docx]';

function main(argv: string[]): void {
  let articles: number | null = null;
  let out: string | null = null;
  let seed = DEFAULT_SEED;
  let formats: Partial<Record<CorpusFormat, number>> | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      return;
    }
    if (value === undefined) throw new Error(`${arg ?? ''} needs a value\n${USAGE}`);
    i++;
    if (arg === '--articles') articles = Number(value);
    else if (arg === '--out') out = value;
    else if (arg === '--seed') seed = Number(value);
    else if (arg === '--formats') {
      const chosen = value.split(',').map((f) => f.trim());
      const known: CorpusFormat[] = ['txt', 'md', 'html', 'docx'];
      for (const f of chosen) if (!known.includes(f as CorpusFormat)) throw new Error(`unknown format ${f}; known: ${known.join(', ')}`);
      // The default mix for the chosen formats, none of the others.
      const mix: Record<CorpusFormat, number> = { txt: 70, md: 12, html: 12, docx: 6 };
      formats = Object.fromEntries(known.map((f) => [f, chosen.includes(f) ? mix[f] : 0]));
    } else throw new Error(`unknown argument ${arg ?? ''}\n${USAGE}`);
  }
  if (articles === null || !Number.isInteger(articles) || articles < 1) throw new Error(`--articles needs a positive whole number\n${USAGE}`);
  if (!out) throw new Error(`--out DIR is required\n${USAGE}`);
  if (!Number.isInteger(seed)) throw new Error('--seed needs a whole number');

  const dir = resolve(process.cwd(), out);
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const corpus = generateCorpus({ articles, seed, ...(formats ? { formats } : {}) });
  const counts: Record<string, number> = {};
  let bytes = 0;
  for (const article of corpus) {
    writeFileSync(join(dir, article.name), article.bytes);
    counts[article.format] = (counts[article.format] ?? 0) + 1;
    bytes += article.bytes.byteLength;
  }
  const stories = new Set(corpus.map((a) => a.story)).size;
  const mix = Object.entries(counts)
    .map(([f, c]) => `${c} .${f}`)
    .join(', ');
  console.log(
    `${corpus.length} articles (${mix}) from ${stories} stories, ${(bytes / 1e6).toFixed(1)} MB, seed ${seed}, written to ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
