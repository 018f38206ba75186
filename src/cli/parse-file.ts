import { readFile, stat } from 'node:fs/promises';
import { parseFile } from '@shared/ingest';
import { tooLargeError } from '@shared/ingest/errors';
import type { IngestError, ParsedArticle } from '@shared/ingest/types';
import { describeThrown } from '@shared/result';

/** Where an article split out of an export stood in it. */
export interface CliPart {
  index: number;
  count: number;
}

/** One entry of `parse`'s output: an article found in `file`, or why one (or the whole file) could not be read. */
export type ParseEntry =
  | { file: string; part?: CliPart; ok: true; article: CliArticle }
  | { file: string; part?: CliPart; ok: false; error: IngestError };

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
  const info = await stat(file).catch((thrown: unknown) => describeThrown(thrown));
  if (typeof info === 'string') {
    return [{ file, ok: false, error: { code: 'read-failed', message: `This file could not be opened: ${info}` } }];
  }
  if (info.isDirectory()) {
    return [{ file, ok: false, error: { code: 'read-failed', message: 'This is a folder; name the files inside it.' } }];
  }
  if (info.size > maxBytes) return [{ file, ok: false, error: tooLargeError(info.size, maxBytes) }];
  const bytes = new Uint8Array(await readFile(file));
  const outcome = await parseFile({ name: file, bytes }, { maxBytes, ...(password ? { password } : {}) });
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
