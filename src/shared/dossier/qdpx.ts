/**
 * The dossier as a REFI-QDA project (.qdpx), so the work opens in NVivo, ATLAS.ti, MAXQDA or
 * QualCoder: a zip holding `project.qde` (XML in the namespace urn:QDA-XML:project:1.0, after the
 * REFI-QDA Project schema of March 2019) and `Sources/<guid>.txt`, each article's text in UTF-8.
 *
 * - Users: one user, the researcher who exported, named "Parallax user".
 * - CodeBook/Codes: the codebook tree, nested `<Code guid name isCodable color>`, siblings in
 *   codebook order, with the tag's description.
 * - Sources: one `<TextSource plainTextPath="internal://<guid>.txt">` per article, holding a
 *   `<PlainTextSelection>` per highlight with a `<Coding><CodeRef/></Coding>` per tag, and one for
 *   each span a note cites that is not a highlight. Positions are characters (Unicode code
 *   points, end exclusive), as REFI-QDA counts them; Parallax's UTF-16 offsets are converted, so
 *   an emoji before a passage does not shift it. Highlights no longer found in their article's
 *   text (orphans) cannot be placed and are left out; the project's description says how many.
 * - Notes: every note as `<Note>` with its plain text (`<PlainTextContent>`), referred to
 *   (`<NoteRef>`) from the highlight, span or article it is about, or from the project.
 * - Sets: each collection holding any of the exported articles as a `<Set name>` of
 *   `<MemberSource>`s (document sets in NVivo, MAXQDA and ATLAS.ti), its articles in its order.
 *
 * GUIDs are derived from the records' ids, so the same corpus gives the same GUIDs. Pure and
 * synchronous: no node:*, DOM or electron.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { listTagTree, type TagNode } from '../codebook/tree';
import type { HighlightRecord, Id, NoteRecord } from '../model';
import { buildContext, citationHolds } from './context';
import { hexColour } from './docx-text';
import { citationsOfNote } from './lexical';
import { noteInDossier } from './notes';
import { attributes, codePointOffsets, dateTime, escapeXml, GuidMaker } from './qdpx-xml';
import { collapseWhitespace } from './text';
import type { DossierInput } from './types';

export const QDA_PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';

/** One coded (or cited) span of a source, in code points. */
interface Selection {
  guid: string;
  name: string;
  start: number;
  end: number;
  created?: string;
  modified?: string;
  codeGuids: { coding: string; code: string }[];
  noteGuids: string[];
}

export interface QdpxProject {
  /** The text of project.qde. */
  xml: string;
  /** Every file of the archive besides project.qde, by path ("Sources/<guid>.txt"), as text. */
  sources: Record<string, string>;
  /** Highlights left out because they are not placed in their article's text. */
  skippedHighlights: number;
}

const NAME_LENGTH = 60;

function shortName(text: string, fallback: string): string {
  const words = collapseWhitespace(text);
  if (!words) return fallback;
  const chars = Array.from(words);
  return chars.length <= NAME_LENGTH ? words : `${chars.slice(0, NAME_LENGTH - 1).join('').trimEnd()}…`;
}

function indent(depth: number): string {
  return '  '.repeat(depth);
}

/** The project XML and the source texts, before zipping. */
export function qdpxProject(input: DossierInput): QdpxProject {
  const guids = new GuidMaker('parallax');
  const user = guids.for('user:parallax');
  const created = dateTime(input.createdAt);
  const lines: string[] = [];
  const push = (depth: number, line: string) => lines.push(indent(depth) + line);

  const ctx = buildContext(input, false);
  const articles = ctx.articles;
  const articleIds = new Set(articles.map((a) => a.article.record.id));
  const tagIds = new Set(input.tags.map((t) => t.id));
  // The notes any dossier of these articles carries: on them, on their highlights, or citing them.
  const notes = input.notes.filter((note) => noteInDossier(ctx, note));
  const noteGuid = (note: NoteRecord) => guids.for(`note:${note.id}`);

  // Which highlights are exported, and the notes that belong to each.
  const exported = new Map<Id, HighlightRecord>();
  let skippedHighlights = 0;
  const textOf = new Map(articles.map((a) => [a.article.record.id, a.article.text]));
  for (const h of input.highlights) {
    if (!textOf.has(h.articleId)) continue;
    if (ctx.isPlaced(h)) exported.set(h.id, h);
    else skippedHighlights += 1;
  }
  const notesOnHighlight = new Map<Id, string[]>();
  const notesOnArticle = new Map<Id, string[]>();
  const projectNotes: string[] = [];
  const citedSpans = new Map<Id, { start: number; end: number; quote: string; note: NoteRecord; n: number }[]>();
  const add = (map: Map<Id, string[]>, key: Id, guid: string) => {
    const list = map.get(key) ?? [];
    if (!list.includes(guid)) list.push(guid);
    map.set(key, list);
  };
  for (const note of notes) {
    const guid = noteGuid(note);
    if (note.highlightId && exported.has(note.highlightId)) add(notesOnHighlight, note.highlightId, guid);
    else if (note.articleId && articleIds.has(note.articleId)) add(notesOnArticle, note.articleId, guid);
    else projectNotes.push(guid);
    citationsOfNote(note.content).forEach((c, n) => {
      if (c.highlightId && exported.has(c.highlightId)) {
        add(notesOnHighlight, c.highlightId, guid);
        return;
      }
      // A cited span that no longer holds its words is not placed (the note keeps the quote).
      if (c.start >= c.end || !citationHolds(c, ctx.byId)) return;
      const list = citedSpans.get(c.articleId) ?? [];
      list.push({ start: c.start, end: c.end, quote: c.quote, note, n });
      citedSpans.set(c.articleId, list);
    });
  }

  lines.push('<?xml version="1.0" encoding="UTF-8"?>');
  lines.push(
    `<Project${attributes({
      xmlns: QDA_PROJECT_NAMESPACE,
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': `${QDA_PROJECT_NAMESPACE} http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd`,
      name: input.title.trim() || 'Parallax dossier',
      origin: 'Parallax',
      creatingUserGUID: user,
      creationDateTime: created,
    })}>`,
  );
  push(1, '<Users>');
  push(2, `<User${attributes({ guid: user, name: 'Parallax user' })}/>`);
  push(1, '</Users>');

  // The codebook. Codes must hold at least one Code, so an empty codebook is left out.
  const codeGuid = (id: Id) => guids.for(`tag:${id}`);
  const writeCode = (node: TagNode, depth: number) => {
    const { tag } = node;
    const colour = hexColour(tag.color);
    const attrs = attributes({ guid: codeGuid(tag.id), name: tag.name, isCodable: true, color: colour ? `#${colour}` : undefined });
    const description = tag.description.trim();
    if (!description && node.children.length === 0) {
      push(depth, `<Code${attrs}/>`);
      return;
    }
    push(depth, `<Code${attrs}>`);
    if (description) push(depth + 1, `<Description>${escapeXml(description)}</Description>`);
    for (const child of node.children) writeCode(child, depth + 1);
    push(depth, '</Code>');
  };
  const tree = listTagTree(input.tags);
  if (tree.length > 0) {
    push(1, '<CodeBook>');
    push(2, '<Codes>');
    for (const node of tree) writeCode(node, 3);
    push(2, '</Codes>');
    push(1, '</CodeBook>');
  }

  // Sources: names unique (some tools key sources by name), texts as files.
  const sources: Record<string, string> = {};
  const usedNames = new Set<string>();
  if (articles.length > 0) push(1, '<Sources>');
  for (const article of articles) {
    const { record, text } = article.article;
    const guid = guids.for(`article:${record.id}`);
    let name = shortName(article.title, record.sourceName || 'Untitled');
    for (let n = 2; usedNames.has(name.toLocaleLowerCase('en')); n++) name = `${shortName(article.title, record.sourceName || 'Untitled')} (${n})`;
    usedNames.add(name.toLocaleLowerCase('en'));
    sources[`Sources/${guid}.txt`] = text;

    const toPoints = codePointOffsets(text);
    const selections: Selection[] = [];
    for (const h of input.highlights) {
      if (h.articleId !== record.id || !exported.has(h.id)) continue;
      const created = dateTime(h.createdAt);
      selections.push({
        guid: guids.for(`highlight:${h.id}`),
        name: shortName(text.slice(h.start, h.end), 'Highlight'),
        start: toPoints(h.start),
        end: toPoints(h.end),
        created,
        modified: dateTime(h.updatedAt),
        codeGuids: [...new Set(h.tagIds)].filter((id) => tagIds.has(id)).map((id) => ({ coding: guids.for(`coding:${h.id}:${id}`), code: codeGuid(id) })),
        noteGuids: notesOnHighlight.get(h.id) ?? [],
      });
    }
    for (const span of citedSpans.get(record.id) ?? []) {
      selections.push({
        guid: guids.for(`citation:${span.note.id}:${span.n}`),
        name: shortName(span.quote || text.slice(span.start, span.end), 'Cited passage'),
        start: toPoints(span.start),
        end: toPoints(span.end),
        created: dateTime(span.note.createdAt),
        codeGuids: [],
        noteGuids: [noteGuid(span.note)],
      });
    }
    selections.sort((a, b) => a.start - b.start || a.end - b.end);

    push(2, `<TextSource${attributes({ guid, name, plainTextPath: `internal://${guid}.txt`, creatingUser: user, creationDateTime: dateTime(record.importedAt) })}>`);
    const meta = article.meta;
    const description = [
      meta.title ? `Title: ${meta.title}` : null,
      meta.outlet ? `Outlet: ${meta.outlet}` : null,
      meta.published ? `Published: ${meta.published}` : null,
      meta.authors.length > 0 ? `Authors: ${meta.authors.join(', ')}` : null,
      meta.agencies.length > 0 ? `Agencies: ${meta.agencies.join(', ')}` : null,
      meta.dateline ? `Dateline: ${meta.dateline}` : null,
      meta.url ? `URL: ${meta.url}` : null,
      `File: ${record.sourceName}`,
    ].filter((line): line is string => line !== null);
    push(3, `<Description>${escapeXml(description.join('\n'))}</Description>`);
    for (const s of selections) {
      const attrs = attributes({ guid: s.guid, name: s.name, startPosition: s.start, endPosition: s.end, creatingUser: user, creationDateTime: s.created, modifyingUser: s.modified ? user : undefined, modifiedDateTime: s.modified });
      if (s.codeGuids.length === 0 && s.noteGuids.length === 0) {
        push(3, `<PlainTextSelection${attrs}/>`);
        continue;
      }
      push(3, `<PlainTextSelection${attrs}>`);
      for (const c of s.codeGuids) {
        push(4, `<Coding${attributes({ guid: c.coding, creatingUser: user, creationDateTime: s.created })}>`);
        push(5, `<CodeRef${attributes({ targetGUID: c.code })}/>`);
        push(4, '</Coding>');
      }
      for (const n of s.noteGuids) push(4, `<NoteRef${attributes({ targetGUID: n })}/>`);
      push(3, '</PlainTextSelection>');
    }
    for (const n of notesOnArticle.get(record.id) ?? []) push(3, `<NoteRef${attributes({ targetGUID: n })}/>`);
    push(2, '</TextSource>');
  }
  if (articles.length > 0) push(1, '</Sources>');

  if (notes.length > 0) {
    push(1, '<Notes>');
    notes.forEach((note, i) => {
      const attrs = attributes({
        guid: noteGuid(note),
        name: shortName(note.plainText, `Note ${i + 1}`),
        creatingUser: user,
        creationDateTime: dateTime(note.createdAt),
        modifyingUser: user,
        modifiedDateTime: dateTime(note.updatedAt),
      });
      push(2, `<Note${attrs}>`);
      push(3, `<PlainTextContent>${escapeXml(note.plainText)}</PlainTextContent>`);
      push(2, '</Note>');
    });
    push(1, '</Notes>');
  }

  const sets = (input.collections ?? [])
    .map((c) => ({ collection: c, members: c.articleIds.filter((id) => articleIds.has(id)) }))
    .filter((set) => set.members.length > 0);
  if (sets.length > 0) {
    push(1, '<Sets>');
    for (const { collection, members } of sets) {
      push(2, `<Set${attributes({ guid: guids.for(`collection:${collection.id}`), name: collection.name })}>`);
      for (const id of members) push(3, `<MemberSource${attributes({ targetGUID: guids.for(`article:${id}`) })}/>`);
      push(2, '</Set>');
    }
    push(1, '</Sets>');
  }

  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const summary = [`Exported from Parallax: ${count(articles.length, 'article', 'articles')}, ${count(exported.size, 'highlight', 'highlights')}, ${count(notes.length, 'note', 'notes')}.`];
  if (skippedHighlights > 0) {
    summary.push(`${skippedHighlights} ${skippedHighlights === 1 ? 'highlight was' : 'highlights were'} left out: no longer found in the current text of the article.`);
  }
  summary.push('Positions count characters (Unicode code points) from 0; the end position is exclusive.');
  push(1, `<Description>${escapeXml(summary.join('\n'))}</Description>`);
  for (const n of projectNotes) push(1, `<NoteRef${attributes({ targetGUID: n })}/>`);
  lines.push('</Project>');
  return { xml: `${lines.join('\n')}\n`, sources, skippedHighlights };
}

/** The .qdpx archive: project.qde and Sources/<guid>.txt (UTF-8, no byte order mark). */
export function dossierQdpx(input: DossierInput): Uint8Array {
  const project = qdpxProject(input);
  const files: Zippable = { 'project.qde': strToU8(project.xml) };
  for (const [path, text] of Object.entries(project.sources)) files[path] = strToU8(text);
  const stamp = Date.parse(input.createdAt);
  // Zip times start in 1980; a missing or earlier date leaves fflate's default (now).
  const mtime = Number.isFinite(stamp) && stamp >= Date.UTC(1980, 0, 2) ? new Date(stamp) : undefined;
  return zipSync(files, { level: 6, ...(mtime ? { mtime } : {}) });
}
