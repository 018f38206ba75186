import type { FileOutcome, IngestOptions, ParsedArticle } from '@shared/ingest/types';
import type { ParseFile } from '../ingest/parser-thread';
import { type FetchedPage, fetchPage, type FetchOptions } from './fetch-page';
import { fetchError, type FetchError } from './fetch-errors';

/** A link imported: the page as fetched (its bytes are the article's snapshot) and what the ingest pipe made of it. */
export type PageImport = { ok: true; page: FetchedPage; outcome: FileOutcome } | { ok: false; error: FetchError };

/** Signs of a page that asks for a login or a subscription instead of showing the article. */
const LOGIN_WALL = /<input[^>]+type=["']?password|\b(?:sign|log)\s?in\s+to\s+(?:continue|read|see|view)|\bsubscribe\s+to\s+(?:continue|read|keep reading)|\bthis (?:article|content|story) is (?:for|only for|available to) (?:subscribers|members)/i;

/**
 * Fetches a link and runs the page through the same ingest pipe as a saved file. A fetched
 * article carries where it came from (the link, the final address, the canonical address and
 * the fetch time); its URL is the canonical address, so a later fetch of the same story by
 * another link is recognised as its newer version.
 */
export async function importPage(link: string, fetchOptions: FetchOptions, parse: ParseFile, ingestOptions: IngestOptions): Promise<PageImport> {
  const fetched = await fetchPage(link, fetchOptions);
  if (!fetched.ok) return fetched;
  const { page } = fetched;
  const outcome = await parse(page.fileName, page.bytes, { ...ingestOptions, baseUrl: page.finalUrl });
  if (!outcome.ok) {
    if (outcome.error.code === 'no-article' && page.fileName.endsWith('.html') && LOGIN_WALL.test(new TextDecoder().decode(page.bytes))) {
      return { ok: false, error: fetchError('login-wall', 'Login wall: the page asks you to sign in or subscribe, and shows no article without it.') };
    }
    if (outcome.error.code === 'no-article') return { ok: false, error: fetchError('not-an-article', `Not an article: ${outcome.error.message}`) };
    return { ok: true, page, outcome };
  }
  if ('split' in outcome) return { ok: true, page, outcome: { ...outcome, split: { ...outcome.split, articles: outcome.split.articles.map((a) => withSource(a, page)) } } };
  return { ok: true, page, outcome: { ok: true, article: { ...withSource(outcome.article, page), snapshot: page.bytes } } };
}

function withSource(article: ParsedArticle, page: FetchedPage): ParsedArticle {
  const canonicalUrl = absolute(article.url, page.finalUrl);
  const url = canonicalUrl ?? page.finalUrl;
  return {
    ...article,
    url,
    provenance: {
      ...article.provenance,
      url: canonicalUrl && article.provenance.url ? article.provenance.url : { source: 'address fetched (after redirects)', evidence: page.finalUrl },
    },
    web: { url: page.url, finalUrl: page.finalUrl, canonicalUrl, fetchedAt: page.fetchedAt, contentType: page.contentType },
  };
}

function absolute(url: string | null, base: string): string | null {
  if (!url) return null;
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}
