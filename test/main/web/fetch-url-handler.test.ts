import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchHandlers } from '../../helpers/fetch-handlers';
import { ARTICLE_HTML, startLocalWeb } from '../../helpers/local-web';

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

  const handlers = () => fetchHandlers();

  it('answers the parsed page, its URL the canonical address resolved against the page', async () => {
    const result = await handlers().fetchUrl({ url: `${web.base}/story` });
    if (!result.ok || !('article' in result.value)) throw new Error(JSON.stringify(result));
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
