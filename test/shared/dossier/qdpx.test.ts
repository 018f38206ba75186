/**
 * The REFI-QDA export: the archive's files, the project XML checked against the structure of the
 * REFI-QDA Project schema (urn:QDA-XML:project:1.0, March 2019), and every coded segment's
 * offsets read back from the XML (characters, i.e. code points) and converted to UTF-16 by this
 * test's own reader, independently of the writer's conversion.
 *
 * The XML is parsed with saxes (the strict, namespace-aware parser jsdom uses): a document that is
 * not well-formed fails the parse, as the control case below shows.
 */
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { describe as describeSpan } from '../../../src/shared/anchoring';
import { dossierQdpx, qdpxProject, QDA_PROJECT_NAMESPACE } from '../../../src/shared/dossier/qdpx';
import { codePointOffsets, GuidMaker, utf16Offsets } from '../../../src/shared/dossier/qdpx-xml';
import type { DossierInput } from '../../../src/shared/dossier/types';
import { plainRecord } from '../../helpers/dossier-records';
import type { ArticleRecord, HighlightRecord, NoteRecord, SpanCitation, TagRecord } from '../../../src/shared/model';

// ---------------------------------------------------------------- fixtures

function record(id: string, title: string | null, outlet: string | null, text: string): ArticleRecord {
  return plainRecord(id, title, outlet, text, { importedAt: Date.UTC(2024, 0, 2, 10, 0, 0), url: 'https://example.com/story' });
}

function tag(id: string, name: string, parentId: string | null, order: number, color = '#e9a823', description = ''): TagRecord {
  return { id, name, color, description, parentId, order, createdAt: 1 };
}

function highlight(id: string, articleId: string, text: string, quote: string, tagIds: string[], occurrence = 0): HighlightRecord {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`fixture: “${quote}” not in ${articleId}`);
  const end = start + quote.length;
  return { id, articleId, start, end, selectors: describeSpan(text, start, end), tagIds, anchorStatus: 'anchored', createdAt: Date.UTC(2024, 0, 3), updatedAt: Date.UTC(2024, 0, 4) };
}

function citation(articleId: string, text: string, quote: string, highlightId: string | null = null): SpanCitation {
  const start = text.indexOf(quote);
  return { articleId, start, end: start + quote.length, selectors: describeSpan(text, start, start + quote.length), quote, sourceLabel: 'Somewhere', highlightId };
}

function note(id: string, parts: (string | SpanCitation)[], about: { articleId?: string; highlightId?: string } = {}): NoteRecord {
  const children = parts.map((p) => (typeof p === 'string' ? { type: 'text', text: p, format: 0, version: 1 } : { type: 'span-link', version: 1, citation: p }));
  const plainText = parts.map((p) => (typeof p === 'string' ? p : `“${p.quote}” (${p.sourceLabel})`)).join('');
  return {
    id,
    content: JSON.stringify({ root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children }] } }),
    plainText,
    articleId: about.articleId ?? null,
    highlightId: about.highlightId ?? null,
    citedArticleIds: [...new Set(parts.filter((p): p is SpanCitation => typeof p !== 'string').map((c) => c.articleId))],
    createdAt: Date.UTC(2024, 0, 5),
    updatedAt: Date.UTC(2024, 0, 6),
  };
}

const TEXT_A = 'Top US and Russian diplomats urged dialog.\n\nLavrov spoke of “serious differences” with Washington.\nBlinken said they would cooperate where they can.';
// Astral characters (an emoji with a skin tone, a flag, a musical symbol) before and between highlights.
const TEXT_B = '👍🏽 Reykjavik 🇺🇸🇷🇺: Lavrov cited “serious differences”. 𝄞 Blinken wants a “predictable, stable relationship”. 😀 End.';
const TEXT_C = 'Hostile <script>alert(1)</script> & "quoted" text, <b onclick="steal()">bold</b> ]]> and a control \u0001 char.';

function fixture(): DossierInput {
  const tags = [
    tag('t-framing', 'Framing', null, 0, '#3f86ee', 'How outlets frame the meeting'),
    tag('t-conflict', 'Conflict', 't-framing', 0, '#e2504a'),
    tag('t-coop', 'Cooperation', 't-framing', 1, '#abc'),
    tag('t-deep', 'Deep <child> & "quoted"', 't-conflict', 0, 'var(--not-hex)'),
    tag('t-quotes', 'Quotes', null, 1),
  ];
  const highlights = [
    highlight('h-a1', 'a', TEXT_A, 'serious differences', ['t-conflict', 't-quotes']),
    highlight('h-a2', 'a', TEXT_A, 'Lavrov spoke of “serious differences” with Washington', ['t-framing']),
    highlight('h-a3', 'a', TEXT_A, 'cooperate where they can', []),
    highlight('h-b1', 'b', TEXT_B, 'serious differences', ['t-conflict']),
    highlight('h-b2', 'b', TEXT_B, 'predictable, stable relationship', ['t-coop', 't-deep']),
    highlight('h-b3', 'b', TEXT_B, '😀 End', ['t-quotes']),
    highlight('h-c1', 'c', TEXT_C, '<script>alert(1)</script>', ['t-deep']),
    { ...highlight('h-orphan', 'a', TEXT_A, 'Blinken said', ['t-quotes']), anchorStatus: 'orphan' as const },
    highlight('h-elsewhere', 'a', TEXT_A, 'urged dialog', ['t-quotes']),
  ];
  // A highlight of an article not in the dossier is ignored.
  highlights[highlights.length - 1] = { ...highlights[highlights.length - 1]!, articleId: 'not-in-dossier' };
  const notes = [
    note('n-on-highlight', ['Lavrov’s <b>wording</b> & tone'], { articleId: 'b', highlightId: 'h-b1' }),
    note('n-on-article', ['Compare with ', citation('a', TEXT_A, 'Top US and Russian diplomats'), ' and ', citation('b', TEXT_B, 'Blinken wants')], { articleId: 'c' }),
    note('n-standalone', ['General: ', citation('a', TEXT_A, 'serious differences', 'h-a1')]),
    note('n-unrelated', ['Not about these articles']),
  ];
  return {
    title: 'Reykjavik & “the” <dossier>',
    createdAt: '2024-02-01T12:00:00.000Z',
    articles: [
      { record: record('a', 'Top US and Russian diplomats urge dialog', 'Reuters', TEXT_A), text: TEXT_A },
      { record: record('b', 'Emoji 👍🏽 report', 'TASS', TEXT_B), text: TEXT_B },
      { record: record('c', '<img src=x onerror=alert(1)> "Hostile"', 'Evil & Co', TEXT_C), text: TEXT_C },
      // Same headline as article a: source names must stay distinct.
      { record: record('d', 'Top US and Russian diplomats urge dialog', 'AP', 'A short text.'), text: 'A short text.' },
    ],
    tags,
    highlights,
    notes,
  };
}

// ---------------------------------------------------------------- a small XML tree from saxes

interface El {
  local: string;
  uri: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
  parent: El | null;
}

function parseXml(xml: string): El {
  const parser = new SaxesParser({ xmlns: true });
  let root: El | null = null;
  const stack: El[] = [];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) if (a.prefix !== 'xmlns' && a.name !== 'xmlns') attrs[a.prefix ? `${a.prefix}:${a.local}` : a.local] = a.value;
    const el: El = { local: tag.local, uri: tag.uri, attrs, children: [], text: '', parent: stack[stack.length - 1] ?? null };
    if (el.parent) el.parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

function all(el: El, local?: string): El[] {
  const out: El[] = [];
  const walk = (e: El) => {
    if (!local || e.local === local) out.push(e);
    e.children.forEach(walk);
  };
  walk(el);
  return out;
}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const RGB = /^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The child elements each element may hold, in the schema's sequence order (elements this export uses). */
const SEQUENCES: Record<string, string[]> = {
  Project: ['Users', 'CodeBook', 'Variables', 'Cases', 'Sources', 'Notes', 'Links', 'Sets', 'Graphs', 'Description', 'NoteRef'],
  Users: ['User'],
  User: [],
  CodeBook: ['Codes'],
  Codes: ['Code'],
  Code: ['Description', 'NoteRef', 'Code'],
  Sources: ['TextSource'],
  TextSource: ['Description', 'PlainTextContent', 'PlainTextSelection', 'Coding', 'NoteRef', 'VariableValue'],
  PlainTextSelection: ['Description', 'Coding', 'NoteRef'],
  Coding: ['CodeRef', 'NoteRef'],
  CodeRef: [],
  NoteRef: [],
  Notes: ['Note'],
  Sets: ['Set'],
  Set: ['Description', 'MemberCode', 'MemberSource', 'MemberNote'],
  MemberSource: [],
  Note: ['Description', 'PlainTextContent', 'PlainTextSelection', 'Coding', 'NoteRef', 'VariableValue'],
  Description: [],
  PlainTextContent: [],
};
const REQUIRED: Record<string, string[]> = {
  Project: ['name'],
  User: ['guid'],
  Code: ['guid', 'name', 'isCodable'],
  TextSource: ['guid'],
  PlainTextSelection: ['guid', 'startPosition', 'endPosition'],
  Coding: ['guid'],
  CodeRef: ['targetGUID'],
  NoteRef: ['targetGUID'],
  Note: ['guid'],
  Set: ['guid', 'name'],
  MemberSource: ['targetGUID'],
};
/** Elements that must hold at least one child (maxOccurs unbounded, minOccurs 1 in the schema). */
const NON_EMPTY: Record<string, string> = { Users: 'User', Codes: 'Code', Sources: 'TextSource', Notes: 'Note', Sets: 'Set', CodeBook: 'Codes', Coding: 'CodeRef' };

/** Every structural rule of the schema this export touches; returns the problems found. */
function schemaProblems(root: El): string[] {
  const problems: string[] = [];
  if (root.local !== 'Project') problems.push(`root is <${root.local}>`);
  for (const el of all(root)) {
    const where = `<${el.local}${el.attrs.guid ? ` ${el.attrs.guid}` : ''}>`;
    if (el.uri !== QDA_PROJECT_NAMESPACE) problems.push(`${where} is in namespace “${el.uri}”`);
    const sequence = SEQUENCES[el.local];
    if (!sequence) {
      problems.push(`${where} is not an element this schema check knows`);
      continue;
    }
    let last = -1;
    for (const child of el.children) {
      const at = sequence.indexOf(child.local);
      if (at < 0) problems.push(`${where} may not hold <${child.local}>`);
      else if (at < last) problems.push(`${where}: <${child.local}> out of the schema's order`);
      last = Math.max(last, at);
    }
    if (sequence.length === 0 && el.children.length > 0) problems.push(`${where} must be empty`);
    for (const attr of REQUIRED[el.local] ?? []) if (!(attr in el.attrs)) problems.push(`${where} lacks required ${attr}`);
    const needs = NON_EMPTY[el.local];
    if (needs && !el.children.some((c) => c.local === needs)) problems.push(`${where} holds no <${needs}>`);
    if (el.local === 'Coding' && (el.children.filter((c) => c.local === 'CodeRef').length !== 1 || el.children[0]?.local !== 'CodeRef')) problems.push(`${where} must open with exactly one CodeRef`);
    for (const [name, value] of Object.entries(el.attrs)) {
      if ((name === 'guid' || name === 'targetGUID' || name.endsWith('User') || name.endsWith('UserGUID')) && !GUID.test(value)) problems.push(`${where} ${name}="${value}" is not a GUID`);
      if (name.endsWith('DateTime') && !DATE_TIME.test(value)) problems.push(`${where} ${name}="${value}" is not an xsd:dateTime`);
      if ((name === 'startPosition' || name === 'endPosition') && !/^\d+$/.test(value)) problems.push(`${where} ${name}="${value}" is not an integer`);
    }
    if (el.local === 'Code') {
      if (!['true', 'false'].includes(el.attrs.isCodable ?? '')) problems.push(`${where} isCodable is not a boolean`);
      if ('color' in el.attrs && !RGB.test(el.attrs.color!)) problems.push(`${where} color="${el.attrs.color}" is not #RRGGBB`);
    }
    if (el.local === 'TextSource' || el.local === 'Note') {
      // "Either PlainTextContent or plainTextPath MUST be filled, not both."
      const content = el.children.some((c) => c.local === 'PlainTextContent');
      if (content === ('plainTextPath' in el.attrs)) problems.push(`${where} needs exactly one of PlainTextContent and plainTextPath`);
    }
  }
  const guids = all(root).flatMap((el) => (el.attrs.guid ? [el.attrs.guid.toLowerCase()] : []));
  if (new Set(guids).size !== guids.length) problems.push('a GUID is used twice');
  const codes = new Set(all(root, 'Code').map((c) => c.attrs.guid));
  for (const ref of all(root, 'CodeRef')) if (!codes.has(ref.attrs.targetGUID)) problems.push(`CodeRef to unknown code ${ref.attrs.targetGUID}`);
  const notes = new Set(all(root, 'Note').map((n) => n.attrs.guid));
  for (const ref of all(root, 'NoteRef')) if (!notes.has(ref.attrs.targetGUID)) problems.push(`NoteRef to unknown note ${ref.attrs.targetGUID}`);
  const sources = new Set(all(root, 'TextSource').map((n) => n.attrs.guid));
  for (const ref of all(root, 'MemberSource')) if (!sources.has(ref.attrs.targetGUID)) problems.push(`MemberSource to unknown source ${ref.attrs.targetGUID}`);
  return problems;
}

// ---------------------------------------------------------------- this test's own reader

/** Code point offsets into `text` as UTF-16 offsets, the slow and obvious way. */
function toUtf16(text: string, codePoints: number): number {
  return Array.from(text).slice(0, codePoints).join('').length;
}

interface ReadSegment {
  articleId: string;
  start: number;
  end: number;
  codes: string[];
  notes: string[];
}

/** The archive read back: each source's text, each selection in UTF-16 offsets with its code names. */
function readArchive(bytes: Uint8Array, input: DossierInput) {
  const files = unzipSync(bytes);
  const root = parseXml(strFromU8(files['project.qde']!));
  const codeName = new Map(all(root, 'Code').map((c) => [c.attrs.guid!, c.attrs.name!]));
  const noteText = new Map(all(root, 'Note').map((n) => [n.attrs.guid!, n.children.find((c) => c.local === 'PlainTextContent')?.text ?? '']));
  const segments: ReadSegment[] = [];
  const sourceOf = new Map<string, string>();
  for (const source of all(root, 'TextSource')) {
    const path = source.attrs.plainTextPath!;
    const file = files[`Sources/${path.replace(/^internal:\/\//, '')}`];
    if (!file) throw new Error(`missing file for ${path}`);
    const text = strFromU8(file);
    const article = input.articles.find((a) => a.text === text);
    if (!article) throw new Error(`no article has the text of ${path}`);
    sourceOf.set(source.attrs.guid!, article.record.id);
    const length = Array.from(text).length;
    for (const sel of source.children.filter((c) => c.local === 'PlainTextSelection')) {
      const start = Number(sel.attrs.startPosition);
      const end = Number(sel.attrs.endPosition);
      if (!(start >= 0 && start < end && end <= length)) throw new Error(`selection ${start}-${end} outside source of ${length} characters`);
      segments.push({
        articleId: article.record.id,
        start: toUtf16(text, start),
        end: toUtf16(text, end),
        codes: sel.children.filter((c) => c.local === 'Coding').map((c) => codeName.get(c.children[0]!.attrs.targetGUID!)!).sort(),
        notes: sel.children.filter((c) => c.local === 'NoteRef').map((r) => noteText.get(r.attrs.targetGUID!)!),
      });
    }
  }
  return { files, root, segments, sourceOf, noteText };
}

// ---------------------------------------------------------------- tests

describe('GUIDs of a REFI-QDA project', () => {
  // Expected values from Python's uuid.uuid5 (an independent implementation) with the same name space.
  it('are name-based version 5 UUIDs: the same key gives the same GUID in every export', () => {
    expect(new GuidMaker('parallax').for('code:t1')).toBe('D519EC8D-E7C9-5929-835E-F2096C1D3C84');
    expect(new GuidMaker('parallax').for('source:a1')).toBe('31E2F181-6E4C-53A8-8C91-F31FD348D909');
    const guids = new GuidMaker('parallax');
    expect(guids.for('code:t1')).toBe(guids.for('code:t1'));
    expect(guids.for('code:t1')).not.toBe(guids.for('code:t2'));
  });
});

describe('dossierQdpx (REFI-QDA project)', () => {
  it('rejects XML that is not well-formed (the parser is strict)', () => {
    expect(() => parseXml('<Project xmlns="urn:QDA-XML:project:1.0" name="a & b"/>')).toThrow();
    expect(() => parseXml('<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Users></Project>')).toThrow();
    expect(schemaProblems(parseXml('<Project xmlns="urn:QDA-XML:project:1.0"><Sources/><Users/></Project>'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/lacks required name/), expect.stringMatching(/out of the schema's order/), expect.stringMatching(/holds no <TextSource>/)]),
    );
  });

  it('is a zip of project.qde and one UTF-8 text per source', () => {
    const input = fixture();
    const files = unzipSync(dossierQdpx(input));
    const names = Object.keys(files).sort();
    expect(names).toContain('project.qde');
    const texts = names.filter((n) => n !== 'project.qde');
    expect(texts).toHaveLength(input.articles.length);
    for (const name of texts) expect(name).toMatch(/^Sources\/[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\.txt$/);
    const decoded = texts.map((n) => new TextDecoder('utf-8', { fatal: true }).decode(files[n]!));
    expect(decoded.sort()).toEqual(input.articles.map((a) => a.text).sort());
    // No byte order mark: it would count as a character and shift every position.
    for (const n of texts) expect([...files[n]!.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes well-formed XML that follows the REFI-QDA Project schema structure', () => {
    const input = fixture();
    const { root, files } = readArchive(dossierQdpx(input), input);
    expect(strFromU8(files['project.qde']!).startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(root.local).toBe('Project');
    expect(root.uri).toBe('urn:QDA-XML:project:1.0');
    expect(root.attrs.name).toBe(input.title);
    expect(schemaProblems(root)).toEqual([]);
    expect(root.children.map((c) => c.local)).toEqual(['Users', 'CodeBook', 'Sources', 'Notes', 'Description', 'NoteRef']);

    // Sources point at their files; names are distinct even for the same headline.
    const sources = all(root, 'TextSource');
    expect(sources).toHaveLength(4);
    for (const s of sources) expect(s.attrs.plainTextPath).toBe(`internal://${s.attrs.guid}.txt`);
    expect(new Set(sources.map((s) => s.attrs.name)).size).toBe(4);
    expect(sources.map((s) => s.attrs.name)).toContain('<img src=x onerror=alert(1)> "Hostile"');
  });

  it('nests the codebook as the tag tree, in codebook order, with colours and descriptions', () => {
    const input = fixture();
    const { root } = readArchive(dossierQdpx(input), input);
    const codes = root.children.find((c) => c.local === 'CodeBook')!.children[0]!;
    const tree = (el: El): unknown => ({
      name: el.attrs.name,
      color: el.attrs.color,
      children: el.children.filter((c) => c.local === 'Code').map(tree),
    });
    expect(codes.children.map(tree)).toEqual([
      {
        name: 'Framing',
        color: '#3F86EE',
        children: [
          { name: 'Conflict', color: '#E2504A', children: [{ name: 'Deep <child> & "quoted"', color: undefined, children: [] }] },
          { name: 'Cooperation', color: '#AABBCC', children: [] },
        ],
      },
      { name: 'Quotes', color: '#E9A823', children: [] },
    ]);
    const framing = codes.children[0]!;
    expect(framing.children[0]!.local).toBe('Description');
    expect(framing.children[0]!.text).toBe('How outlets frame the meeting');
    for (const code of all(root, 'Code')) expect(code.attrs.isCodable).toBe('true');
  });

  it('round-trips every coded segment’s offsets, an emoji before a highlight included', () => {
    const input = fixture();
    const { segments } = readArchive(dossierQdpx(input), input);
    const tagName = new Map(input.tags.map((t) => [t.id, t.name]));
    const placed = input.highlights.filter((h) => h.anchorStatus === 'anchored' && input.articles.some((a) => a.record.id === h.articleId));
    for (const h of placed) {
      const found = segments.find((s) => s.articleId === h.articleId && s.start === h.start && s.end === h.end && s.codes.length > 0 === h.tagIds.length > 0);
      expect(found, `highlight ${h.id}`).toBeDefined();
      expect(found!.codes).toEqual(h.tagIds.map((id) => tagName.get(id)!).sort());
    }
    // Coded segments are exactly the placed highlights: the orphan and the foreign one are left out.
    const highlightSegments = segments.filter((s) => s.codes.length > 0 || placed.some((h) => h.articleId === s.articleId && h.start === s.start && h.end === s.end));
    expect(highlightSegments).toHaveLength(placed.length);
    expect(segments.some((s) => s.articleId === 'a' && TEXT_A.slice(s.start, s.end) === 'Blinken said')).toBe(false);

    // In the emoji article, positions are characters: they differ from the UTF-16 offsets and still cover the words.
    const project = qdpxProject(input);
    const root = parseXml(project.xml);
    const b = all(root, 'TextSource').find((s) => project.sources[`Sources/${s.attrs.guid}.txt`] === TEXT_B)!;
    const chars = Array.from(TEXT_B);
    for (const h of input.highlights.filter((x) => x.articleId === 'b')) {
      const sel = b.children.find((c) => c.local === 'PlainTextSelection' && chars.slice(Number(c.attrs.startPosition), Number(c.attrs.endPosition)).join('') === TEXT_B.slice(h.start, h.end));
      expect(sel, h.id).toBeDefined();
      expect(Number(sel!.attrs.startPosition)).toBe(Array.from(TEXT_B.slice(0, h.start)).length);
      expect(Number(sel!.attrs.startPosition)).toBeLessThan(h.start);
    }
  });

  it('exports notes with their plain text and refers to them from the highlight, span or article they are about', () => {
    const input = fixture();
    const { root, segments, noteText, files } = readArchive(dossierQdpx(input), input);
    const texts = [...noteText.values()];
    expect(texts).toHaveLength(3);
    expect(texts).toContain('Lavrov’s <b>wording</b> & tone');
    expect(texts.some((t) => t.includes('Not about these articles'))).toBe(false);
    // Escaped in the file, not raw markup.
    const xml = strFromU8(files['project.qde']!);
    expect(xml).toContain('Lavrov’s &lt;b&gt;wording&lt;/b&gt; &amp; tone');
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<b>');

    // The note on h-b1 hangs from h-b1's selection; the standalone note citing h-a1 from h-a1's.
    const hb1 = input.highlights.find((h) => h.id === 'h-b1')!;
    expect(segments.find((s) => s.articleId === 'b' && s.start === hb1.start && s.end === hb1.end)!.notes).toEqual(['Lavrov’s <b>wording</b> & tone']);
    const ha1 = input.highlights.find((h) => h.id === 'h-a1')!;
    expect(segments.find((s) => s.articleId === 'a' && s.start === ha1.start && s.end === ha1.end)!.notes.some((n) => n.startsWith('General:'))).toBe(true);
    // A cited span that is not a highlight becomes an uncoded selection referring to the note.
    for (const [articleId, text, quote] of [
      ['a', TEXT_A, 'Top US and Russian diplomats'],
      ['b', TEXT_B, 'Blinken wants'],
    ] as const) {
      const span = segments.find((s) => s.articleId === articleId && text.slice(s.start, s.end) === quote);
      expect(span, quote).toBeDefined();
      expect(span!.codes).toEqual([]);
      expect(span!.notes[0]).toMatch(/^Compare with/);
    }
    // The note on article c (not on a highlight) hangs from c's source; the standalone one from the project.
    const c = all(root, 'TextSource').find((s) => s.attrs.name?.includes('Hostile'))!;
    expect(c.children.filter((x) => x.local === 'NoteRef').map((r) => noteText.get(r.attrs.targetGUID!))).toEqual([expect.stringMatching(/^Compare with/)]);
    expect(root.children.filter((x) => x.local === 'NoteRef').map((r) => noteText.get(r.attrs.targetGUID!))).toEqual([expect.stringMatching(/^General:/)]);
  });

  it('says in the project description how many highlights could not be placed', () => {
    const input = fixture();
    const project = qdpxProject(input);
    expect(project.skippedHighlights).toBe(1);
    const description = parseXml(project.xml).children.find((c) => c.local === 'Description')!.text;
    expect(description).toMatch(/1 highlight was left out/);
  });

  it('is deterministic and valid for an empty corpus (no empty Codes, Sources or Notes)', () => {
    const input = fixture();
    expect(qdpxProject(input).xml).toBe(qdpxProject(fixture()).xml);
    const empty = qdpxProject({ title: '', createdAt: 'not a date', articles: [], tags: [], highlights: [], notes: [] });
    const root = parseXml(empty.xml);
    expect(schemaProblems(root)).toEqual([]);
    expect(root.children.map((c) => c.local)).toEqual(['Users', 'Description']);
    expect(root.attrs.name).toBe('Parallax dossier');
    expect(root.attrs.creationDateTime).toBeUndefined();
  });

  it('writes each collection holding exported articles as a set of those sources, in its order, and leaves out the others', () => {
    const input: DossierInput = {
      ...fixture(),
      collections: [
        { id: 'col-1', name: 'Wire & “agency” copy', articleIds: ['d', 'a', 'not-exported'], createdAt: 1, updatedAt: 1 },
        { id: 'col-2', name: 'Elsewhere', articleIds: ['not-exported'], createdAt: 1, updatedAt: 1 },
      ],
    };
    const { root } = readArchive(dossierQdpx(input), input);
    expect(schemaProblems(root)).toEqual([]);
    expect(root.children.map((c) => c.local)).toEqual(['Users', 'CodeBook', 'Sources', 'Notes', 'Sets', 'Description', 'NoteRef']);
    const sets = all(root, 'Set');
    expect(sets.map((set) => set.attrs.name)).toEqual(['Wire & “agency” copy']);
    const nameOf = new Map(all(root, 'TextSource').map((source) => [source.attrs.guid, source.attrs.name]));
    expect(sets[0]!.children.map((m) => nameOf.get(m.attrs.targetGUID!))).toEqual(['Top US and Russian diplomats urge dialog (2)', 'Top US and Russian diplomats urge dialog']);
  });

  it('converts UTF-16 offsets to code points and back', () => {
    const text = 'a😀b🇺🇸c\u{1F3FD}';
    const toPoints = codePointOffsets(text);
    const toUnits = utf16Offsets(text);
    for (let cp = 0; cp <= Array.from(text).length; cp++) {
      const units = toUtf16(text, cp);
      expect(toUnits(cp)).toBe(units);
      expect(toPoints(units)).toBe(cp);
    }
    expect(codePointOffsets('plain')(3)).toBe(3);
  });
});
