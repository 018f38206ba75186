/**
 * HTML articles: decode the bytes, parse them with linkedom (no scripts run, no network, the
 * same in Node and in a Web Worker), read the page's declared metadata, then let Mozilla's
 * Readability find the article body and keep only its text.
 *
 * No HTML is kept: the body is plain text built from text nodes only, so nothing from a
 * hostile page (scripts, event handlers, javascript: links, iframes) can reach the UI as
 * markup. If the sanitised article HTML is ever wanted, sanitise it with DOMPurify over a
 * linkedom window before storing it.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ExtractResult, IngestOptions } from '../types';
import { decodeHtml } from './decode';
import { exportTextOf } from './export-text';
import { type DomDocument, type DomElement, type DomNode, removeAll } from './dom';
import { type Candidate, clean, cleanTitle, evidence, pickMetadata, readPageMetadata, splitAuthors } from './metadata';
import { blockText } from './text';
import { boundHtml } from './flatten';
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from '../limits';

export { decodeHtml, declaredCharset, decodeWindows1252 } from './decode';
export { blockText } from './text';
export { cleanTitle, splitAuthors } from './metadata';
export { toIsoDate } from '../iso-date';

/** Below this many words the page has no article worth comparing (a login wall, an index page). */
export const MIN_ARTICLE_WORDS = 15;
/** A body where more than this share of the words are link text is a list of links (navigation, an index), not an article. */
export const MAX_LINK_DENSITY = 0.5;

/** Removed before Readability runs, so that their text can never be chosen as content. */
const NON_CONTENT_SELECTOR = 'script, style, noscript, template, iframe, frame, frameset, object, embed, applet, link[rel~="stylesheet"]';

export function extractHtml(
  bytes: Uint8Array,
  options: IngestOptions = {},
): ExtractResult {
  const decoded = decodeHtml(bytes);
  const bounded = boundHtml(decoded.html);
  if (!bounded.ok) {
    return {
      ok: false,
      error: {
        code: 'too-large',
        message: `This page has more than ${MAX_HTML_ELEMENTS.toLocaleString('en-US')} elements; Parallax stops there (a long news page has a few thousand). Save the article alone, or as .txt.`,
      },
    };
  }
  const { document } = parseHTML(bounded.html);
  const doc = document as unknown as DomDocument;
  if (!doc.documentElement) {
    return { ok: false, error: { code: 'no-article', message: 'This HTML file has no page in it, so there is no article to read.' } };
  }

  // A database export saved as a page is read whole, for the splitter: Readability would keep one of its articles.
  const exportText = exportTextOf(decoded.html);
  if (exportText) {
    return { ok: true, value: { format: 'html', text: exportText, metadata: {}, provenance: {}, boilerplate: [], warnings: decoded.warnings, lang: null } };
  }

  // Metadata first: Readability rewrites the document, and JSON-LD lives in <script> tags removed next.
  const page = readPageMetadata(doc, options.baseUrl);
  removeAll(doc, NON_CONTENT_SELECTOR);

  const article = new Readability<DomNode>(document, { serializer: (node) => node as unknown as DomNode }).parse();
  const text = article?.content ? blockText(article.content) : '';
  const words = wordCount(text);
  if (words >= MIN_ARTICLE_WORDS && article?.content && linkWords(article.content) / words > MAX_LINK_DENSITY) {
    return {
      ok: false,
      error: {
        code: 'no-article',
        message: 'No article was found on this page: its text is mostly links, like a menu, an index or a list of headlines.',
      },
    };
  }
  if (words < MIN_ARTICLE_WORDS) {
    return {
      ok: false,
      error: {
        code: 'no-article',
        message: text
          ? 'No article was found on this page: it holds too little running text (is it an index, a login page or a cookie wall?).'
          : 'No article was found on this page: it has no running text Parallax could recognise as an article.',
      },
    };
  }

  const readabilityTitle = clean(article?.title ?? '');
  const byline = clean(article?.byline ?? '');
  const bylineAuthors = byline ? splitAuthors(byline) : [];
  const titles: Candidate<string>[] = [...page.titles];
  if (page.rawTitle) titles.push({ value: titleFromTitleElement(page.rawTitle, page.siteNames, readabilityTitle), provenance: { source: '<title>', evidence: evidence(page.rawTitle) } });
  if (readabilityTitle) titles.push({ value: readabilityTitle, provenance: { source: 'Readability title', evidence: evidence(readabilityTitle) } });
  const authors: Candidate<string[]>[] = [
    ...page.authors,
    ...(bylineAuthors.length > 0 ? [{ value: bylineAuthors, provenance: { source: 'byline', evidence: evidence(byline) } }] : []),
  ];
  const { metadata, provenance } = pickMetadata({
    title: titles,
    outlet: page.outlets,
    authors,
    published: page.published,
    url: page.urls,
  });

  return {
    ok: true,
    value: {
      format: 'html',
      text,
      metadata,
      provenance,
      boilerplate: [],
      warnings: bounded.flattened > 0 ? [...decoded.warnings, flattenedWarning(bounded.flattened)] : decoded.warnings,
      lang: page.lang ?? validLang(article?.lang),
    },
  };
}

function flattenedWarning(count: number): string {
  return `This page is nested deeper than ${MAX_HTML_DEPTH} levels; Parallax kept the text of the ${count.toLocaleString('en-US')} elements below that depth without their structure.`;
}

/**
 * The <title> without the site's name: cut where the suffix (or prefix) is a known site name;
 * otherwise Readability's reading of the same <title> when that only drops a trailing
 * " | Section" (its rule keeps enough words); otherwise the whole <title>.
 */
function titleFromTitleElement(rawTitle: string, siteNames: string[], readabilityTitle: string): string {
  const cleaned = cleanTitle(rawTitle, siteNames);
  if (cleaned !== rawTitle) return cleaned;
  if (readabilityTitle && readabilityTitle.length >= 3 && rawTitle.startsWith(readabilityTitle)) return readabilityTitle;
  return rawTitle;
}

function linkWords(content: DomNode): number {
  const root = content as DomElement;
  if (typeof root.querySelectorAll !== 'function') return 0;
  return Array.from(root.querySelectorAll('a')).reduce((sum, link) => sum + wordCount(link.textContent ?? ''), 0);
}

/** Words, counting each Chinese or Japanese character as one, since those scripts do not space words. */
function wordCount(text: string): number {
  return text.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[^\s\p{P}\p{S}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+/gu)?.length ?? 0;
}

function validLang(lang: string | null | undefined): string | null {
  const tag = (lang ?? '').trim();
  return /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(tag) ? tag : null;
}
