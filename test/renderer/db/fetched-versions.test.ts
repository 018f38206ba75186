import { describe, expect, it } from 'vitest';
import { fetchHandlers } from '../../helpers/fetch-handlers';
import { addParsedArticles } from '../../../src/renderer/src/db/add-articles';
import { startLocalWeb } from '../../helpers/local-web';
import { freshDb } from './test-db';

describe('a story fetched again by another link', () => {
  it('is recognised by its canonical address as the newer version of the one stored', async () => {
    const page = (body: string) =>
      `<html><head><title>Harbour vote passes</title><link rel="canonical" href="/2024/05/harbour-vote"></head><body><article><h1>Harbour vote passes</h1><p>${body}</p></article></body></html>`;
    const web = await startLocalWeb({
      '/amp/harbour-vote': (_q, r) => r.writeHead(200, { 'Content-Type': 'text/html' }).end(page('The council of Port Ellis voted on Sunday night to widen the old harbour, ending a dispute of six years.')),
      '/news/harbour-vote': (_q, r) =>
        r.writeHead(200, { 'Content-Type': 'text/html' }).end(page('The council of Port Ellis voted on Sunday night to widen the old harbour, ending a dispute of six years. Work starts in spring.')),
    });
    const db = freshDb();
    try {
      const handlers = fetchHandlers();
      const first = await handlers.fetchUrl({ url: `${web.base}/amp/harbour-vote` });
      const second = await handlers.fetchUrl({ url: `${web.base}/news/harbour-vote?utm_source=feed` });
      const articleOf = (r: typeof first) => {
        if (!r.ok || !('article' in r.value)) throw new Error(JSON.stringify(r));
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
