/**
 * Printing a long dossier in parts, at the same time, and putting the parts back together as one
 * PDF (issue 15). Chromium prints one document in one renderer process: two halves printed in two
 * processes at once take well under the time of the whole. What the whole would have had is kept:
 *
 * - every quote stays a link to its place: a link into another part is written as an absolute
 *   URL (PART_LINK_PREFIX + the id), which Chromium prints as a URI link with its rectangle; each
 *   part links its own targets of other parts' links once more, from a hidden element, so that
 *   Chromium writes their named destinations. The merge turns those URI links back into links to
 *   the named destinations, which it gathers from every part into one /Dests.
 * - "Page n of m" is stamped on every page of the merged PDF, where and as Chromium's footer would
 *   draw it (the parts are printed without header and footer, and without the style's own page
 *   numbers, which would count each part from 1).
 *
 * Pure: no node:*, DOM or electron (pdf-lib is plain JavaScript).
 */
import { ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, type PDFObject, PDFRef, PDFString, rgb, StandardFonts } from 'pdf-lib';
import { PDF_PAGE_NUMBER } from './print';

/** How a link into another part is written while the parts are printed; none is left in the merged PDF. */
export const PART_LINK_PREFIX = 'https://parallax.invalid/dossier-part#';

/** Added to every part's head: the style's @page page numbers would count each part from 1. */
const NO_MARGIN_BOX_PAGE_NUMBERS = '<style>@page { @bottom-center { content: none; } }</style>';

/**
 * What a part costs to print, in bytes: its bytes, and ELEMENT_BYTES more for each element. Found
 * on the 200-article dossier, where halves of as many bytes (the passages against the appendix)
 * or of as many elements took up to 1.5 times as long as each other; with 40 to 85 bytes an
 * element the two halves finished within some 0.3 s of each other.
 */
export const ELEMENT_BYTES = 60;

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>/g;
const ID = /\sid="([^"]*)"/g;
const HREF = /\shref="#([^"]*)"/g;

/** A place the body may be cut: before a child of the body, or before a child of a top-level section (whose tag is then closed and opened again). */
interface Cut {
  at: number;
  /** The weight of what comes before it (see weightOf). */
  before: number;
  /** The tag of the section the cut is in, or null at the top level. */
  section: string | null;
}

function cutsOf(body: string): { cuts: Cut[]; weight: number } {
  const cuts: Cut[] = [];
  let elements = 0;
  const open: { name: string; tag: string; children: number }[] = [];
  for (const m of body.matchAll(TAG)) {
    const [tag, closing, rawName] = m;
    const name = rawName!.toLowerCase();
    if (closing) {
      const i = open.map((o) => o.name).lastIndexOf(name);
      if (i >= 0) open.length = i;
      continue;
    }
    const parent = open.at(-1);
    const before = m.index + elements * ELEMENT_BYTES;
    if (open.length === 0) cuts.push({ at: m.index, before, section: null });
    // Not before a section's first or second child: its heading stays with what follows it.
    else if (open.length === 1 && parent!.name === 'section' && parent!.children > 1) cuts.push({ at: m.index, before, section: parent!.tag });
    if (parent) parent.children += 1;
    elements += 1;
    if (!VOID_ELEMENTS.has(name) && !tag.endsWith('/>')) open.push({ name, tag, children: 0 });
  }
  return { cuts, weight: body.length + elements * ELEMENT_BYTES };
}

const decodeAttribute = (value: string) =>
  value.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);

/**
 * The dossier's HTML as up to `count` documents of about as many elements, cut between top-level
 * elements or between the children of a top-level section, each with the whole head (and so the
 * style). Links to an id in another part point at PART_LINK_PREFIX + id (see mergePartPdfs); a
 * part holding ids that other parts link to links them once more from a hidden element. Every
 * part, even a single one, is printed without the style's @page page numbers. A document without
 * a <body> comes back whole, as the one part.
 */
export function splitDossierHtml(html: string, count: number): string[] {
  const bodyOpen = /<body\b[^>]*>/i.exec(html);
  const bodyClose = html.lastIndexOf('</body>');
  const headEnd = html.indexOf('</head>');
  if (!bodyOpen || bodyClose < 0 || headEnd < 0 || headEnd > bodyOpen.index) return [html];
  const start = bodyOpen.index + bodyOpen[0].length;
  const head = `${html.slice(0, headEnd)}${NO_MARGIN_BOX_PAGE_NUMBERS}${html.slice(headEnd, start)}`;
  const tail = html.slice(bodyClose);
  const body = html.slice(start, bodyClose);

  // Cuts nearest to 1/count, 2/count… of the body's weight, in order, none twice.
  const { cuts, weight } = cutsOf(body);
  const candidates = cuts.filter((c) => c.at > 0);
  const chosen: Cut[] = [];
  for (let k = 1; k < count; k++) {
    const target = (weight * k) / count;
    const after = chosen.at(-1)?.at ?? 0;
    let best: Cut | null = null;
    for (const c of candidates) {
      if (c.at <= after) continue;
      if (!best || Math.abs(c.before - target) < Math.abs(best.before - target)) best = c;
    }
    if (best) chosen.push(best);
  }

  const bodies = [...chosen, { at: body.length, before: weight, section: null }].map((cut, i) => {
    const from = chosen[i - 1];
    const reopen = from?.section ? from.section.replace(ID, '') : '';
    return `${reopen}${body.slice(from?.at ?? 0, cut.at)}${cut.section ? '</section>' : ''}`;
  });
  if (bodies.length === 1) return [`${head}${bodies[0]}${tail}`];

  const idsOf = bodies.map((b) => new Set([...b.matchAll(ID)].map((m) => m[1]!)));
  const partOf = new Map<string, number>();
  idsOf.forEach((ids, i) => ids.forEach((id) => partOf.has(id) || partOf.set(id, i)));
  const wanted = bodies.map(() => new Set<string>());
  const linked = bodies.map((b, i) =>
    b.replace(HREF, (whole, id: string) => {
      const home = partOf.get(id);
      if (home === undefined || home === i) return whole;
      wanted[home]!.add(id);
      return ` href="${PART_LINK_PREFIX}${encodeURIComponent(decodeAttribute(id))}"`;
    }),
  );
  return linked.map((b, i) => {
    const targets = [...wanted[i]!].map((id) => `<a href="#${id}"></a>`).join('');
    return `${head}${b}${targets ? `\n<div hidden>${targets}</div>\n` : ''}${tail}`;
  });
}

const DESTS = PDFName.of('Dests');
const ANNOTS = PDFName.of('Annots');
const A = PDFName.of('A');
const URI = PDFName.of('URI');
const DEST = PDFName.of('Dest');

function textOf(value: PDFObject | undefined): string | null {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : null;
}

/**
 * The printed parts (in order) as one PDF: the pages one after the other, every part's named
 * destinations in one /Dests, each link into another part (a URI link to PART_LINK_PREFIX + id)
 * made a link to its named destination, and "Page n of m" stamped at the foot of every page.
 * A part may be given as the promise of its bytes: each is read as soon as it is printed, while
 * the others may still be printing.
 */
export async function mergePartPdfs(parts: readonly (Uint8Array | Promise<Uint8Array>)[]): Promise<Uint8Array> {
  if (parts.length === 0) throw new Error('there is no part to merge');
  // pdf-lib waits a tick (setTimeout 0, a millisecond or more) every 50 objects unless told not to:
  // some 0.4 s of a 4 MB dossier's merge. It parses and writes at full speed here.
  const docs = await Promise.all(parts.map(async (bytes) => PDFDocument.load(await bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest })));
  const merged = docs[0]!;
  const context = merged.context;
  let dests = merged.catalog.lookupMaybe(DESTS, PDFDict);
  if (!dests) {
    dests = context.obj({});
    merged.catalog.set(DESTS, dests);
  }

  for (const doc of docs.slice(1)) {
    const copied = await merged.copyPages(doc, doc.getPageIndices());
    const pageRefs = new Map<PDFRef, PDFRef>();
    doc.getPages().forEach((page, i) => {
      pageRefs.set(page.ref, copied[i]!.ref);
      merged.addPage(copied[i]!);
    });
    const theirs = doc.catalog.lookupMaybe(DESTS, PDFDict);
    for (const [name, value] of theirs?.entries() ?? []) {
      const dest = doc.context.lookupMaybe(value, PDFArray);
      const page = dest?.get(0);
      const target = page instanceof PDFRef ? pageRefs.get(page) : undefined;
      if (!dest || !target) continue;
      // The rest of a destination (/XYZ left top zoom) is names and numbers, direct objects.
      dests.set(name, context.obj([target, ...dest.asArray().slice(1)]));
    }
  }

  for (const page of merged.getPages()) {
    const annots = page.node.lookupMaybe(ANNOTS, PDFArray);
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const annot = annots!.lookupMaybe(i, PDFDict);
      const action = annot?.lookupMaybe(A, PDFDict);
      const uri = textOf(action?.get(URI));
      if (!uri?.startsWith(PART_LINK_PREFIX)) continue;
      annot!.delete(A);
      annot!.set(DEST, PDFName.of(decodeURIComponent(uri.slice(PART_LINK_PREFIX.length))));
    }
  }

  const font = await merged.embedFont(StandardFonts.Helvetica);
  const { sizePt, baselinePt, color } = PDF_PAGE_NUMBER;
  const pages = merged.getPages();
  pages.forEach((page, i) => {
    const text = `Page ${i + 1} of ${pages.length}`;
    const x = (page.getWidth() - font.widthOfTextAtSize(text, sizePt)) / 2;
    page.drawText(text, { x, y: baselinePt, size: sizePt, font, color: rgb(color[0] / 255, color[1] / 255, color[2] / 255) });
  });
  // Without object streams: written as Chromium wrote the parts, and three times as fast.
  return merged.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Infinity });
}
