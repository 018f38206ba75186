/**
 * The Word dossier: a real .docx (a zip with word/document.xml that a strict XML parser accepts),
 * holding the headings, the quotes with their sources, links from quotes and citations to
 * bookmarks in the appendix, highlighted runs, page numbers, and a hostile article's markup as
 * escaped text.
 */
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { describe as describeSpan } from '../../../src/shared/anchoring';
import { compareArticles } from '../../../src/shared/compare';
import { parseArticleFile } from '../../../src/shared/ingest';
import { bookmarkName, dossierDocx } from '../../../src/shared/dossier/docx';
import { ALL_SECTIONS, type DossierInput } from '../../../src/shared/dossier/types';
import { plainRecord } from '../../helpers/dossier-records';
import type { ArticleRecord, HighlightRecord, NoteRecord, SpanCitation, TagRecord } from '../../../src/shared/model';

function record(id: string, title: string, outlet: string, text: string): ArticleRecord {
  return plainRecord(id, title, outlet, text, { url: 'javascript:alert(1)' });
}

function tag(id: string, name: string, parentId: string | null, color: string): TagRecord {
  return { id, name, color, description: '', parentId, order: 0, createdAt: 0 };
}

function highlight(id: string, articleId: string, text: string, quote: string, tagIds: string[]): HighlightRecord {
  const start = text.indexOf(quote);
  const end = start + quote.length;
  return { id, articleId, start, end, selectors: describeSpan(text, start, end), tagIds, anchorStatus: 'anchored', createdAt: 0, updatedAt: 0 };
}

function citation(articleId: string, text: string, quote: string): SpanCitation {
  const start = text.indexOf(quote);
  return { articleId, start, end: start + quote.length, selectors: describeSpan(text, start, start + quote.length), quote, sourceLabel: 'Reuters', highlightId: null };
}

function note(id: string, children: unknown[], articleId: string | null): NoteRecord {
  return {
    id,
    content: JSON.stringify({ root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children }] } }),
    plainText: 'note',
    articleId,
    highlightId: null,
    citedArticleIds: [],
    createdAt: Date.UTC(2024, 0, 1),
    updatedAt: Date.UTC(2024, 0, 2),
  };
}

const TEXT_A = 'Top US and Russian diplomats urged dialog.\n\nLavrov spoke of “serious differences” with Washington.\n\nBlinken said they would cooperate where they can.';
const TEXT_H = 'Intro <script>alert("x")</script> & <img src=x onerror=steal()> then a control\u0001char.\n\nSecond paragraph 😀 with cooperation.';

function fixture(): DossierInput {
  const tags = [tag('t1', 'Framing', null, '#3f86ee'), tag('t2', 'Conflict', 't1', '#e2504a'), tag('t3', 'Cooperation <b>&</b>', 't1', '#4cb255')];
  const highlights = [
    highlight('h1', 'a', TEXT_A, 'serious differences', ['t2']),
    highlight('h2', 'a', TEXT_A, 'Lavrov spoke of “serious differences” with Washington', ['t1']),
    highlight('h3', 'a', TEXT_A, 'cooperate where they can', ['t3']),
    highlight('h4', 'h', TEXT_H, '<script>alert("x")</script>', ['t2']),
    highlight('h5', 'h', TEXT_H, 'with cooperation', ['t3']),
  ];
  const notes = [
    note('n1', [{ type: 'text', text: 'Bold claim: ', format: 1 }, { type: 'span-link', version: 1, citation: citation('a', TEXT_A, 'urged dialog') }, { type: 'link', url: 'javascript:alert(2)', children: [{ type: 'text', text: 'bad link' }] }], 'a'),
  ];
  const articles = [
    { record: record('a', 'Top US and Russian diplomats urge dialog', 'Reuters', TEXT_A), text: TEXT_A },
    { record: record('h', '<script>alert(1)</script> Hostile "headline"', 'Evil & Co', TEXT_H), text: TEXT_H },
  ];
  return {
    title: 'Reykjavik <dossier> & co',
    createdAt: '2024-02-01T12:00:00.000Z',
    articles,
    tags,
    highlights,
    notes,
    comparison: compareArticles(articles.map((a) => ({ id: a.record.id, text: a.text, title: a.record.title }))),
  };
}

/** word/document.xml parsed strictly: every paragraph's text, hyperlink anchors, bookmark names, shaded runs. */
function readDocument(xml: string) {
  const parser = new SaxesParser({ xmlns: true });
  const paragraphs: string[] = [];
  const anchors: string[] = [];
  const bookmarks: string[] = [];
  const shaded: string[] = [];
  let paragraph: string | null = null;
  let inText = false;
  let run = { text: '', shaded: false };
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const attr = (name: string) => Object.values(tag.attributes).find((a) => a.local === name)?.value;
    if (tag.name === 'w:p') paragraph = '';
    if (tag.name === 'w:r') run = { text: '', shaded: false };
    if (tag.name === 'w:shd' && attr('fill') && attr('fill') !== 'E8EAEE') run.shaded = true;
    if (tag.name === 'w:t') inText = true;
    if (tag.name === 'w:hyperlink' && attr('anchor')) anchors.push(attr('anchor')!);
    if (tag.name === 'w:bookmarkStart') bookmarks.push(attr('name')!);
  });
  parser.on('text', (text) => {
    if (!inText) return;
    run.text += text;
    if (paragraph !== null) paragraph += text;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:t') inText = false;
    if (tag.name === 'w:r' && run.shaded) shaded.push(run.text);
    if (tag.name === 'w:p' && paragraph !== null) {
      paragraphs.push(paragraph);
      paragraph = null;
    }
  });
  parser.write(xml).close();
  return { paragraphs, anchors, bookmarks, shaded };
}

async function build(input = fixture(), sections = ALL_SECTIONS) {
  const bytes = await dossierDocx(input, { sections });
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']!);
  return { bytes, files, xml, doc: readDocument(xml) };
}

describe('dossierDocx', () => {
  it('is a .docx: a zip with the Word parts, returned as a Uint8Array', async () => {
    const { bytes, files } = await build();
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']));
  });

  it('opens in another reader: Parallax’s own .docx importer (mammoth) reads its text back', async () => {
    const { bytes } = await build();
    const outcome = await parseArticleFile({ name: 'dossier.docx', bytes });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.article.text).toContain('Lavrov spoke of “serious differences” with Washington.');
    expect(outcome.article.text).toContain('Intro <script>alert("x")</script>');
  });

  it('holds the cover, the sources, the tag path headings and each quote with its outlet and date', async () => {
    const { doc, files } = await build();
    const text = doc.paragraphs;
    expect(text).toContain('Reykjavik <dossier> & co');
    expect(text).toContain('Prepared 1 February 2024');
    for (const heading of ['Sources', 'Passages by tag', 'Framing', 'Framing › Conflict', 'Framing › Cooperation <b>&</b>', 'Notes', 'Comparison', 'Appendix: the articles in full']) {
      expect(text.some((p) => p.endsWith(heading)), heading).toBe(true);
    }
    expect(text).toContain('“serious differences” — Reuters, 19 May 2021 · Top US and Russian diplomats urge dialog');
    expect(text).toContain('“cooperate where they can” — Reuters, 19 May 2021 · Top US and Russian diplomats urge dialog');
    // Passages come in codebook order: Framing, then Conflict, then Cooperation.
    const at = (s: string) => text.findIndex((p) => p.endsWith(s));
    expect(at('Framing')).toBeLessThan(at('Framing › Conflict'));
    expect(at('Framing › Conflict')).toBeLessThan(at('Framing › Cooperation <b>&</b>'));
    // The note: bold words, the citation as quoted words and source; the javascript: link stays text.
    expect(text).toContain('Bold claim: “urged dialog” (Reuters, 19 May 2021)bad link');
    expect(strFromU8(files['word/_rels/document.xml.rels']!)).not.toContain('javascript:');
    // Page numbers in the footer.
    const footer = Object.keys(files).find((n) => /^word\/footer\d*\.xml$/.test(n))!;
    expect(strFromU8(files[footer]!)).toMatch(/PAGE/);
  });

  it('links quotes, citations and sources to bookmarks in the appendix, and shades the highlights there', async () => {
    const { doc } = await build();
    expect(doc.anchors.length).toBeGreaterThan(5);
    for (const anchor of doc.anchors) expect(doc.bookmarks, anchor).toContain(anchor);
    for (const name of doc.bookmarks) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,39}$/);
    const input = fixture();
    expect(doc.bookmarks).toContain(bookmarkName('a1'));
    expect(doc.bookmarks).toContain(bookmarkName(`a1-p${input.highlights[0]!.start}`));
    // The appendix holds each article's full text, its highlighted words in shaded runs.
    expect(doc.paragraphs).toContain('Lavrov spoke of “serious differences” with Washington.');
    expect(doc.shaded).toEqual(expect.arrayContaining(['serious differences', 'cooperate where they can', '<script>alert("x")</script>', 'with cooperation']));
  });

  it('writes a hostile article as escaped text, never markup, and drops characters XML cannot hold', async () => {
    const { xml, doc, files } = await build();
    expect(xml).toContain('&lt;script&gt;alert(');
    expect(xml).toContain('&lt;img src=x onerror=steal()&gt;');
    expect(xml).not.toMatch(/<script|<img/);
    expect(xml).not.toContain('\u0001');
    expect(doc.paragraphs).toContain('Intro <script>alert("x")</script> & <img src=x onerror=steal()> then a control\uFFFDchar.');
    expect(doc.paragraphs).toContain('Second paragraph 😀 with cooperation.');
    expect(doc.paragraphs.some((p) => p.includes('<script>alert(1)</script> Hostile "headline"'))).toBe(true);
    // The unsafe URL is shown as text, never as a link target.
    for (const [name, data] of Object.entries(files)) if (name.endsWith('.rels')) expect(strFromU8(data)).not.toContain('javascript:');
  });

  it('leaves out the sections switched off, and links nowhere without an appendix', async () => {
    const { doc } = await build(fixture(), { ...ALL_SECTIONS, comparison: false, appendix: false, notes: false });
    expect(doc.paragraphs.some((p) => p.includes('Appendix'))).toBe(false);
    expect(doc.paragraphs.some((p) => p.endsWith('Comparison'))).toBe(false);
    expect(doc.anchors).toEqual([]);
    expect(doc.paragraphs).toContain('“serious differences” — Reuters, 19 May 2021 · Top US and Russian diplomats urge dialog');
    const cover = await build(fixture(), { cover: true, sources: false, passages: false, notes: false, comparison: false, appendix: false });
    expect(cover.doc.paragraphs.filter((p) => p !== '')).toEqual(['Reykjavik <dossier> & co', 'Prepared 1 February 2024', '2 articles · 5 highlights · 1 note', 'Exported from Parallax.']);
  });

  it('makes a document for an empty corpus', async () => {
    const { doc } = await build({ title: 'Empty', createdAt: '2024-02-01T12:00:00.000Z', articles: [], tags: [], highlights: [], notes: [] });
    expect(doc.paragraphs).toContain('Empty');
    expect(doc.paragraphs).toContain('No highlights.');
  });
});
