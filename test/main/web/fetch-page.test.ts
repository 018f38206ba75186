import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFile } from '@shared/ingest';
import { fetchPage, type FetchOptions } from '../../../src/main/web/fetch-page';
import { importPage } from '../../../src/main/web/import-page';
import { userAgent } from '../../../src/main/web/limits';
import { ARTICLE_HTML, closedPort, startLocalWeb } from '../../helpers/local-web';

const MB = 1024 * 1024;
const options: FetchOptions = { maxBytes: MB, userAgent: userAgent('9.9.9'), timeoutMs: 1_000, now: () => new Date('2026-12-03T10:00:00Z') };
const parse = (name: string, bytes: Uint8Array) => parseFile({ name, bytes });
const EXPORT = readFileSync(resolve(import.meta.dirname, '../../fixtures/exports/rules/factiva-3.txt'));

describe('fetching a link', () => {
  let web: Awaited<ReturnType<typeof startLocalWeb>>;
  beforeAll(async () => {
    web = await startLocalWeb({
      '/news/harbour-vote': (_q, r) => r.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(ARTICLE_HTML(`${web.base}/canonical/harbour-vote`)),
      '/short': (_q, r) => r.writeHead(302, { Location: '/news/harbour-vote' }).end(),
      '/loop': (_q, r) => r.writeHead(302, { Location: '/loop' }).end(),
      '/to-file': (_q, r) => r.writeHead(301, { Location: 'file:///etc/passwd' }).end(),
      '/slow': () => undefined, // never answers
      '/huge': (_q, r) => r.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': String(5 * MB) }).end(),
      '/huge-stream': (_q, r) => {
        r.writeHead(200, { 'Content-Type': 'text/html' });
        const chunk = 'x'.repeat(64 * 1024);
        let sent = 0;
        const pump = () => {
          while (sent < 4 * MB && r.write(chunk)) sent += chunk.length;
          if (sent < 4 * MB) r.once('drain', pump);
          else r.end();
        };
        pump();
      },
      '/members': (_q, r) => r.writeHead(401, { 'Content-Type': 'text/html' }).end('<h1>Sign in</h1>'),
      '/forbidden': (_q, r) => r.writeHead(403, { 'Content-Type': 'text/html' }).end('<h1>No</h1>'),
      '/paywall': (_q, r) =>
        r.writeHead(200, { 'Content-Type': 'text/html' }).end('<html><body><h1>Harbour vote passes</h1><p>Subscribe to continue reading.</p><form><input type="email"><input type="password"></form></body></html>'),
      '/photo.png': (_q, r) => r.writeHead(200, { 'Content-Type': 'image/png' }).end(new Uint8Array([0x89, 0x50, 0x4e, 0x47])),
      '/export.txt': (_q, r) => r.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' }).end(EXPORT),
    });
  });
  afterAll(async () => {
    await web.close();
  });

  it('fetches a page with a readable User-Agent and imports it with its canonical address and fetch time', async () => {
    const imported = await importPage(`${web.base}/short`, options, parse, {});
    if (!imported.ok) throw new Error(imported.error.message);
    expect(web.seen.at(-1)?.headers['user-agent']).toBe('Parallax/9.9.9 (research workbench; fetches one article a person asked for)');
    expect(imported.page).toMatchObject({ url: `${web.base}/short`, finalUrl: `${web.base}/news/harbour-vote`, fileName: 'harbour-vote.html', contentType: 'text/html' });
    const outcome = imported.outcome;
    if (!outcome.ok || !('article' in outcome)) throw new Error('not one article');
    expect(outcome.article.title).toBe('Harbour vote passes');
    expect(outcome.article.url).toBe(`${web.base}/canonical/harbour-vote`);
    expect(outcome.article.web).toEqual({
      url: `${web.base}/short`,
      finalUrl: `${web.base}/news/harbour-vote`,
      canonicalUrl: `${web.base}/canonical/harbour-vote`,
      fetchedAt: '2026-12-03T10:00:00.000Z',
      contentType: 'text/html',
    });
    // The snapshot is the bytes the server sent, carried with the article to be stored beside it.
    expect(new TextDecoder().decode(imported.page.bytes)).toBe(ARTICLE_HTML(`${web.base}/canonical/harbour-vote`));
    expect(outcome.article.snapshot).toEqual(imported.page.bytes);
  });

  it('splits a database export given as a link like a saved one', async () => {
    const imported = await importPage(`${web.base}/export.txt`, options, parse, {});
    expect(imported.ok && imported.outcome.ok && 'split' in imported.outcome && imported.outcome.split.articles.length).toBe(3);
  });

  it.each([
    ['/missing', 'not-found', /^Not found: the site has no page at this address \(404 Not Found\)\.$/],
    ['/members', 'login-wall', /^Login wall: the site asks you to sign in/],
    ['/forbidden', 'refused', /^Refused: the site would not give Parallax the page \(403 Forbidden\)\.$/],
    ['/photo.png', 'not-an-article', /^Not an article: the link gives an image \(image\/png\)\.$/],
    ['/huge', 'too-large', /^Too large: the page is 5\.0 MB, over the 1\.0 MB limit/],
    ['/huge-stream', 'too-large', /^Too large: the page is over the 1\.0 MB limit/],
    ['/loop', 'too-many-redirects', /redirected more than 5 times/],
    ['/to-file', 'bad-url', /redirected to a file: address/],
    ['/slow', 'timed-out', /^The site did not answer within 1 seconds\.$/],
  ])('says in words why %s cannot be imported', async (path, code, message) => {
    const result = await fetchPage(`${web.base}${path}`, options);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(message);
    }
  });

  it('names a page that shows a login form instead of the article a login wall', async () => {
    const imported = await importPage(`${web.base}/paywall`, options, parse, {});
    expect(imported).toEqual({ ok: false, error: { code: 'login-wall', message: 'Login wall: the page asks you to sign in or subscribe, and shows no article without it.' } });
  });

  it('says a server that refuses the connection refused it', async () => {
    const result = await fetchPage(`http://127.0.0.1:${await closedPort()}/news`, options);
    expect(result).toMatchObject({ ok: false, error: { code: 'refused' } });
    if (!result.ok) expect(result.error.message).toMatch(/^Refused: nothing at 127\.0\.0\.1:\d+ accepts connections/);
  });

  it('fetches nothing but http and https', async () => {
    for (const link of ['file:///etc/passwd', 'javascript:alert(1)', 'ftp://example.org/a.txt']) {
      expect(await fetchPage(link, options)).toMatchObject({ ok: false, error: { code: 'bad-url' } });
    }
    expect(await fetchPage('not a link', options)).toMatchObject({ ok: false, error: { code: 'bad-url', message: '“not a link” is not a web address.' } });
  });
});
