import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '@shared/ingest';
import { boundHtml } from '@shared/ingest/html/flatten';
import { boundMarkdown } from '@shared/ingest/markdown/flatten';
import { MAX_HTML_DEPTH, MAX_MARKDOWN_DEPTH } from '@shared/ingest/limits';
import { nestedHtml, nestedMarkdown } from '../../helpers/hostile-corpus';

const ARTICLE = 'Foreign ministers met in Reykjavik on Wednesday for talks that both sides called frank and useful. '.repeat(8);

function deepArticle(depth: number): Uint8Array {
  return strToU8(`<html><head><title>Deep report</title></head><body>${'<div>'.repeat(depth)}<p>${ARTICLE}</p>${'</div>'.repeat(depth)}</body></html>`);
}

describe('HTML nested past the depth limit', () => {
  it('keeps every tag of a page within the limit', () => {
    const html = `<body>${'<div>'.repeat(MAX_HTML_DEPTH - 1)}x${'</div>'.repeat(MAX_HTML_DEPTH - 1)}</body>`;
    expect(boundHtml(html)).toEqual({ ok: true, html, flattened: 0 });
  });

  it('drops only the tags past the limit and keeps their words', () => {
    const bounded = boundHtml('<div><div><div><b>deep</b> words</div></div></div>', 2);
    expect(bounded).toEqual({ ok: true, html: '<div><div>  deep  words </div></div>', flattened: 2 });
  });

  it('does not count unclosed paragraphs, list items or void elements as depth', () => {
    const html = `<body>${'<p>para <br><img src=x>'.repeat(1000)}${'<li>item'.repeat(1000)}</body>`;
    expect(boundHtml(html, 10)).toMatchObject({ flattened: 0 });
  });

  it('does not read tags inside scripts, styles or comments', () => {
    const html = `<body><script>${'<div>'.repeat(50)}</script><!-- ${'<div>'.repeat(50)} --><p>x</p></body>`;
    expect(boundHtml(html, 5)).toEqual({ ok: true, html, flattened: 0 });
  });

  it.each([1_000, 10_000, 100_000])('imports the article of a page nested %i deep, with a warning in words', async (depth) => {
    const outcome = await parseArticleFile({ name: 'deep.html', bytes: deepArticle(depth) });
    expect(outcome.ok && outcome.article.text).toContain('Foreign ministers met in Reykjavik');
    expect(outcome.ok && outcome.article.warnings.join(' ')).toContain(`This page is nested deeper than ${MAX_HTML_DEPTH} levels`);
  });

  it('answers a page of nested empty divs with a reason, not a stack overflow', async () => {
    const outcome = await parseArticleFile({ name: 'nested.html', bytes: nestedHtml(100_000) });
    expect(!outcome.ok && outcome.error.code).toBe('no-article');
  });

  it('refuses a page with more elements than the limit, in words', async () => {
    const outcome = await parseArticleFile({ name: 'wide.html', bytes: strToU8(`<body>${'<i></i>'.repeat(300_001)}</body>`) });
    expect(!outcome.ok && outcome.error.message).toBe(
      'This page has more than 300,000 elements; Parallax stops there (a long news page has a few thousand). Save the article alone, or as .txt.',
    );
  });
});

describe('Markdown nested past the depth limit', () => {
  it('leaves ordinary nesting alone', () => {
    const source = '> quote\n> > inner\n\n- a\n  - b\n    1. c\n';
    expect(boundMarkdown(source)).toEqual({ text: source, flattenedLines: 0 });
  });

  it('drops the markers past the limit and keeps the words', () => {
    expect(boundMarkdown('> > > > deep words', 2)).toEqual({ text: '> >  deep words', flattenedLines: 1 });
  });

  it.each([1_000, 10_000, 100_000])('imports a file nested %i deep with its words and a warning', async (depth) => {
    const outcome = await parseArticleFile({ name: 'deep.md', bytes: nestedMarkdown(depth) });
    expect(outcome.ok && outcome.article.text).toContain('Deep inside a quote.');
    expect(outcome.ok && outcome.article.text).toContain('Deep inside a list.');
    expect(outcome.ok && outcome.article.warnings.join(' ')).toContain(`deeper than ${MAX_MARKDOWN_DEPTH} levels`);
  });
});
