import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFile } from '@shared/ingest';
import { createHandlers } from '../../../src/main/handlers';
import { ARTICLE_HTML, startLocalWeb } from '../../helpers/local-web';

const unused = async () => {
  throw new Error('not in this test');
};

describe('the fetchUrl channel', () => {
  let web: Awaited<ReturnType<typeof startLocalWeb>>;
  beforeAll(async () => {
    web = await startLocalWeb({
      '/story': (_q, r) => r.writeHead(200, { 'Content-Type': 'text/html' }).end(ARTICLE_HTML('/canonical/story')),
      '/big': (_q, r) => r.writeHead(200, { 'Content-Type': 'text/html' }).end('<p>' + 'x'.repeat(4096) + '</p>'),
    });
  });
  afterAll(async () => {
    await web.close();
  });

  const handlers = () =>
    createHandlers({
      appInfo: { name: 'Parallax', version: '1.2.3', mode: 'electron', platform: 'linux' },
      parse: (name, bytes, options) => parseFile({ name, bytes }, options),
      seedsDir: '/nonexistent',
      showOpenDialog: unused,
      showSaveDialog: unused,
      showOpenBackupDialog: unused,
      printToPdf: unused,
      backupsDir: '/nonexistent',
    });

  it('answers the parsed page, its URL the canonical address resolved against the page', async () => {
    const result = await handlers().fetchUrl({ url: `${web.base}/story` });
    if (!result.ok || !result.value.ok || !('article' in result.value)) throw new Error(JSON.stringify(result));
    expect(result.value.article.url).toBe(`${web.base}/canonical/story`);
    expect(result.value.article.web?.finalUrl).toBe(`${web.base}/story`);
    expect(web.seen.at(-1)?.headers['user-agent']).toMatch(/^Parallax\/1\.2\.3 /);
  });

  it('applies the size limit from Preferences to the page', async () => {
    const result = await handlers().fetchUrl({ url: `${web.base}/big`, options: { maxBytes: 1024 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('refuses a request without a link', async () => {
    expect(await handlers().fetchUrl({} as { url: string })).toMatchObject({ ok: false });
  });
});

describe('a story fetched again by another link', () => {
  it('is recognised by its canonical address as the newer version of the one stored', async () => {
    const { freshDb } = await import('../../renderer/db/test-db');
    const { addParsedArticles } = await import('../../../src/renderer/src/db/add-articles');
    const page = (body: string) =>
      `<html><head><title>Harbour vote passes</title><link rel="canonical" href="/2024/05/harbour-vote"></head><body><article><h1>Harbour vote passes</h1><p>${body}</p></article></body></html>`;
    const web = await startLocalWeb({
      '/amp/harbour-vote': (_q, r) => r.writeHead(200, { 'Content-Type': 'text/html' }).end(page('The council of Port Ellis voted on Sunday night to widen the old harbour, ending a dispute of six years.')),
      '/news/harbour-vote': (_q, r) =>
        r.writeHead(200, { 'Content-Type': 'text/html' }).end(page('The council of Port Ellis voted on Sunday night to widen the old harbour, ending a dispute of six years. Work starts in spring.')),
    });
    const db = freshDb();
    try {
      const handlers = createHandlers({
        appInfo: { name: 'Parallax', version: '1', mode: 'electron', platform: 'linux' },
        parse: (name, bytes, options) => parseFile({ name, bytes }, options),
        seedsDir: '/nonexistent',
        showOpenDialog: unused,
        showSaveDialog: unused,
        showOpenBackupDialog: unused,
        printToPdf: unused,
        backupsDir: '/nonexistent',
      });
      const first = await handlers.fetchUrl({ url: `${web.base}/amp/harbour-vote` });
      const second = await handlers.fetchUrl({ url: `${web.base}/news/harbour-vote?utm_source=feed` });
      const articleOf = (r: typeof first) => {
        if (!r.ok || !r.value.ok || !('article' in r.value)) throw new Error(JSON.stringify(r));
        return r.value.article;
      };
      const [a] = await addParsedArticles(db, [{ parsed: articleOf(first), sourceName: 'amp' }]);
      const [b] = await addParsedArticles(db, [{ parsed: articleOf(second), sourceName: 'news' }]);
      expect(a?.status).toBe('added');
      expect(b).toMatchObject({ status: 'new-version', previous: { sourceName: 'amp' } });
    } finally {
      await db.delete();
      await web.close();
    }
  });
});
