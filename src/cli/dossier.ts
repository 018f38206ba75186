/**
 * `npm run -s cli -- dossier --format FORMAT --out PATH [--backup BACKUP.json] [--title T] [FILE...]`:
 * builds a dossier from a JSON backup (the newest version of every article, with its highlights,
 * notes and the codebook) and/or article files (parsed as `parse` does: sources, full texts and,
 * with two or more articles, comparison findings; files carry no annotations), writes it to PATH
 * and prints one line of JSON: {"out", "format", "articles", "highlights", "notes", "bytes"}.
 *
 * Exit codes: 0 written; 1 the backup or a file cannot be read or parsed, or PATH cannot be
 * written (the reason on stderr, nothing written); 2 a usage error, or a PDF without Chromium.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { displayTitle } from '@shared/article-view';
import { compareArticles } from '@shared/compare';
import { type BackupCorpus, buildExportBytes, DEFAULT_DOSSIER_OPTIONS, type DossierInput, dossierHtml, parseBackup } from '@shared/dossier';
import type { ParsedArticle } from '@shared/ingest/types';
import type { ArticleRecord, Id } from '@shared/model';
import { byDateThenTitle, latestVersions } from '@shared/dossier/select';
import { describeThrown } from '@shared/result';
import type { CliOutput } from './output';

export const DOSSIER_FORMATS = ['html', 'pdf', 'md', 'docx', 'csv', 'w3c', 'qdpx', 'json'] as const;
export type DossierFormat = (typeof DOSSIER_FORMATS)[number];

/** The articles of one file, as `parse` gives them: one, or each article of a database export (with its part). */
export type DossierParseOutcome = ({ ok: true; article: ParsedArticle } | { ok: false; error: { code: string; message: string } }) & { part?: { index: number; count: number } };

/** Where the PDF renderer looks for Chromium: PARALLAX_CHROMIUM, else Debian's. */
export const CHROMIUM_PATH = process.env['PARALLAX_CHROMIUM'] ?? '/usr/bin/chromium';

interface Args {
  format: DossierFormat;
  out: string;
  backup: string | null;
  title: string | null;
  files: string[];
}

function parseArgs(args: string[]): Args | string {
  let format: string | null = null;
  let out: string | null = null;
  let backup: string | null = null;
  let title: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const v = args[i + 1];
      i += 1;
      return v === undefined || v.startsWith('--') ? null : v;
    };
    if (arg === '--format') {
      format = value();
      if (format === null) return '--format needs one of html, pdf, md, docx, csv, w3c, qdpx, json.';
    } else if (arg === '--out') {
      out = value();
      if (out === null) return '--out needs the path of the file to write.';
    } else if (arg === '--backup') {
      backup = value();
      if (backup === null) return '--backup needs the path of a Parallax backup (.json).';
    } else if (arg === '--title') {
      title = value();
      if (title === null) return '--title needs a value.';
    } else if (arg.startsWith('--')) {
      return `Unknown option “${arg}”.`;
    } else {
      files.push(arg);
    }
  }
  if (format === null) return 'dossier needs --format (html, pdf, md, docx, csv, w3c, qdpx or json).';
  if (!(DOSSIER_FORMATS as readonly string[]).includes(format)) return `Unknown format “${format}”: use html, pdf, md, docx, csv, w3c, qdpx or json.`;
  if (out === null) return 'dossier needs --out PATH, the file to write.';
  if (backup === null && files.length === 0) return 'dossier needs a backup (--backup BACKUP.json), article FILEs, or both.';
  return { format: format as DossierFormat, out, backup, title, files };
}

function recordOf(article: ParsedArticle, id: Id, file: string, importedAt: number): ArticleRecord {
  return {
    id,
    format: article.format,
    fingerprint: article.fingerprint,
    sourceName: file.split(/[\\/]/).pop() ?? file,
    importedAt,
    length: article.text.length,
    warnings: article.warnings,
    provenance: article.provenance,
    edits: {},
    nearDuplicateIds: [],
    previousVersionId: null,
    versionKeys: [],
    lang: article.lang,
    title: article.title,
    outlet: article.outlet,
    authors: article.authors,
    published: article.published,
    dateline: article.dateline,
    agencies: article.agencies,
    url: article.url,
  };
}

function failure(message: string): CliOutput {
  return { stdout: '', stderr: `${message}\n`, exitCode: 1 };
}

export async function dossierCommand(
  args: string[],
  parse: (file: string) => Promise<DossierParseOutcome[]>,
  usage: (message: string) => CliOutput,
  now: () => Date = () => new Date(),
): Promise<CliOutput> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return usage(parsed);
  const { format, out, files } = parsed;
  if (format === 'pdf' && !existsSync(CHROMIUM_PATH)) {
    return {
      stdout: '',
      stderr:
        `A PDF dossier is printed by a browser engine: export it from the Parallax app (File › Export Dossier…), ` +
        `or install Chromium (apt-get install chromium) or point PARALLAX_CHROMIUM at a Chromium binary ` +
        `(looked for ${CHROMIUM_PATH}). Nothing was written. The same dossier as HTML prints to PDF from any browser: --format html.\n`,
      exitCode: 2,
    };
  }

  const corpus: BackupCorpus = { articles: [], articleTexts: [], tags: [], highlights: [], notes: [], collections: [], meta: [] };
  if (parsed.backup !== null) {
    const text = await readFile(parsed.backup, 'utf8').catch((thrown: unknown) => ({ failed: describeThrown(thrown) }));
    if (typeof text !== 'string') return failure(`${parsed.backup}: this backup could not be read: ${text.failed}`);
    const result = parseBackup(text);
    if (!result.ok) return failure(`${parsed.backup}: ${result.error.message}`);
    Object.assign(corpus, result.backup.corpus);
  }

  // Article files: parsed in order; the same text as an article already in hand is not added twice.
  const fromFiles: Id[] = [];
  const fingerprints = new Set(corpus.articles.map((a) => a.fingerprint));
  const importedAt = now().getTime();
  for (const [i, file] of files.entries()) {
    for (const outcome of await parse(file)) {
      const where = outcome.part ? ` (article ${outcome.part.index} of ${outcome.part.count})` : '';
      if (!outcome.ok) return failure(`${file}${where}: ${outcome.error.message} (${outcome.error.code})`);
      if (fingerprints.has(outcome.article.fingerprint)) continue;
      fingerprints.add(outcome.article.fingerprint);
      const id = outcome.part ? `file-${i + 1}-${outcome.part.index}` : `file-${i + 1}`;
      corpus.articles.push(recordOf(outcome.article, id, file, importedAt));
      corpus.articleTexts.push({ id, text: outcome.article.text, boilerplate: outcome.article.boilerplate });
      fromFiles.push(id);
    }
  }

  const createdAt = now().toISOString();
  const texts = new Map(corpus.articleTexts.map((t) => [t.id, t]));
  const records = [...latestVersions(corpus.articles.filter((a) => !fromFiles.includes(a.id))).sort(byDateThenTitle), ...corpus.articles.filter((a) => fromFiles.includes(a.id))];
  const ids = new Set(records.map((r) => r.id));
  const highlights = corpus.highlights.filter((h) => ids.has(h.articleId));
  const highlightIds = new Set(highlights.map((h) => h.id));
  const notes = corpus.notes.filter(
    (n) => (n.articleId !== null && ids.has(n.articleId)) || (n.highlightId !== null && highlightIds.has(n.highlightId)) || n.citedArticleIds.some((id) => ids.has(id)),
  );
  const articles = records.map((record) => ({ record, text: texts.get(record.id)?.text ?? '', boilerplate: texts.get(record.id)?.boilerplate ?? [] }));
  // Files bring comparison findings: every article of the dossier compared, when there are two or more.
  const comparison =
    fromFiles.length > 0 && articles.length >= 2 ? compareArticles(articles.map((a) => ({ id: a.record.id, text: a.text, title: a.record.title }))) : null;
  const input: DossierInput = {
    title: parsed.title ?? (articles.length === 1 ? displayTitle(articles[0]!.record) : 'Parallax dossier'),
    createdAt,
    articles,
    tags: corpus.tags,
    highlights,
    notes,
    comparison,
  };

  let bytes: Uint8Array;
  try {
    bytes = await build(format, input, corpus);
  } catch (thrown) {
    return failure(`The ${format} dossier could not be made: ${describeThrown(thrown)}`);
  }
  const written = await writeFile(out, bytes).catch((thrown: unknown) => describeThrown(thrown));
  if (typeof written === 'string') return failure(`${out}: the dossier could not be written: ${written}`);
  const summary = { out: resolve(out), format, articles: articles.length, highlights: highlights.length, notes: notes.length, bytes: bytes.byteLength };
  return { stdout: `${JSON.stringify(summary)}\n`, stderr: '', exitCode: 0 };
}

async function build(format: DossierFormat, input: DossierInput, corpus: BackupCorpus): Promise<Uint8Array> {
  // A file-only dossier has no backup: its JSON is the corpus made of those files.
  if (format === 'pdf') return renderPdf(dossierHtml(input, DEFAULT_DOSSIER_OPTIONS));
  return buildExportBytes(format, input, DEFAULT_DOSSIER_OPTIONS, corpus);
}

/**
 * The HTML dossier printed to PDF by headless Chromium (playwright-core), A4, with page numbers in
 * the footer (./pdf, loaded only for a PDF). The page may not load anything: every request is
 * refused, scripts are off.
 */
export async function renderPdf(html: string): Promise<Uint8Array> {
  const { printHtmlOnce } = await import('./pdf');
  return printHtmlOnce(html, CHROMIUM_PATH);
}
