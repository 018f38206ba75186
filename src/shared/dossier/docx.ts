/**
 * The dossier as a Word document, written with the `docx` library (never hand-written XML). It
 * renders the same view model as the HTML and Markdown dossiers (buildDossierView): a cover, the
 * sources table, passages grouped by tag in codebook order (each quote with its outlet and date
 * and a link to its place in the appendix), notes (span links as the quoted words and their
 * source, linked to the appendix), comparison findings, and an appendix with every article's full
 * text, its highlights shaded in their tags' colours and bookmarked where each quote starts.
 *
 * Internal links are Word bookmarks: the view's place ids (`a3-p120`) with `_` for `-`, as Word
 * allows only letters, digits and underscores in bookmark names. A page number in every footer.
 *
 * Pure: no node:*, DOM or electron. `Packer.pack(…, 'uint8array')` gives the same bytes in Node
 * and in a browser (`toBuffer` needs Node's Buffer, `toBlob` a browser's Blob).
 */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  type IRunOptions,
  InternalHyperlink,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Id } from '../model';
import { hexColour, tint, xmlSafe } from './docx-text';
import type { Block, Inline } from './lexical';
import { resolveCitation } from './notes';
import { passageWords, type Passage, type TagPassages } from './passages';
import { collapseWhitespace, safeLinkUrl } from './text';
import type { DossierInput, DossierOptions } from './types';
import { buildDossierView, type DossierView, formatDay } from './view';

/** The shade of a highlight without a tag colour. */
const DEFAULT_MARK = 'FFF1A8';
const MUTED = '6B7280';
const TAG_HEADINGS = [HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;

type Body = Paragraph | Table;

/** A view anchor as a Word bookmark name. */
export function bookmarkName(anchor: string): string {
  return anchor.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 40);
}

function run(text: string, options: Omit<IRunOptions, 'text' | 'children'> = {}): TextRun {
  return new TextRun({ ...options, text: xmlSafe(text) });
}

function para(text: string, options: Omit<ConstructorParameters<typeof Paragraph>[0] & object, 'children' | 'text'> = {}): Paragraph {
  return new Paragraph({ ...options, children: [run(text)] });
}

function heading(level: (typeof HeadingLevel)[keyof typeof HeadingLevel], children: ParagraphChild[], pageBreakBefore = false): Paragraph {
  return new Paragraph({ heading: level, children, ...(pageBreakBefore ? { pageBreakBefore } : {}) });
}

/** A link to a place in the document when there is one, else the words alone. */
function linkTo(anchor: string | null, text: string, options: Omit<IRunOptions, 'text' | 'children'> = {}): ParagraphChild {
  if (!anchor) return run(text, options);
  return new InternalHyperlink({ anchor: bookmarkName(anchor), children: [run(text, { ...options, style: 'Hyperlink' })] });
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function cover(view: DossierView): Paragraph[] {
  const c = view.cover!;
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(c.title)] }),
    para(`Prepared ${formatDay(c.createdAt)}`, { spacing: { after: 120 } }),
    para([plural(c.articleCount, 'article', 'articles'), plural(c.highlightCount, 'highlight', 'highlights'), plural(c.noteCount, 'note', 'notes')].join(' · ')),
    new Paragraph({ spacing: { before: 240 }, children: [run('Exported from Parallax.', { color: MUTED })] }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function cell(children: ParagraphChild[], header = false): TableCell {
  return new TableCell({
    children: [new Paragraph({ children })],
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'E8EAEE', color: 'auto' } } : {}),
  });
}

function textCell(text: string, header = false): TableCell {
  return cell([run(text, header ? { bold: true } : {})], header);
}

function table(header: string[], rows: TableCell[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => textCell(h, true)) }), ...rows.map((children) => new TableRow({ children }))],
  });
}

function sources(view: DossierView, linkable: boolean): Body[] {
  const rows = view.sources!;
  const out: Body[] = [heading(HeadingLevel.HEADING_1, [run('Sources')])];
  if (rows.length === 0) return [...out, para('No articles.')];
  out.push(
    table(
      ['Title', 'Outlet', 'Authors', 'Date', 'Agencies', 'File'],
      rows.map((row) => [
        cell([linkTo(linkable ? row.anchor : null, row.title)]),
        textCell(row.outlet ?? ''),
        textCell(row.authors.join(', ')),
        textCell(row.date ?? ''),
        textCell(row.agencies.join(', ')),
        textCell(row.file),
      ]),
    ),
  );
  return out;
}

/** A quote as the passages section shows it: the words, their source, a link to the appendix. */
function passage(p: Passage): Paragraph {
  const source = p.sourceLabel === p.title ? p.title : `${p.sourceLabel} · ${p.title}`;
  const children: ParagraphChild[] = [linkTo(p.anchor, passageWords(p, collapseWhitespace), { italics: true }), run(` — ${source}`)];
  if (!p.placed) children.push(run(' (no longer found in the current text of the article)', { italics: true, color: MUTED }));
  return new Paragraph({ children, indent: { left: 360 }, spacing: { after: 120 } });
}

function passages(groups: TagPassages[]): Body[] {
  const out: Body[] = [heading(HeadingLevel.HEADING_1, [run('Passages by tag')])];
  if (groups.length === 0) return [...out, para('No highlights.')];
  for (const group of groups) {
    const colour = group.color ? hexColour(group.color) : null;
    const swatch = colour ? [run('■ ', { color: colour })] : [];
    out.push(heading(TAG_HEADINGS[Math.min(group.depth, TAG_HEADINGS.length - 1)]!, [...swatch, run(group.tagId === null ? 'Highlights without a tag' : group.path)]));
    if (group.description.trim()) out.push(new Paragraph({ children: [run(group.description, { italics: true, color: MUTED })] }));
    for (const p of group.passages) out.push(passage(p));
  }
  return out;
}

function inlineRuns(inline: Inline, format: { bold?: boolean; italics?: boolean } = {}): ParagraphChild[] {
  switch (inline.kind) {
    case 'text':
      return [
        run(inline.text, {
          bold: inline.bold || format.bold,
          italics: inline.italic || format.italics,
          ...(inline.underline ? { underline: {} } : {}),
          ...(inline.strike ? { strike: true } : {}),
          ...(inline.code ? { font: 'Consolas' } : {}),
        }),
      ];
    case 'break':
      return [new TextRun({ break: 1 })];
    case 'link': {
      const url = safeLinkUrl(inline.url);
      const children = inline.children.flatMap((child) => inlineRuns(child, format));
      if (!url) return children;
      // A link's words keep their text; only a safe http(s) or mailto target becomes live.
      return [new ExternalHyperlink({ link: url, children: inline.children.flatMap((child) => (child.kind === 'text' ? [run(child.text, { style: 'Hyperlink', bold: child.bold, italics: child.italic })] : inlineRuns(child, format))) })];
    }
    case 'citation':
      return [];
  }
}

function blockParagraphs(block: Block, citations: CitationLinks, depth = 0): Paragraph[] {
  const inlines = (list: Inline[]) => list.flatMap((inline) => (inline.kind === 'citation' ? citations(inline) : inlineRuns(inline)));
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_4, children: inlines(block.inlines), keepNext: true })];
    case 'quote':
      return [new Paragraph({ children: inlines(block.inlines), indent: { left: 720 }, border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'AAB0BC', space: 8 } } })];
    case 'list':
      return block.items.flatMap((item, i) => [
        new Paragraph({ children: [run(`${block.ordered ? `${i + 1}.` : '•'}\t`), ...inlines(item.inlines)], indent: { left: 360 * (depth + 1), hanging: 360 } }),
        ...item.lists.flatMap((list) => blockParagraphs(list, citations, depth + 1)),
      ]);
    case 'paragraph':
      return [new Paragraph({ children: inlines(block.inlines), spacing: { after: 120 } })];
  }
}

type CitationLinks = (inline: Extract<Inline, { kind: 'citation' }>) => ParagraphChild[];

function notes(view: DossierView): Body[] {
  const list = view.notes!;
  const out: Body[] = [heading(HeadingLevel.HEADING_1, [run('Notes')])];
  if (list.length === 0) return [...out, para('No notes.')];
  const citations: CitationLinks = ({ citation }) => {
    const { quote, sourceLabel, anchor } = resolveCitation(view.context, citation);
    const source = collapseWhitespace(sourceLabel);
    return [linkTo(anchor, `“${collapseWhitespace(quote)}”`, { italics: true }), ...(source ? [run(` (${source})`)] : [])];
  };
  list.forEach((note, i) => {
    out.push(heading(HeadingLevel.HEADING_3, [run(`Note ${i + 1}. ${note.about}`)]));
    const edited = Number.isFinite(note.updatedAt) ? formatDay(new Date(note.updatedAt).toISOString()) : null;
    if (edited) out.push(new Paragraph({ children: [run(`Last edited ${edited}`, { italics: true, color: MUTED })] }));
    if (note.passage) {
      out.push(new Paragraph({ children: [run('On the passage '), linkTo(note.passage.anchor, passageWords(note.passage, collapseWhitespace), { italics: true })], spacing: { after: 120 } }));
    }
    for (const block of note.blocks) out.push(...blockParagraphs(block, citations));
  });
  return out;
}

function comparison(view: DossierView): Body[] {
  const found = view.comparison;
  if (!found) return [];
  const out: Body[] = [heading(HeadingLevel.HEADING_1, [run('Comparison')])];
  const wording = (w: { sourceLabel: string; text: string; anchor: string | null }) =>
    new Paragraph({ children: [run(`${w.sourceLabel}: `, { bold: true }), linkTo(w.anchor, `“${collapseWhitespace(w.text)}”`)], indent: { left: 360 }, spacing: { after: 80 } });

  out.push(heading(HeadingLevel.HEADING_2, [run('Passages several articles carry')]));
  if (found.linked.length === 0) out.push(para('None found.'));
  found.linked.forEach((group, i) => {
    const kind = group.kind === 'quote' ? `Quote${group.speaker ? ` of ${group.speaker}` : ''}` : 'Passage';
    out.push(heading(HeadingLevel.HEADING_3, [run(`${i + 1}. ${kind} (${group.match}, ${plural(new Set(group.wordings.map((w) => w.articleId)).size, 'article', 'articles')})`)]));
    for (const w of group.wordings) out.push(wording(w));
  });

  out.push(heading(HeadingLevel.HEADING_2, [run('Passages only one article carries')]));
  if (found.unique.length === 0) out.push(para('None found.'));
  for (const w of found.unique) out.push(wording(w));

  out.push(heading(HeadingLevel.HEADING_2, [run('Names written more than one way')]));
  if (found.nameVariants.length === 0) out.push(para('None.'));
  for (const n of found.nameVariants) out.push(new Paragraph({ children: [run(`${n.name}: `, { bold: true }), run(n.variants.join(', '))] }));

  if (found.coverage.length > 0 && found.articles.length > 0) {
    out.push(heading(HeadingLevel.HEADING_2, [run('Coverage')]));
    out.push(
      table(
        ['Passage', ...found.articles.map((a) => a.label)],
        found.coverage.map((row) => [textCell(row.label), ...row.cells.map((on) => textCell(on ? '✓' : ''))]),
      ),
    );
  }
  return out;
}

function appendix(view: DossierView): Body[] {
  const ctx = view.context;
  const highlights = new Map(ctx.input.highlights.map((h) => [h.id, h]));
  const tags = new Map(ctx.input.tags.map((t) => [t.id, t]));
  const shadeOf = (ids: Id[]): string => {
    // The innermost highlight (listed last) gives the colour: its first tag with a colour.
    const innermost = highlights.get(ids[ids.length - 1]!);
    for (const tagId of innermost?.tagIds ?? []) {
      const hex = hexColour(tags.get(tagId)?.color ?? '');
      if (hex) return tint(hex, 0.55);
    }
    return DEFAULT_MARK;
  };

  const out: Body[] = [
    heading(HeadingLevel.HEADING_1, [run('Appendix: the articles in full')], true),
    para('Highlighted passages are shaded in their tag’s colour; where highlights overlap, the words are also underlined.', { spacing: { after: 240 } }),
  ];
  if (view.appendix!.length === 0) out.push(para('No articles.'));
  view.appendix!.forEach((article, i) => {
    const entry = ctx.byId.get(article.articleId)!;
    out.push(heading(HeadingLevel.HEADING_2, [new Bookmark({ id: bookmarkName(article.anchor), children: [run(article.title)] })], i > 0));
    const meta = [
      entry.meta.outlet,
      entry.date,
      entry.meta.authors.length > 0 ? `by ${entry.meta.authors.join(', ')}` : null,
      entry.meta.agencies.length > 0 ? `(${entry.meta.agencies.join(', ')})` : null,
    ].filter((p): p is string => Boolean(p));
    if (meta.length > 0) out.push(new Paragraph({ children: [run(meta.join(' · '), { italics: true })] }));
    if (entry.meta.url) out.push(new Paragraph({ children: [run(entry.meta.url, { color: MUTED })] }));
    out.push(new Paragraph({ children: [run(`File: ${entry.article.record.sourceName}`, { color: MUTED })], spacing: { after: 240 } }));
    for (const pieces of article.paragraphs) {
      const children: ParagraphChild[] = [];
      for (const piece of pieces) {
        for (const anchor of piece.anchors) children.push(new Bookmark({ id: bookmarkName(anchor), children: [] }));
        if (piece.highlightIds.length === 0) children.push(run(piece.text));
        else {
          children.push(
            run(piece.text, {
              shading: { type: ShadingType.CLEAR, fill: shadeOf(piece.highlightIds), color: 'auto' },
              ...(piece.highlightIds.length > 1 ? { underline: {} } : {}),
            }),
          );
        }
      }
      out.push(new Paragraph({ children, spacing: { after: 160 } }));
    }
    if (article.trailingAnchors.length > 0) out.push(new Paragraph({ children: article.trailingAnchors.map((anchor) => new Bookmark({ id: bookmarkName(anchor), children: [] })) }));
  });
  return out;
}

export async function dossierDocx(input: DossierInput, options: DossierOptions): Promise<Uint8Array> {
  const view = buildDossierView(input, options);
  const linkable = view.context.linkable;
  const children: Body[] = [];
  if (view.cover) children.push(...cover(view));
  if (view.sources) children.push(...sources(view, linkable));
  if (view.passages) children.push(...passages(view.passages));
  if (view.notes) children.push(...notes(view));
  if (view.comparison) children.push(...comparison(view));
  if (view.appendix) children.push(...appendix(view));
  if (children.length === 0) children.push(para(input.title));

  const document = new Document({
    title: xmlSafe(input.title),
    creator: 'Parallax',
    description: 'A research dossier exported from Parallax.',
    sections: [
      {
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 18, color: MUTED })] })],
          }),
        },
        children,
      },
    ],
  });
  return Packer.pack(document, 'uint8array');
}
