import { readFile, stat } from 'node:fs/promises';
import { tooLargeError } from '@shared/ingest/errors';
import type { FileOutcome, IngestOptions, ParsedArticle } from '@shared/ingest/types';
import { describeThrown } from '@shared/result';
import { cliParser } from './parser';
import { importPage } from '../main/web/import-page';
import { userAgent } from '../main/web/limits';
import packageJson from '../../package.json' with { type: 'json' };

/** Where an article split out of an export stood in it. */
export interface CliPart {
  index: number;
  count: number;
}

/** One entry of `parse`'s output: an article found in `file`, or why one (or the whole file) could not be read. */
/** For a link: the link and where it led after redirects. */
interface CliWeb {
  url?: string;
  finalUrl?: string;
}

export type ParseEntry =
  | ({ file: string; part?: CliPart; ok: true; article: CliArticle } & CliWeb)
  | ({ file: string; part?: CliPart; ok: false; error: { code: string; message: string } } & CliWeb);

const WEB_LINK = /^https?:\/\//i;

/** The article as the CLI prints it: the documented fields first, in a stable order. */
export type CliArticle = Pick<
  ParsedArticle,
  'title' | 'outlet' | 'authors' | 'published' | 'dateline' | 'agencies' | 'format' | 'text' | 'fingerprint' | 'warnings'
> &
  Pick<ParsedArticle, 'url' | 'lang' | 'provenance' | 'boilerplate'>;

/**
 * Every article a file holds, in order: one for an article file, one per article for a
 * database export (each with its `part`, the ones that could not be taken as failed entries
 * with theirs), or one failed entry for a file that cannot be read at all.
 */
export async function parseEntries(file: string, maxBytes: number, password?: string): Promise<ParseEntry[]> {
  if (WEB_LINK.test(file)) return linkEntries(file, maxBytes);
  const info = await stat(file).catch((thrown: unknown) => describeThrown(thrown));
  if (typeof info === 'string') {
    return [{ file, ok: false, error: { code: 'read-failed', message: `This file could not be opened: ${info}` } }];
  }
  if (info.isDirectory()) {
    return [{ file, ok: false, error: { code: 'read-failed', message: 'This is a folder; name the files inside it.' } }];
  }
  if (info.size > maxBytes) return [{ file, ok: false, error: tooLargeError(info.size, maxBytes) }];
  const bytes = new Uint8Array(await readFile(file));
  const outcome = await cliParser().parse(file, bytes, { maxBytes, ...(password ? { password } : {}) });
  return entriesOf(file, outcome);
}

/** A link: fetched as the desktop app fetches it (src/main/web), then the same pipe as a file. */
async function linkEntries(link: string, maxBytes: number): Promise<ParseEntry[]> {
  const parse = (name: string, bytes: Uint8Array, options: IngestOptions) => cliParser().parse(name, bytes, options);
  const imported = await importPage(link, { maxBytes, userAgent: userAgent(packageJson.version) }, parse, { maxBytes });
  if (!imported.ok) return [{ file: link, url: link, ok: false, error: imported.error }];
  const web = { url: imported.page.url, finalUrl: imported.page.finalUrl };
  return entriesOf(link, imported.outcome).map((entry) => ({ ...entry, ...web }));
}

function entriesOf(file: string, outcome: FileOutcome): ParseEntry[] {
  if (!outcome.ok) return [{ file, ok: false, error: outcome.error }];
  if ('article' in outcome) return [{ file, ok: true, article: cliArticle(outcome.article) }];
  const entries: ParseEntry[] = [
    ...outcome.split.articles.map((article): ParseEntry & { at: number } => ({
      at: article.part?.index ?? 0,
      file,
      part: { index: article.part?.index ?? 0, count: article.part?.count ?? 0 },
      ok: true,
      article: cliArticle(article),
    })),
    ...outcome.split.skipped.map((skipped): ParseEntry & { at: number } => ({
      at: skipped.index,
      file,
      part: { index: skipped.index, count: skipped.count },
      ok: false,
      error: skipped.error,
    })),
  ]
    .sort((a, b) => a.at - b.at)
    .map(({ at: _at, ...entry }) => entry);
  return entries;
}

function cliArticle(a: ParsedArticle): CliArticle {
  return {
    title: a.title,
    outlet: a.outlet,
    authors: a.authors,
    published: a.published,
    dateline: a.dateline,
    agencies: a.agencies,
    format: a.format,
    text: a.text,
    fingerprint: a.fingerprint,
    warnings: a.warnings,
    url: a.url,
    lang: a.lang,
    provenance: a.provenance,
    boilerplate: a.boilerplate,
  };
}
