import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFile, type FileOutcome, type ParsedArticle, type SkippedPart } from '@shared/ingest';

const EXPORTS = resolve(import.meta.dirname, '../../../fixtures/exports');

export function exportBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(EXPORTS, path)));
}

export function exportText(path: string): string {
  return readFileSync(resolve(EXPORTS, path), 'utf8');
}

export function parseExport(path: string): Promise<FileOutcome> {
  return parseFile({ name: path.split('/').pop()!, bytes: exportBytes(path) });
}

/** The articles and skipped parts of an export that must split; fails the test if it did not. */
export async function splitOf(path: string): Promise<{ layoutName: string; count: number; articles: ParsedArticle[]; skipped: SkippedPart[] }> {
  const outcome = await parseExport(path);
  if (!outcome.ok) throw new Error(`${path} failed: ${outcome.error.message}`);
  if (!('split' in outcome)) throw new Error(`${path} was read as one article`);
  return outcome.split;
}

/** The fields a person checks on each article, in a form a test can compare. */
export function summary(article: ParsedArticle): Record<string, unknown> {
  return {
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    authors: article.authors,
    part: article.part ? `${article.part.index} of ${article.part.count}` : null,
  };
}
