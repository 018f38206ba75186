/**
 * Measures the importers against test corpora.
 *
 *   npm run eval:ingest -- ../shared/corpora/readability-test-pages ../shared/corpora/pdf ../shared/corpora/docx test/fixtures/exports
 *
 * A directory of page folders (source.html + expected.html + expected-metadata.json, as in
 * Mozilla's Readability test pages) is scored: pages parsed, metadata agreement, word-level
 * F1 of the body against expected.html, and a check that no script or style text leaked into
 * a body. Any other directory is imported file by file and each outcome printed.
 * A directory with a labels.json (test/fixtures/exports) is scored as database exports: one
 * line per layout and per part of the set (rules / held-out).
 * Prints one "targets:" line per target; exits 1 only if something crashed. `--verbose` lists every page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { parseArticleFile } from '../src/shared/ingest';
import { extractHtml, toIsoDate } from '../src/shared/ingest/html';
import { normaliseArticleText } from '../src/shared/ingest/normalise';
import { scoreExports } from './lib/eval-exports';
import { wordF1, words } from './lib/text-agreement';

const TARGETS = { crashes: 0, title: 0.95, medianF1: 0.9 };

/** Tokens typical of JavaScript or CSS that never belong in an article body unless the article quotes code. */
const CODE_TOKENS = [
  'function(', 'function (', 'var ', '{display:', 'display:none', 'display: none', 'window.', 'document.', '});',
  'getElementById', 'addEventListener', '!important', '<script', '</script', '<style', 'onerror=', 'onload=',
  'googletag', 'jQuery(', '$(document)', '@media', 'px;', 'font-family:', '.push(', 'javascript:',
];

interface PageScore {
  name: string;
  outcome: 'ok' | 'error' | 'crash';
  detail: string;
  f1: number;
  extractorF1: number | null;
  title: Agreement;
  byline: Agreement;
  siteName: Agreement;
  publishedTime: Agreement;
  leaks: string[];
  firstParagraphTaken: boolean;
}

interface Agreement {
  expected: string | null;
  ours: string | null;
  agrees: boolean | null;
}

let crashed = false;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const dirs = args.filter((arg) => !arg.startsWith('--'));
  if (dirs.length === 0) {
    console.log('usage: npm run eval:ingest -- <dir> [<dir>...] [--verbose]');
    return;
  }
  for (const dir of dirs) {
    const path = resolve(dir);
    if (!existsSync(path) || !statSync(path).isDirectory()) {
      console.log(`\n${dir}: not a directory`);
      crashed = true;
      continue;
    }
    const pages = readdirSync(path)
      .filter((name) => existsSync(join(path, name, 'source.html')))
      .sort();
    if (existsSync(join(path, 'labels.json'))) {
      if (await scoreExports(dir, path)) crashed = true;
      continue;
    }
    if (pages.length > 0) await scoreReadabilityCorpus(dir, path, pages, verbose);
    else await listDirectory(dir, path);
  }
  process.exitCode = crashed ? 1 : 0;
}

async function listDirectory(label: string, path: string): Promise<void> {
  const files = readdirSync(path)
    .filter((name) => statSync(join(path, name)).isFile())
    .sort();
  console.log(`\n== ${label} (${files.length} files)`);
  for (const name of files) {
    const started = performance.now();
    let line: string;
    try {
      // A plain Uint8Array, as the app's file picker and workers hand over (pdf.js refuses Node Buffers).
      const outcome = await parseArticleFile({ name, bytes: new Uint8Array(readFileSync(join(path, name))) });
      const ms = Math.round(performance.now() - started);
      if (outcome.ok) {
        const { title, text } = outcome.article;
        line = `ok     ${name}: ${words(text).length} words, title ${title ? JSON.stringify(clip(title, 70)) : '(none)'} (${ms} ms)`;
      } else {
        if (outcome.error.code === 'internal') crashed = true;
        line = `error  ${name}: ${outcome.error.code}: ${outcome.error.message} (${ms} ms)`;
      }
    } catch (thrown) {
      crashed = true;
      line = `CRASH  ${name}: ${thrown instanceof Error ? thrown.stack ?? thrown.message : String(thrown)}`;
    }
    console.log(`  ${line}`);
  }
}

async function scoreReadabilityCorpus(label: string, path: string, pages: string[], verbose: boolean): Promise<void> {
  console.log(`\n== ${label} (${pages.length} Readability test pages)`);
  const started = performance.now();
  const scores: PageScore[] = [];
  for (const page of pages) scores.push(await scorePage(page, join(path, page)));
  const seconds = (performance.now() - started) / 1000;

  const ok = scores.filter((s) => s.outcome === 'ok');
  const errors = scores.filter((s) => s.outcome === 'error');
  const crashes = scores.filter((s) => s.outcome === 'crash');
  console.log(`  parsed without error: ${ok.length}/${scores.length}`);
  console.log(`  error outcomes:       ${errors.length}${errors.map((s) => `\n    ${s.name}: ${s.detail}`).join('')}`);
  console.log(`  crashes:              ${crashes.length}${crashes.map((s) => `\n    ${s.name}: ${s.detail}`).join('')}`);

  const agreementLine = (field: 'title' | 'byline' | 'siteName' | 'publishedTime', note: string): number => {
    const judged = scores.filter((s) => s[field].agrees !== null);
    const agreed = judged.filter((s) => s[field].agrees).length;
    const rate = judged.length === 0 ? 1 : agreed / judged.length;
    console.log(`  ${`${field}:`.padEnd(22)}${agreed}/${judged.length} agree (${percent(rate)}) ${note}`);
    const misses = judged.filter((s) => !s[field].agrees);
    for (const miss of misses.slice(0, verbose ? misses.length : 8)) {
      console.log(`    ${miss.name}: ours ${JSON.stringify(clip(miss[field].ours ?? '', 70))} vs expected ${JSON.stringify(clip(miss[field].expected ?? '', 70))}`);
    }
    if (!verbose && misses.length > 8) console.log(`    ... ${misses.length - 8} more (--verbose)`);
    return rate;
  };
  const titleRate = agreementLine('title', '(case, white space and punctuation ignored)');
  agreementLine('byline', '(expected byline vs our authors joined; a leading "By" ignored)');
  agreementLine('siteName', '(vs our outlet)');
  agreementLine('publishedTime', '(same calendar day)');

  const f1s = scores.map((s) => s.f1);
  const medianF1 = median(f1s);
  console.log(`  body word F1:         median ${medianF1.toFixed(3)}, mean ${mean(f1s).toFixed(3)} (pages with an error count as 0)`);
  const okF1 = ok.map((s) => s.f1);
  console.log(`                        over parsed pages only: median ${median(okF1).toFixed(3)}, mean ${mean(okF1).toFixed(3)}`);
  const extractorF1 = scores.map((s) => s.extractorF1).filter((f): f is number => f !== null);
  const taken = scores.filter((s) => s.firstParagraphTaken);
  console.log(
    `  extractor text alone: median ${median(extractorF1).toFixed(3)}, mean ${mean(extractorF1).toFixed(3)} ` +
      `(before finish.ts; on ${taken.length} pages finish.ts's readNewsMetadata took text out of our body: headline, labels, boilerplate)`,
  );
  const worst = [...scores].sort((a, b) => a.f1 - b.f1).slice(0, verbose ? scores.length : 8);
  console.log(`  lowest F1 (extractor text alone in brackets):`);
  console.log(`    ${worst.map((s) => `${s.name} ${s.f1.toFixed(2)} (${s.extractorF1 === null ? '-' : s.extractorF1.toFixed(2)})`).join(', ')}`);

  const leaking = scores.filter((s) => s.leaks.length > 0);
  console.log(`  script/style text:    ${leaking.length === 0 ? 'none found in any body' : `${leaking.length} pages`}`);
  for (const leak of leaking) console.log(`    ${leak.name}: ${leak.leaks.join(' ')}`);
  console.log(`  time:                 ${seconds.toFixed(1)} s (${(scores.length / seconds).toFixed(1)} pages/s)`);

  const met = (pass: boolean): string => (pass ? 'met' : 'MISSED');
  console.log(`targets: crashes = ${TARGETS.crashes}: ${met(crashes.length === TARGETS.crashes)} (${crashes.length})`);
  console.log(`targets: title agreement >= ${percent(TARGETS.title)}: ${met(titleRate >= TARGETS.title)} (${percent(titleRate)})`);
  console.log(`targets: median body F1 >= ${TARGETS.medianF1}: ${met(medianF1 >= TARGETS.medianF1)} (${medianF1.toFixed(3)})`);
  console.log(`targets: no script/style text: ${met(leaking.length === 0)} (${leaking.length} pages)`);
  if (crashes.length > 0) crashed = true;
}

async function scorePage(name: string, dir: string): Promise<PageScore> {
  const bytes = new Uint8Array(readFileSync(join(dir, 'source.html')));
  const expected = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as Record<string, unknown>;
  const expectedText = htmlToText(readFileSync(join(dir, 'expected.html'), 'utf8'));
  const expectedWords = words(expectedText);
  const score: PageScore = {
    name,
    outcome: 'ok',
    detail: '',
    f1: 0,
    extractorF1: null,
    title: judge(expected['title'], null, sameText),
    byline: judge(expected['byline'], null, sameByline),
    siteName: judge(expected['siteName'], null, sameText),
    publishedTime: judge(expected['publishedTime'], null, sameDay),
    leaks: [],
    firstParagraphTaken: false,
  };
  try {
    const outcome = await parseArticleFile({ name: `${name}.html`, bytes });
    if (!outcome.ok) {
      score.outcome = outcome.error.code === 'internal' ? 'crash' : 'error';
      score.detail = `${outcome.error.code}: ${outcome.error.message}`;
      return score;
    }
    const article = outcome.article;
    score.f1 = wordF1(words(article.text), expectedWords);
    score.title = judge(expected['title'], article.title, sameText);
    score.byline = judge(expected['byline'], article.authors.length > 0 ? article.authors.join(', ') : null, sameByline);
    score.siteName = judge(expected['siteName'], article.outlet, sameText);
    score.publishedTime = judge(expected['publishedTime'], article.published, sameDay);
    score.leaks = CODE_TOKENS.filter((token) => article.text.includes(token) && !expectedText.includes(token));
    const extracted = extractHtml(bytes);
    if (extracted.ok) {
      const alone = normaliseArticleText(extracted.value.text);
      score.extractorF1 = wordF1(words(alone), expectedWords);
      score.firstParagraphTaken = alone.length > article.text.length;
    }
  } catch (thrown) {
    score.outcome = 'crash';
    score.detail = thrown instanceof Error ? thrown.stack ?? thrown.message : String(thrown);
  }
  return score;
}

function judge(expected: unknown, ours: string | null, same: (a: string, b: string) => boolean): Agreement {
  const want = typeof expected === 'string' && expected.trim() ? expected : null;
  return { expected: want, ours, agrees: want === null ? null : ours !== null && same(ours, want) };
}

function comparable(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function sameText(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

function sameByline(ours: string, expected: string): boolean {
  const key = (text: string): string => comparable(text).replace(/^by /, '').replace(/ and /g, ' ');
  return key(ours) === key(expected);
}

function sameDay(ours: string, expected: string): boolean {
  const day = (text: string): string | null => toIsoDate(text)?.slice(0, 10) ?? null;
  const a = day(ours);
  return a !== null && a === day(expected);
}

function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  // The Node config has no DOM lib, so say what is used of linkedom's document.
  const doc = document as unknown as { querySelectorAll(selector: string): ArrayLike<{ remove(): void }>; body: { textContent: string | null } };
  for (const element of Array.from(doc.querySelectorAll('script, style, noscript'))) element.remove();
  return doc.body.textContent ?? '';
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}

function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

main().catch((thrown: unknown) => {
  console.error(thrown);
  process.exitCode = 1;
});
