import { decodeHTMLStrict } from 'entities';
import type { ArticleMetadata, MetadataField, Provenance, ProvenanceMap } from '../types';
import { toIsoDate } from '../iso-date';
import type { DomDocument } from './dom';

/** One value found in the page, with where it was found. */
export interface Candidate<T> {
  value: T;
  provenance: Provenance;
}

/** What the page's own structure says about the article, before the body is extracted. */
export interface PageMetadata {
  /** Titles the page declares for the article (JSON-LD, Dublin Core, Open Graph, Twitter), best first. */
  titles: Candidate<string>[];
  /** The <title> element's text, white space collapsed ('' when there is none). */
  rawTitle: string;
  siteNames: string[];
  outlets: Candidate<string>[];
  authors: Candidate<string[]>[];
  published: Candidate<string>[];
  urls: Candidate<string>[];
  lang: string | null;
}

const EVIDENCE_LIMIT = 200;

/** The words a value was read from, short, as plain text (no markup even if the page put some there). */
export function evidence(text: string): string {
  const plain = clean(text);
  return plain.length > EVIDENCE_LIMIT ? `${plain.slice(0, EVIDENCE_LIMIT - 1)}…` : plain;
}

function candidate<T>(value: T, source: string, raw: string): Candidate<T> {
  return { value, provenance: { source, evidence: evidence(raw) } };
}

/** Reads meta tags, JSON-LD, <title>, <time>, canonical link and <html lang>. Call before anything mutates the document. */
/** `baseUrl`: where the page was fetched from, so that a relative canonical link can be read; none for a saved file. */
export function readPageMetadata(doc: DomDocument, baseUrl?: string): PageMetadata {
  const metas = readMetaTags(doc);
  const meta = (...keys: string[]): { key: string; tag: string; value: string }[] =>
    keys.flatMap((key) => (metas.get(key) ?? []).map((found) => ({ key, ...found })));
  const jsonLd = readJsonLd(doc);

  const outlets: Candidate<string>[] = [
    ...meta('og:site_name').map((m) => candidate(m.value, m.tag, m.value)),
    ...jsonLd.flatMap((item) => nameOf(item['publisher']).map((name) => candidate(name, 'JSON-LD publisher.name', name))),
    ...meta('application-name').map((m) => candidate(m.value, m.tag, m.value)),
  ].filter((c) => c.value.length > 0);

  const siteNames = outlets.map((o) => o.value);
  const rawTitle = clean(doc.querySelector('title')?.textContent ?? '');
    // Readability's order, which its test pages were judged by: JSON-LD, Dublin Core, Open Graph,
  // Twitter. These are taken as the page gives them: only <title> (see index.ts) loses a site suffix.
  const titles: Candidate<string>[] = [
    ...jsonLd.flatMap((item) => jsonLdTitle(item, cleanTitle(rawTitle, siteNames)).map((title) => candidate(title.value, title.source, title.value))),
    ...meta('dc:title', 'dc.title', 'dcterm:title', 'dcterms:title', 'dcterms.title', 'og:title', 'twitter:title').map((m) => candidate(m.value, m.tag, m.value)),
  ].filter((c) => c.value.length > 0);

  // Readability's order again: JSON-LD, Dublin Core, then the plain author tags.
  const authors: Candidate<string[]>[] = [
    ...jsonLd.flatMap((item) => {
      const names = nameOf(item['author']).filter((name) => !looksLikeUrl(name));
      return names.length > 0 ? [candidate(names.flatMap(splitAuthors), 'JSON-LD author', names.join(', '))] : [];
    }),
    ...meta('dc:creator', 'dc.creator', 'dcterm:creator', 'dcterms:creator', 'dcterms.creator', 'author', 'parsely-author', 'sailthru.author')
      .map((m) => candidate(splitAuthors(m.value), m.tag, m.value)),
    ...meta('article:author')
      .filter((m) => !looksLikeUrl(m.value))
      .map((m) => candidate(splitAuthors(m.value), m.tag, m.value)),
  ].filter((c) => c.value.length > 0);

  const published: Candidate<string>[] = [];
  const addDate = (raw: string, source: string): void => {
    const iso = toIsoDate(raw);
    if (iso) published.push(candidate(iso, source, raw));
  };
  for (const m of meta('article:published_time', 'og:published_time', 'article:published')) addDate(m.value, m.tag);
  for (const item of jsonLd) for (const raw of stringsOf(item['datePublished'])) addDate(raw, 'JSON-LD datePublished');
  for (const m of meta('date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued', 'datepublished', 'sailthru.date', 'parsely-pub-date')) {
    addDate(m.value, m.tag);
  }
  for (const time of Array.from(doc.querySelectorAll('time[datetime]'))) {
    const raw = time.getAttribute('datetime') ?? '';
    const marked = time.hasAttribute('pubdate') || /datePublished/i.test(time.getAttribute('itemprop') ?? '');
    const iso = toIsoDate(raw);
    if (!iso) continue;
    const found = candidate(iso, marked ? '<time pubdate datetime>' : '<time datetime>', raw);
    if (marked) published.unshift(found);
    else published.push(found);
    if (!marked) break;
  }

  const urls: Candidate<string>[] = [];
  for (const link of Array.from(doc.querySelectorAll('link[rel][href]'))) {
    if (!/(?:^|\s)canonical(?:\s|$)/i.test(link.getAttribute('rel') ?? '')) continue;
    const href = absoluteUrl(link.getAttribute('href') ?? '', baseUrl);
    if (href) urls.push(candidate(href, '<link rel=canonical>', link.getAttribute('href') ?? ''));
  }
  for (const m of meta('og:url')) {
    const href = absoluteUrl(m.value, baseUrl);
    if (href) urls.push(candidate(href, m.tag, m.value));
  }
  for (const item of jsonLd) {
    for (const raw of stringsOf(item['url'])) {
      const href = absoluteUrl(raw, baseUrl);
      if (href) urls.push(candidate(href, 'JSON-LD url', raw));
    }
  }

  const langAttr = doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang') ?? '';
  const lang = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(langAttr.trim()) ? langAttr.trim() : null;

  return { titles, rawTitle, siteNames, outlets, authors, published, urls, lang };
}

/** Picks the first candidate of each field into metadata plus provenance. */
export function pickMetadata(fields: Partial<Record<MetadataField, Candidate<unknown>[]>>): {
  metadata: Partial<ArticleMetadata>;
  provenance: ProvenanceMap;
} {
  const metadata: Record<string, unknown> = {};
  const provenance: ProvenanceMap = {};
  for (const [field, candidates] of Object.entries(fields) as [MetadataField, Candidate<unknown>[]][]) {
    const first = candidates[0];
    if (!first) continue;
    metadata[field] = first.value;
    provenance[field] = first.provenance;
  }
  return { metadata: metadata as Partial<ArticleMetadata>, provenance };
}

/** meta name/property/itemprop (lower-cased; space-separated properties each count) to their contents. */
function readMetaTags(doc: DomDocument): Map<string, { tag: string; value: string }[]> {
  const found = new Map<string, { tag: string; value: string }[]>();
  // property= (RDFa, Open Graph) before name=, as Readability does.
  for (const attribute of ['property', 'name', 'itemprop']) {
    for (const element of Array.from(doc.querySelectorAll('meta[content]'))) {
      const value = clean(element.getAttribute('content') ?? '');
      if (!value) continue;
      const keys = (element.getAttribute(attribute) ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      for (const key of keys) {
        const list = found.get(key) ?? [];
        list.push({ tag: `<meta ${attribute}=${key}>`, value });
        found.set(key, list);
      }
    }
  }
  return found;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicExpertsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|ScholarlyArticle|TechArticle|APIReference)$/;

/** The article objects in the page's JSON-LD blocks, articles of the most specific kind first. */
function readJsonLd(doc: DomDocument): JsonObject[] {
  const articles: JsonObject[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (!/^\s*application\/ld\+json\s*$/i.test(script.getAttribute('type') ?? '')) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    const queue: unknown[] = [parsed];
    for (let i = 0; i < queue.length && i < 500; i++) {
      const item = queue[i];
      if (Array.isArray(item)) {
        queue.push(...item);
      } else if (isObject(item)) {
        if (Array.isArray(item['@graph'])) queue.push(...item['@graph']);
        const types = stringsOf(item['@type']);
        if (types.some((type) => ARTICLE_TYPES.test(type))) articles.push(item);
      }
    }
  }
  return articles;
}

/**
 * A JSON-LD article's title. When its name and headline differ (Wikipedia puts a description
 * in headline; some news sites put the site's name in name), Readability's rule: the headline
 * if it matches the page's <title> and the name does not, else the name.
 */
function jsonLdTitle(item: JsonObject, pageTitle: string): { value: string; source: string }[] {
  const headline = stringsOf(item['headline'])[0];
  const name = stringsOf(item['name'])[0];
  if (headline && name && headline !== name) {
    const headlineMatches = textSimilarity(headline, pageTitle) > 0.75;
    const nameMatches = textSimilarity(name, pageTitle) > 0.75;
    return headlineMatches && !nameMatches ? [{ value: headline, source: 'JSON-LD headline' }] : [{ value: name, source: 'JSON-LD name' }];
  }
  if (headline) return [{ value: headline, source: 'JSON-LD headline' }];
  if (name) return [{ value: name, source: 'JSON-LD name' }];
  return [];
}

/** How much of b (by characters of its words) a covers: 1 when every word of b is in a. */
function textSimilarity(a: string, b: string): number {
  const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const inA = new Set(wordsOf(a));
  const wordsB = wordsOf(b);
  if (wordsB.length === 0) return 0;
  const missing = wordsB.filter((word) => !inA.has(word));
  return 1 - missing.join(' ').length / wordsB.join(' ').length;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [clean(decodeHTMLStrict(value))].filter(Boolean);
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  return [];
}

/** Names from a JSON-LD person/organisation value: a string, an object with name, or a list of either. */
function nameOf(value: unknown): string[] {
  if (typeof value === 'string') return stringsOf(value);
  if (Array.isArray(value)) return value.flatMap(nameOf);
  if (isObject(value)) return stringsOf(value['name']);
  return [];
}


/**
 * Metadata values are plain text: markup a page smuggles into a meta tag or JSON-LD
 * (`content="Title<script>..."`) is dropped, script and style bodies with it.
 */
export function clean(text: string): string {
  return text
    .replace(/<(script|style|noscript|template|iframe|object|svg)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
    .replace(/<\/?[a-z!][^>]*>?/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function looksLikeUrl(text: string): boolean {
  return /^(?:https?:)?\/\//i.test(text.trim()) || /^www\./i.test(text.trim());
}

function absoluteUrl(raw: string, baseUrl?: string): string | null {
  try {
    const url = new URL(raw.trim(), baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const TITLE_SEPARATOR = /\s+(?:\||-|–|—|::|·|•|»|\/)\s+/;

/** "Headline | Site" or "Headline - Site" loses its suffix (or "Site | Headline" its prefix) when that part is the site's name. */
export function cleanTitle(title: string, siteNames: string[]): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const sites = siteNames.map(comparable).filter(Boolean);
  const isSite = (part: string): boolean => {
    const key = comparable(part);
    return key.length > 0 && sites.some((site) => site === key || site.startsWith(key + ' ') || key.startsWith(site + ' '));
  };
  const separators = title.match(new RegExp(TITLE_SEPARATOR.source, 'g')) ?? [];
  const last = parts[parts.length - 1] ?? '';
  if (isSite(last)) {
    const cut = title.lastIndexOf(separators[separators.length - 1] ?? '');
    if (cut > 0) return title.slice(0, cut).trim();
  }
  const first = parts[0] ?? '';
  if (isSite(first)) {
    const cut = title.indexOf(separators[0] ?? '') + (separators[0] ?? '').length;
    if (cut < title.length) return title.slice(cut).trim();
  }
  return title;
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * "By A and B", "A, B & C" → ["A", "B", "C"]. Trailing roles ("A, Staff Writer") are not
 * recognised; a person can correct them.
 */
export function splitAuthors(raw: string): string[] {
  const text = clean(raw)
    .replace(/^(?:written\s+)?by\s*[:\s]\s*/i, '')
    .replace(/^(?:author|authors|posted by)\s*:\s*/i, '');
  if (!text) return [];
  return text
    .split(/\s*[,;&]\s*|\s+and\s+/i)
    .map((name) => name.replace(/^by\s+/i, '').trim())
    .filter((name) => name.length > 0 && name.length <= 100 && !looksLikeUrl(name));
}
