import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { mergePartPdfs, PART_LINK_PREFIX, splitDossierHtml } from '@shared/dossier/pdf-parts';

const HEAD = '<!doctype html><html><head><title>D</title>';
const PRINT_HEAD = `${HEAD}<style>@page { @bottom-center { content: none; } }</style></head><body>`;
const TAIL = '</body></html>';
const doc = (body: string) => `${HEAD}</head><body>${body}${TAIL}`;

describe('cutting a dossier into parts to print at the same time', () => {
  it('keeps a document of one top-level element as one part, without the style’s page numbers', () => {
    expect(splitDossierHtml(doc('<h1>Reykjavik</h1>'), 2)).toEqual([`${PRINT_HEAD}<h1>Reykjavik</h1>${TAIL}`]);
  });

  it('keeps a document without a body as it is', () => {
    expect(splitDossierHtml('<p>no body</p>', 2)).toEqual(['<p>no body</p>']);
  });

  it('cuts between two top-level sections of the same size, each part with the whole head', () => {
    const parts = splitDossierHtml(doc('<section id="a"><h2>A</h2><p>x</p></section><section id="b"><h2>B</h2><p>y</p></section>'), 2);
    expect(parts).toEqual([`${PRINT_HEAD}<section id="a"><h2>A</h2><p>x</p></section>${TAIL}`, `${PRINT_HEAD}<section id="b"><h2>B</h2><p>y</p></section>${TAIL}`]);
  });

  it('cuts a long section between its children, closing it in the first part and opening it again, without its id, in the second', () => {
    const body = '<section id="appendix"><h2>Appendix</h2><article id="a1"><p>one</p></article><article id="a2"><p>two</p></article><article id="a3"><p>three</p></article></section>';
    expect(splitDossierHtml(doc(body), 2)).toEqual([
      `${PRINT_HEAD}<section id="appendix"><h2>Appendix</h2><article id="a1"><p>one</p></article></section>${TAIL}`,
      `${PRINT_HEAD}<section><article id="a2"><p>two</p></article><article id="a3"><p>three</p></article></section>${TAIL}`,
    ]);
  });

  it('never cuts between a section’s heading and what follows it', () => {
    // Half of the elements come before the first <p>, which is where the heading "B" would be left alone.
    const parts = splitDossierHtml(doc('<section id="a"><h2>A</h2></section><section id="b"><h2>B</h2><p>1</p><p>2</p><p>3</p><p>4</p></section>'), 2);
    expect(parts.map((p) => p.slice(PRINT_HEAD.length, -TAIL.length))).toEqual([
      '<section id="a"><h2>A</h2></section><section id="b"><h2>B</h2><p>1</p></section>',
      '<section><p>2</p><p>3</p><p>4</p></section>',
    ]);
  });

  it('makes a link into the other part a part link, and links its target once more, hidden, in its own part', () => {
    const body =
      '<section id="passages"><h2>P</h2><p><a class="quote" href="#a2-p0">q</a> <a href="#passages">top</a></p></section>' +
      '<section id="appendix"><h2>A</h2><p><span class="place" id="a2-p0"></span>text <a href="#passages">back</a> <a href="#nowhere">x</a></p></section>';
    expect(splitDossierHtml(doc(body), 2)).toEqual([
      `${PRINT_HEAD}<section id="passages"><h2>P</h2><p><a class="quote" href="https://parallax.invalid/dossier-part#a2-p0">q</a> <a href="#passages">top</a></p></section>\n<div hidden><a href="#passages"></a></div>\n${TAIL}`,
      `${PRINT_HEAD}<section id="appendix"><h2>A</h2><p><span class="place" id="a2-p0"></span>text <a href="https://parallax.invalid/dossier-part#passages">back</a> <a href="#nowhere">x</a></p></section>\n<div hidden><a href="#a2-p0"></a></div>\n${TAIL}`,
    ]);
  });

  it('cuts into three parts when asked, each cut after the one before', () => {
    const parts = splitDossierHtml(doc('<section id="a"><p>1</p></section><section id="b"><p>2</p></section><section id="c"><p>3</p></section>'), 3);
    expect(parts.map((p) => p.slice(PRINT_HEAD.length, -TAIL.length))).toEqual(['<section id="a"><p>1</p></section>', '<section id="b"><p>2</p></section>', '<section id="c"><p>3</p></section>']);
  });
});

interface PartLink {
  page: number;
  uri?: string;
  dest?: string;
}

/** A PDF as Chromium prints a part: A4 pages, named destinations in the catalog's /Dests, link annotations to names or URIs. */
async function partPdf(pages: number, dests: Record<string, number>, links: PartLink[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i++) pdf.addPage([595.92, 842.88]);
  const context = pdf.context;
  const names = context.obj({});
  for (const [name, page] of Object.entries(dests)) names.set(PDFName.of(name), context.obj([pdf.getPage(page).ref, PDFName.of('XYZ'), 6, 800, 0]));
  pdf.catalog.set(PDFName.of('Dests'), context.register(names));
  for (const link of links) {
    const target = link.uri ? { A: { Type: 'Action', S: 'URI', URI: PDFString.of(link.uri) } } : { Dest: PDFName.of(link.dest!) };
    const annot = context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [48, 700, 120, 712], Border: [0, 0, 0], ...target });
    pdf.getPage(link.page).node.addAnnot(context.register(annot));
  }
  return pdf.save({ useObjectStreams: false });
}

/** Every link of the PDF as "page → where", the pages counted from 1. */
async function linksOf(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes.slice() }).promise;
  const out: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    for (const a of await (await pdf.getPage(n)).getAnnotations()) {
      if (a.subtype !== 'Link') continue;
      if (typeof a.dest === 'string') {
        const dest = await pdf.getDestination(a.dest);
        out.push(`${n} → #${a.dest} on page ${dest ? (await pdf.getPageIndex(dest[0])) + 1 : 'none'}`);
      } else out.push(`${n} → ${a.url ?? a.unsafeUrl}`);
    }
  }
  await pdf.destroy();
  return out;
}

async function textsOf(bytes: Uint8Array): Promise<{ str: string; size: number; x: number; y: number; centre: number }[][]> {
  const pdf = await getDocument({ data: bytes.slice() }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.flatMap((item) => ('str' in item && item.str ? [{ str: item.str, size: item.transform[0], x: item.transform[4], y: item.transform[5], centre: item.transform[4] + item.width / 2 }] : [])));
  }
  await pdf.destroy();
  return pages;
}

describe('merging the printed parts into one PDF', () => {
  it('puts the pages one after the other and turns every part link into a link to its place in the merged PDF', async () => {
    const first = await partPdf(2, { passages: 0 }, [
      { page: 0, dest: 'passages' },
      { page: 1, uri: `${PART_LINK_PREFIX}a2-p0` },
    ]);
    const second = await partPdf(2, { 'a2-p0': 1 }, [
      { page: 0, uri: `${PART_LINK_PREFIX}passages` },
      { page: 1, uri: 'https://example.org/article' },
      { page: 1, dest: 'a2-p0' },
    ]);
    const merged = await mergePartPdfs([first, second]);
    expect(await linksOf(merged)).toEqual([
      '1 → #passages on page 1',
      '2 → #a2-p0 on page 4',
      '3 → #passages on page 1',
      '4 → https://example.org/article',
      '4 → #a2-p0 on page 4',
    ]);
    expect(new TextDecoder('latin1').decode(merged)).not.toContain('parallax.invalid');
  });

  it('stamps "Page n of m" on every page, 6 pt, centred, 16.4 pt above the foot', async () => {
    const merged = await mergePartPdfs([await partPdf(1, {}, []), await partPdf(2, {}, [])]);
    const pages = await textsOf(merged);
    expect(pages.map((items) => items.map((i) => i.str))).toEqual([['Page 1 of 3'], ['Page 2 of 3'], ['Page 3 of 3']]);
    for (const [item] of pages) {
      expect(item!.size).toBe(6);
      expect(item!.y).toBeCloseTo(16.4, 3);
      expect(item!.centre).toBeCloseTo(595.92 / 2, 0);
    }
  });

  it('stamps the page numbers in #6b7280', async () => {
    const merged = await mergePartPdfs([await partPdf(1, {}, [])]);
    const pdf = await getDocument({ data: merged.slice() }).promise;
    const ops = await (await pdf.getPage(1)).getOperatorList();
    const fills = ops.fnArray.flatMap((fn, i) => (fn === OPS.setFillRGBColor ? [ops.argsArray[i]] : []));
    await pdf.destroy();
    expect(fills).toEqual([['#6b7280']]);
  });

  it('numbers a single part and keeps its links', async () => {
    const merged = await mergePartPdfs([await partPdf(1, { x: 0 }, [{ page: 0, dest: 'x' }])]);
    expect(await linksOf(merged)).toEqual(['1 → #x on page 1']);
    expect((await textsOf(merged)).map((items) => items.map((i) => i.str))).toEqual([['Page 1 of 1']]);
  });

  it('refuses to merge nothing', async () => {
    await expect(mergePartPdfs([])).rejects.toThrow('there is no part to merge');
  });
});
