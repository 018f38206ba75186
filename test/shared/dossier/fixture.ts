/**
 * A small annotated corpus for the dossier tests: three seed articles (parsed by the real
 * importer), a codebook with a hierarchy, highlights (two of them overlapping, one orphan), notes
 * with bold text and span links to two articles, and the articles' comparison. Plus a hostile
 * article whose text and metadata try every way into a page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compareArticles } from '@shared/compare';
import { parseArticleFile, type ParsedArticle } from '@shared/ingest';
import type { ArticleRecord, HighlightRecord, NoteRecord, SpanCitation, TagRecord } from '@shared/model';
import type { DossierArticle, DossierInput } from '@shared/dossier';
import { lexical, lexicalNodes, selectorsOf } from '../../helpers/dossier-records';

export { lexical, lexicalNodes, selectorsOf };

const SEEDS = resolve(import.meta.dirname, '../../../seeds');
export const SEED_FILES = ['000_d1152bbe736e7740.txt', '001_c7b545009d58353a.txt', '002_6c188231047a0d29.txt'];

const T0 = Date.UTC(2024, 4, 1, 9, 0, 0);

export function recordOf(parsed: ParsedArticle, id: string, sourceName: string, importedAt = T0): ArticleRecord {
  return {
    id,
    format: parsed.format,
    fingerprint: parsed.fingerprint,
    sourceName,
    importedAt,
    length: parsed.text.length,
    warnings: [...parsed.warnings],
    provenance: parsed.provenance,
    edits: {},
    nearDuplicateIds: [],
    previousVersionId: null,
    versionKeys: [],
    lang: parsed.lang,
    title: parsed.title,
    outlet: parsed.outlet,
    authors: parsed.authors,
    published: parsed.published,
    dateline: parsed.dateline,
    agencies: parsed.agencies,
    url: parsed.url,
  };
}

export async function parseSeed(name: string): Promise<ParsedArticle> {
  const outcome = await parseArticleFile({ name, bytes: new Uint8Array(readFileSync(resolve(SEEDS, name))) });
  if (!outcome.ok) throw new Error(`${name}: ${outcome.error.message}`);
  return outcome.article;
}

function span(article: DossierArticle, words: string): { start: number; end: number } {
  const start = article.text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in ${article.record.id}`);
  return { start, end: start + words.length };
}

export function highlight(article: DossierArticle, id: string, words: string, tagIds: string[], time = T0 + 1000): HighlightRecord {
  const { start, end } = span(article, words);
  return { id, articleId: article.record.id, start, end, selectors: selectorsOf(article.text, start, end), tagIds, anchorStatus: 'anchored', createdAt: time, updatedAt: time };
}

export function citation(article: DossierArticle, words: string, sourceLabel: string, highlightId: string | null = null): SpanCitation {
  const { start, end } = span(article, words);
  return { articleId: article.record.id, start, end, selectors: selectorsOf(article.text, start, end), quote: words, sourceLabel, highlightId };
}

const { text, paragraph, spanLink } = lexicalNodes;

export function tag(id: string, name: string, parentId: string | null, order: number, color = '#e4572e'): TagRecord {
  return { id, name, color, description: '', parentId, order, createdAt: T0 };
}

export async function fixtureCorpus(): Promise<DossierInput> {
  const parsed = await Promise.all(SEED_FILES.map(parseSeed));
  const articles: DossierArticle[] = parsed.map((p, i) => ({ record: recordOf(p, `art-${i + 1}`, SEED_FILES[i]!), text: p.text, boilerplate: p.boilerplate }));
  const [a1, a2, a3] = articles as [DossierArticle, DossierArticle, DossierArticle];
  a2.record.edits = { outlet: 'EFE' };

  const tags: TagRecord[] = [
    tag('t-frame', 'Framing', null, 1, '#3a86ff'),
    tag('t-conflict', 'Conflict', 't-frame', 2, '#e4572e'),
    tag('t-coop', 'Cooperation', 't-frame', 1, '#2d6a4f'),
    tag('t-actors', 'Actors', null, 0, '#8338ec'),
    tag('t-unused', 'Unused', null, 5),
  ];

  const highlights: HighlightRecord[] = [
    highlight(a1, 'h-01', 'If Russia acts aggressively against us, our partners, our allies we will respond', ['t-conflict']),
    // Overlaps h-01: the threat and who said it.
    highlight(a1, 'h-02', 'our allies we will respond," Blinken said', ['t-actors']),
    highlight(a1, 'h-03', 'should work together to make the world safer', ['t-coop', 't-actors']),
    highlight(a2, 'h-04', 'there are many areas where our interests intersect and overlap', ['t-coop']),
    highlight(a3, 'h-05', '"serious differences"', ['t-conflict']),
    highlight(a3, 'h-06', 'business-like and productive', []),
  ];
  // A passage the current text no longer holds (after a newer version came in).
  highlights.push({ ...highlight(a2, 'h-07', 'no secret that we have our differences', ['t-conflict']), anchorStatus: 'orphan', start: 99999, end: 100010 });

  const c1 = citation(a1, 'the world safer', 'DW, 19 May 2021', 'h-03');
  const c3 = citation(a3, 'greatly diverge', 'RFE/RL');
  const notes: NoteRecord[] = [
    {
      id: 'n-1',
      content: lexical(paragraph(text('Both sides '), text('stress', 1), text(' cooperation: '), spanLink(c1), text(' against '), spanLink(c3), text('.'))),
      plainText: 'Both sides stress cooperation: “the world safer” (DW, 19 May 2021) against “greatly diverge” (RFE/RL).',
      articleId: 'art-1',
      highlightId: null,
      citedArticleIds: ['art-1', 'art-3'],
      createdAt: T0 + 5000,
      updatedAt: T0 + 6000,
    },
    {
      id: 'n-2',
      content: lexical(paragraph(text('The threat is '), text('conditional', 2), text('.'))),
      plainText: 'The threat is conditional.',
      articleId: 'art-1',
      highlightId: 'h-01',
      citedArticleIds: [],
      createdAt: T0 + 7000,
      updatedAt: T0 + 7000,
    },
  ];

  const comparison = compareArticles(articles.map((a) => ({ id: a.record.id, text: a.text, title: a.record.title })));
  return { title: 'Reykjavik, May 2021', createdAt: '2024-05-02T12:00:00.000Z', articles, tags, highlights, notes, comparison };
}

/** An article whose text and metadata carry script tags, event handlers and javascript: links. */
export function hostileArticle(): DossierArticle {
  const body = [
    'Breaking <script>alert("text")</script> news from <img src=x onerror="alert(1)"> the summit.',
    'Click <a href="javascript:alert(2)">here</a> or javascript:alert(3) for more; see [link](javascript:alert(4)).',
    '<svg onload=alert(5)></svg> "quoted" & \'single\' </p></body><style>body{display:none}</style>',
    '# Not a heading * not a list _ not emphasis | not a table',
  ].join('\n');
  const record: ArticleRecord = {
    id: 'evil"><script>alert(6)</script>',
    format: 'html',
    fingerprint: 'evil-fingerprint',
    sourceName: '<img src=x onerror=alert(7)>.html',
    importedAt: T0,
    length: body.length,
    warnings: [],
    provenance: {},
    edits: {},
    nearDuplicateIds: [],
    previousVersionId: null,
    versionKeys: [],
    lang: 'en',
    title: '<script>alert("title")</script><b onmouseover=alert(8)>Title</b>',
    outlet: '<a href="javascript:alert(9)">Outlet</a>',
    authors: ['<img src=x onerror=alert(10)>'],
    published: '2021-05-19',
    dateline: null,
    agencies: ['<svg/onload=alert(11)>'],
    url: 'javascript:alert(12)',
  };
  return { record, text: body };
}

export function hostileInput(): DossierInput {
  const article = hostileArticle();
  const h1 = highlight(article, 'h-evil"onmouseover="alert(13)', '<script>alert("text")</script>', ['t-evil']);
  const h2 = highlight(article, 'h-evil-2', 'javascript:alert(3)', ['t-evil']);
  const c = citation(article, 'onerror="alert(1)"', '<script>alert(14)</script>');
  return {
    title: '<script>alert("dossier")</script>',
    createdAt: '2024-05-02T12:00:00.000Z',
    articles: [article],
    tags: [{ ...tag('t-evil', '<img src=x onerror=alert(15)>', null, 0), color: 'red;background:url(javascript:alert(16))', description: '<script>alert(17)</script>' }],
    highlights: [h1, h2],
    notes: [
      {
        id: 'n-evil',
        content: lexical(
          paragraph(
            text('<script>alert(18)</script>', 1),
            { type: 'link', version: 1, url: 'javascript:alert(19)', children: [text('click')] },
            { type: 'link', version: 1, url: 'https://example.org/ok', children: [text('fine')] },
            spanLink(c),
          ),
        ),
        plainText: 'evil',
        articleId: article.record.id,
        highlightId: h1.id,
        citedArticleIds: [article.record.id],
        createdAt: T0,
        updatedAt: T0,
      },
    ],
    comparison: null,
  };
}
