import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '@shared/ingest';
import { extractHtml } from '@shared/ingest/html';

const fixtures = resolve(import.meta.dirname, '../../../fixtures/ingest/html');
const fixture = (name: string): Uint8Array => readFileSync(resolve(fixtures, name));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function extracted(bytes: Uint8Array) {
  const result = extractHtml(bytes);
  if (!result.ok) throw new Error(`expected an article, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

const PARAGRAPHS = Array.from(
  { length: 4 },
  (_, i) => `<p>Paragraph ${i + 1} of the report says the harbour authority spent the winter repairing the bridge deck and its railings after the storm.</p>`,
).join('\n');

describe('extractHtml on a news page', () => {
  const doc = extracted(fixture('news-article.html'));

  it('keeps the article paragraphs, headings, quotes and list items as plain paragraphs', () => {
    expect(doc.text).toMatch(/^The harbour bridge reopened to traffic on Thursday morning/);
    expect(doc.text).toContain('\n\nRepairs cost more than expected\n\n');
    expect(doc.text).toContain('"We could not reopen the bridge until we were certain it was safe for heavy vehicles," said');
    expect(doc.text).toContain('\n\nCars and buses may use the bridge from today.\n\nLorries over 12 tonnes');
    expect(doc.text.endsWith('the council added.')).toBe(true);
  });

  it('leaves navigation, ads, related links, comments and the footer out of the text', () => {
    for (const furniture of ['Subscribe today', 'SPONSORED', 'FerryDeals', 'Related stories', 'Ferry operators add', 'Grumpy_commuter42', 'Post comment', 'All rights reserved']) {
      expect(doc.text).not.toContain(furniture);
    }
  });

  it('never lets script or style text into the body', () => {
    for (const code of ['dataLayer', 'gtag', 'function', 'font-family', 'display:none', 'addEventListener', 'window.']) {
      expect(doc.text).not.toContain(code);
    }
  });

  it('reads title, outlet, authors, date and canonical URL from the page with their provenance', () => {
    expect(doc.metadata).toEqual({
      title: 'Harbour bridge reopens after storm repairs',
      outlet: 'The Coastal Ledger',
      authors: ['Maria Jensen', 'Tom Okafor'],
      published: '2024-03-14T09:30:00+01:00',
      url: 'https://ledger.example/news/harbour-bridge-reopens',
    });
    expect(doc.provenance.title).toEqual({ source: 'JSON-LD headline', evidence: 'Harbour bridge reopens after storm repairs' });
    expect(doc.provenance.outlet?.source).toBe('<meta property=og:site_name>');
    expect(doc.provenance.published).toEqual({ source: '<meta property=article:published_time>', evidence: '2024-03-14T09:30:00+0100' });
    expect(doc.provenance.url?.source).toBe('<link rel=canonical>');
    expect(doc.lang).toBe('en-GB');
  });

  it('goes through parseArticleFile with the page metadata winning over the prose', async () => {
    const outcome = await parseArticleFile({ name: 'story.html', bytes: fixture('news-article.html') });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.article.format).toBe('html');
    expect(outcome.article.title).toBe('Harbour bridge reopens after storm repairs');
    expect(outcome.article.provenance.title?.source).toBe('JSON-LD headline');
    expect(outcome.article.authors).toEqual(['Maria Jensen', 'Tom Okafor']);
    expect(outcome.article.text).toContain('Engineers from the regional roads authority');
  });
});

describe('extractHtml metadata fallbacks', () => {
  const page = (head: string, body = PARAGRAPHS, htmlAttributes = ''): Uint8Array =>
    utf8(`<!doctype html><html ${htmlAttributes}><head>${head}</head><body><article>${body}</article></body></html>`);

  it('takes the <title> without a " | Site" suffix when the suffix is the site name', () => {
    const doc = extracted(page('<title>Bridge reopens after repairs | Coastal Ledger</title><meta name="application-name" content="Coastal Ledger">'));
    expect(doc.metadata.title).toBe('Bridge reopens after repairs');
    expect(doc.provenance.title).toEqual({ source: '<title>', evidence: 'Bridge reopens after repairs | Coastal Ledger' });
    expect(doc.metadata.outlet).toBe('Coastal Ledger');
  });

  it('keeps a " - Part" suffix that is not the site name', () => {
    const doc = extracted(page('<title>Bridge inquiry - Part two of our investigation</title><meta property="og:site_name" content="Coastal Ledger">'));
    expect(doc.metadata.title).toBe('Bridge inquiry - Part two of our investigation');
  });

  it('prefers og:title over twitter:title and the <title>', () => {
    const doc = extracted(page('<title>Other | Site</title><meta name="twitter:title" content="Twitter title"><meta property="og:title" content="OG title">'));
    expect(doc.metadata.title).toBe('OG title');
    expect(doc.provenance.title?.source).toBe('<meta property=og:title>');
  });

  it('splits a "By A and B" byline found in the page into authors', () => {
    const doc = extracted(page('<title>A story about a bridge</title>', `<p class="byline">By Ana Lima and Joe Bloggs</p>${PARAGRAPHS}`));
    expect(doc.metadata.authors).toEqual(['Ana Lima', 'Joe Bloggs']);
    expect(doc.provenance.authors).toEqual({ source: 'byline', evidence: 'By Ana Lima and Joe Bloggs' });
  });

  it('ignores an article:author that is a profile URL and uses the meta author', () => {
    const doc = extracted(page('<meta property="article:author" content="https://facebook.com/someone"><meta name="author" content="Ana Lima">'));
    expect(doc.metadata.authors).toEqual(['Ana Lima']);
    expect(doc.provenance.authors?.source).toBe('<meta name=author>');
  });

  it('normalises dates from <time datetime> and meta date to ISO 8601', () => {
    expect(extracted(page('', `<time datetime="2023-11-02 18:05">2 Nov</time>${PARAGRAPHS}`)).metadata.published).toBe('2023-11-02T18:05:00');
    expect(extracted(page('<meta name="date" content="Thu, 02 Nov 2023 18:05:00 GMT">')).metadata.published).toBe('2023-11-02T18:05:00.000Z');
    expect(extracted(page('<meta name="dc.date" content="2023-11-02">')).metadata.published).toBe('2023-11-02');
  });

  it('uses og:url when there is no canonical link and drops URLs that are not absolute http(s)', () => {
    expect(extracted(page('<meta property="og:url" content="https://news.example/a">')).metadata.url).toBe('https://news.example/a');
    expect(extracted(page('<link rel="canonical" href="/relative/path">')).metadata.url).toBeUndefined();
  });

  it('picks the JSON-LD article out of an @graph and reads its publisher as the outlet', () => {
    const jsonLd = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Not the article' },
        { '@type': 'NewsArticle', headline: 'Graph headline &amp; more', author: { '@type': 'Person', name: 'Ana Lima' }, publisher: { name: 'Graph Times' }, datePublished: '2022-01-05T10:00:00Z' },
      ],
    });
    const doc = extracted(page(`<script type="application/ld+json">${jsonLd}</script>`));
    expect(doc.metadata).toMatchObject({ title: 'Graph headline & more', outlet: 'Graph Times', authors: ['Ana Lima'], published: '2022-01-05T10:00:00Z' });
    expect(doc.provenance.outlet?.source).toBe('JSON-LD publisher.name');
  });

  it('decodes every named HTML entity a page leaves in JSON-LD, and leaves an ampersand that starts none', () => {
    const jsonLd = JSON.stringify({ '@type': 'NewsArticle', headline: 'Caf&eacute; owners&rsquo; strike &mdash; AT&T &amp; r&eacute;gion&hellip;', author: { name: 'Ren&eacute;e Dub&ccedil;ek' } });
    const doc = extracted(page(`<script type="application/ld+json">${jsonLd}</script>`));
    expect(doc.metadata.title).toBe('Café owners’ strike — AT&T & région…');
    expect(doc.metadata.authors).toEqual(['Renée Dubçek']);
  });

  it('turns an entity-escaped tag in JSON-LD into nothing, never into markup', () => {
    const jsonLd = JSON.stringify({ '@type': 'NewsArticle', headline: 'Harbour talks &lt;script&gt;alert(1)&lt;/script&gt;resume' });
    const doc = extracted(page(`<script type="application/ld+json">${jsonLd}</script>`));
    expect(doc.metadata.title).toBe('Harbour talks resume');
  });

  it('survives JSON-LD that is not valid JSON', () => {
    const doc = extracted(page('<script type="application/ld+json">{ "headline": "broken", </script><title>Fallback title here</title>'));
    expect(doc.metadata.title).toBe('Fallback title here');
  });

  it('reads <html lang> and ignores a malformed one', () => {
    expect(extracted(page('', PARAGRAPHS, 'lang="de-AT"')).lang).toBe('de-AT');
    expect(extracted(page('', PARAGRAPHS, 'lang="<script>"')).lang).toBeNull();
  });
});

describe('extractHtml on a hostile page', () => {
  it('runs none of its code and produces no markup or script text', async () => {
    const globals = globalThis as Record<string, unknown>;
    delete globals['__parallaxPwned'];
    const bytes = fixture('hostile.html');
    const doc = extracted(bytes);
    const outcome = await parseArticleFile({ name: 'hostile.html', bytes });
    expect(globals['__parallaxPwned']).toBeUndefined();
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    // Everything the page supplied (not our own provenance labels such as "<meta property=og:title>").
    const everything = JSON.stringify([
      doc.text,
      doc.metadata,
      Object.values(doc.provenance).map((found) => found?.evidence),
      outcome.article.text,
      outcome.article.title,
      doc.warnings,
    ]);
    for (const bad of ['<', '>', 'script', 'onerror', 'onload', 'onclick', 'javascript:', '__parallaxPwned', 'STYLE TEXT', 'SVG TEXT', 'IFRAME FALLBACK', 'OBJECT FALLBACK', 'NOSCRIPT', 'INJECTED']) {
      expect(everything).not.toContain(bad);
    }
    expect(doc.text).toContain('Read the statement on the council website.');
    expect(doc.metadata.title).toBe('Council budget vote delayed');
  });

  it('keeps markup the page shows as escaped text as literal words, never as elements', () => {
    const doc = extracted(utf8(`<html><body><article>${PARAGRAPHS}<p>The agenda printed &lt;b&gt;bold&lt;/b&gt; by mistake.</p></article></body></html>`));
    expect(doc.text).toContain('The agenda printed <b>bold</b> by mistake.');
  });
});

describe('extractHtml refuses pages with no article', () => {
  it.each([
    ['a page of navigation and a login form', 'no-article.html'],
    ['a page that is a list of headline links', 'link-list.html'],
  ])('refuses %s with the no-article code and a sentence', (_label, name) => {
    const result = extractHtml(fixture(name));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('no-article');
    expect(result.error.message).toMatch(/^No article was found on this page: .{20,}\.$/);
  });

  it('refuses an HTML file with no body text at all', async () => {
    const outcome = await parseArticleFile({ name: 'empty.html', bytes: utf8('<html><head><title>Nothing</title></head><body></body></html>') });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'no-article' } });
  });
});

describe('extractHtml text shape', () => {
  it('keeps <br> as a line break and <pre> lines as they were', () => {
    const doc = extracted(utf8(`<html><body><article>${PARAGRAPHS}<p>First line<br>second line</p><pre>  indented code\n    more</pre></article></body></html>`));
    expect(doc.text).toContain('First line\nsecond line');
    expect(doc.text).toContain('  indented code\n    more');
  });

  it('collapses the white space of the source inside a paragraph', () => {
    const doc = extracted(utf8(`<html><body><article>${PARAGRAPHS}<p>Spread\n   over\tlines   here</p></article></body></html>`));
    expect(doc.text).toContain('\n\nSpread over lines here');
  });
});
