/**
 * A hostile corpus built by code (nothing large is committed): zip bombs of several shapes,
 * deeply nested HTML and Markdown, a huge single line, a huge text, NUL bytes, UTF-16 without
 * a BOM. Sizes are parameters so that the browser test can use smaller ones where a browser
 * tab's memory, not Parallax, would be what is measured.
 */
import { Deflate, strToU8, zipSync } from 'fflate';

export interface HostileFile {
  name: string;
  bytes: Uint8Array;
  /** What the file is, for test names and the benchmark's table. */
  shape: string;
}

const MB = 1024 * 1024;

/** `megabytes` of zeros, deflated in streamed 1 MB pushes (a deflated MB of zeros is about 1 KB). */
export function deflatedZeros(megabytes: number): Uint8Array {
  const known = deflatedCache.get(megabytes);
  if (known) return known;
  const parts: Uint8Array[] = [];
  const deflater = new Deflate({ level: 1 }, (chunk) => parts.push(chunk));
  const block = new Uint8Array(MB).fill(0x20);
  for (let i = 0; i < megabytes; i++) deflater.push(block, i === megabytes - 1);
  const deflated = concat(parts);
  deflatedCache.set(megabytes, deflated);
  return deflated;
}
const deflatedCache = new Map<number, Uint8Array>();

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

export interface RawZipEntry {
  name: string;
  /** The bytes stored for the entry (already deflated when method is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** What the central directory claims the entry inflates to: the lie, when it lies. */
  declaredSize: number;
  /** Point this entry's central record at an earlier entry's data (overlapping entries). */
  sharesDataWith?: number;
}

/** A zip written byte by byte, so that its headers can say anything (CRCs are left 0). */
export function rawZip(entries: readonly RawZipEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((entry, index) => {
    if (entry.sharesDataWith !== undefined) {
      offsets.push(offsets[entry.sharesDataWith] ?? 0);
      return;
    }
    const name = strToU8(entry.name);
    const header = new Uint8Array(30 + name.byteLength);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(8, entry.method, true);
    view.setUint32(18, entry.data.byteLength, true);
    view.setUint32(22, entry.declaredSize, true);
    view.setUint16(26, name.byteLength, true);
    header.set(name, 30);
    offsets[index] = at;
    locals.push(header, entry.data);
    at += header.byteLength + entry.data.byteLength;
  });
  const centralStart = at;
  const centrals: Uint8Array[] = [];
  entries.forEach((entry, index) => {
    const data = entry.sharesDataWith !== undefined ? entries[entry.sharesDataWith]!.data : entry.data;
    const name = strToU8(entry.name);
    const record = new Uint8Array(46 + name.byteLength);
    const view = new DataView(record.buffer);
    view.setUint32(0, 0x02014b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(6, 20, true);
    view.setUint16(10, entry.method, true);
    view.setUint32(20, data.byteLength, true);
    view.setUint32(24, entry.declaredSize, true);
    view.setUint16(28, name.byteLength, true);
    view.setUint32(42, offsets[index] ?? 0, true);
    record.set(name, 46);
    centrals.push(record);
    at += record.byteLength;
  });
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, entries.length, true);
  view.setUint16(10, entries.length, true);
  view.setUint32(12, at - centralStart, true);
  view.setUint32(16, centralStart, true);
  return concat([...locals, ...centrals, end]);
}

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** The small parts every .docx bomb carries, so that it passes for a document. */
function docxFrame(): RawZipEntry[] {
  return [
    { name: '[Content_Types].xml', data: strToU8(CONTENT_TYPES), method: 0, declaredSize: CONTENT_TYPES.length },
    { name: '_rels/.rels', data: strToU8(RELS), method: 0, declaredSize: RELS.length },
  ];
}

/** A real, small Word document with this paragraph as its body. */
export function goodDocx(paragraph: string): Uint8Array {
  const body = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${paragraph}</w:t></w:r></w:p></w:body></w:document>`;
  return zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), '_rels/.rels': strToU8(RELS), 'word/document.xml': strToU8(body) });
}

/** The zip bombs, each built to defeat a different check. `inflatedMb` is how much the lying ones really hold. */
export function zipBombs(inflatedMb = 400): HostileFile[] {
  const zeros = deflatedZeros(inflatedMb);
  const declared = inflatedMb * MB;
  const tinyEntries: RawZipEntry[] = [...docxFrame()];
  for (let i = 0; i < 10_000; i++) tinyEntries.push({ name: `word/media/p${i}.xml`, data: strToU8('<a/>'), method: 0, declaredSize: 4 });
  const overlapping: RawZipEntry[] = [...docxFrame(), { name: 'word/document.xml', data: deflatedZeros(8), method: 8, declaredSize: 8 * MB }];
  for (let i = 0; i < 60; i++) overlapping.push({ name: `word/part${i}.xml`, data: new Uint8Array(0), method: 8, declaredSize: 8 * MB, sharesDataWith: 2 });
  const nested = zipSync({ 'inner.xml': strToU8('<a/>') });
  return [
    { shape: 'zip bomb that declares its size', name: 'bomb-declared.docx', bytes: rawZip([...docxFrame(), { name: 'word/document.xml', data: zeros, method: 8, declaredSize: declared }]) },
    { shape: 'zip bomb that lies about its size', name: 'bomb-lying.docx', bytes: rawZip([...docxFrame(), { name: 'word/document.xml', data: zeros, method: 8, declaredSize: 1024 }]) },
    { shape: 'zip bomb that claims no size at all', name: 'bomb-zero.docx', bytes: rawZip([...docxFrame(), { name: 'word/document.xml', data: zeros, method: 8, declaredSize: 0 }]) },
    { shape: 'zip bomb of overlapping entries', name: 'bomb-overlapping.docx', bytes: rawZip(overlapping) },
    { shape: 'zip with 10,000 entries', name: 'bomb-entries.docx', bytes: rawZip(tinyEntries) },
    { shape: 'zip inside a zip', name: 'bomb-nested.docx', bytes: rawZip([...docxFrame(), { name: 'word/document.xml', data: nested, method: 0, declaredSize: nested.byteLength }]) },
  ];
}

/** HTML whose body is `depth` nested <div>s around one sentence. */
export function nestedHtml(depth: number): Uint8Array {
  return strToU8(`<!doctype html><html><head><title>Nested ${depth}</title></head><body>${'<div>'.repeat(depth)}<p>Deep inside.</p>${'</div>'.repeat(depth)}</body></html>`);
}

/** A real article's paragraph inside `depth` nested <div>s: past the depth limit it must still import. */
export function deepArticleHtml(depth: number): Uint8Array {
  const paragraph = `Foreign ministers met in Reykjavik on Wednesday, ${depth} levels down, for talks that both sides called frank and useful. `.repeat(8);
  return strToU8(`<!doctype html><html><head><title>Deep report ${depth}</title></head><body>${'<div>'.repeat(depth)}<p>${paragraph}</p>${'</div>'.repeat(depth)}</body></html>`);
}

/**
 * Markdown with a quote `depth` levels deep, a list `depth` levels deep on one line
 * (`- - - x` nests in CommonMark), and a list indented 200 levels (indentation grows as the
 * square of the depth, so deeper would only measure the file's size).
 */
export function nestedMarkdown(depth: number): Uint8Array {
  const quote = `${'>'.repeat(depth)} Deep inside a quote.\n\n`;
  const list = `${'- '.repeat(depth)}Deep inside a list.\n\n`;
  const indented = Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
  return strToU8(`# Nested ${depth}\n\n${quote}${list}${indented}\n`);
}

/** `megabytes` MB of words, with a line break every `lineLength` bytes (never, by default). */
export function wordText(megabytes: number, lineLength = Infinity): Uint8Array {
  const out = new Uint8Array(Math.floor(megabytes * MB));
  const word = strToU8('word ');
  for (let i = 0; i < out.byteLength; i++) out[i] = i % lineLength === lineLength - 1 ? 0x0a : word[i % word.byteLength]!;
  return out;
}

/** Every hostile file but the drop of tiny files (see `tinyFiles`). */
export function hostileCorpus(sizes: { bombMb?: number; depths?: number[]; lineMb?: number; textMb?: number } = {}): HostileFile[] {
  const depths = sizes.depths ?? [1_000, 10_000, 100_000];
  const utf16 = new Uint8Array([...strToU8('A report without a byte order mark.\n'.repeat(200))].flatMap((b) => [b, 0]));
  const nul = strToU8('Text with NUL bytes.\n'.repeat(100));
  for (let i = 0; i < nul.byteLength; i += 7) nul[i] = 0;
  return [
    ...zipBombs(sizes.bombMb),
    ...depths.map((depth) => ({ shape: `HTML nested ${depth.toLocaleString('en-US')} deep`, name: `nested-${depth}.html`, bytes: nestedHtml(depth) })),
    ...depths.map((depth) => ({ shape: `Markdown nested ${depth.toLocaleString('en-US')} deep`, name: `nested-${depth}.md`, bytes: nestedMarkdown(depth) })),
    { shape: `${sizes.lineMb ?? 10} MB single line`, name: 'single-line.txt', bytes: wordText(sizes.lineMb ?? 10) },
    { shape: `${sizes.textMb ?? 200} MB text`, name: 'huge.txt', bytes: wordText(sizes.textMb ?? 200, 80) },
    { shape: 'NUL bytes', name: 'nul-bytes.txt', bytes: nul },
    { shape: 'UTF-16 without BOM', name: 'utf16-no-bom.txt', bytes: utf16 },
  ];
}

/** `count` tiny text files, each a one-line article of its own. */
export function tinyFiles(count: number): HostileFile[] {
  return Array.from({ length: count }, (_, i) => ({ shape: 'tiny file', name: `tiny-${i}.txt`, bytes: strToU8(`Tiny report number ${i}\n\nIt has one sentence of its own, number ${i}.\n`) }));
}
